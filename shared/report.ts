/**
 * The build report: dist/_reports/<slug>.json, beside (not inside) the deployable folder.
 * `{ site, builtAt, documents, pages, problems: [{ documentId, type, field, rule, severity, message }] }`
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfig } from './config/site.ts';
import { siteData } from './content/site-data.ts';

export async function writeBuildReport(site: SiteConfig, outDir: string, pages: number) {
  const data = await siteData(site.slug);
  const problems = data.check.problemsFor(site.slug);
  const report = {
    site: site.slug,
    builtAt: new Date().toISOString(),
    documents: data.check.documentsChecked,
    pages,
    problems,
  };
  const file = join(dirname(outDir), '_reports', `${site.slug}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(report, null, 2) + '\n');
  renameSync(partial, file);
  return { ...report, file };
}
