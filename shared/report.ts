/**
 * The build report: dist/_reports/<slug>.json, beside (not inside) the deployable folder.
 * `{ site, builtAt, documents, pages, problems: [{ documentId, type, field, rule, severity, message }], cards }`
 * Content problems come from the rulebook; card problems (missing glyph, overflow, blank or
 * oversized card, unreadable image) from the card log the card pages wrote; a missing
 * accessibility statement or feedback address from the site itself (site/accessibility-statement.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfig } from './config/site.ts';
import { siteData } from './content/site-data.ts';
import type { Problem } from './rules/types.ts';
import { cardLogFile } from './build/card-store.ts';
import { accessibilityProblems, STATEMENT_SLUG } from './site/accessibility-statement.ts';

interface CardLogEntry {
  path: string;
  documentId: string;
  reused: boolean;
  ms: number;
  problems: Array<{ rule: string; severity: 'error' | 'warning'; message: string }>;
}

export function resetCardLog(siteSlug: string): void {
  rmSync(cardLogFile(siteSlug), { force: true });
}

function readCardLog(siteSlug: string): CardLogEntry[] {
  const file = cardLogFile(siteSlug);
  if (!existsSync(file)) return [];
  const entries = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CardLogEntry);
  rmSync(file, { force: true });
  // A card a feed drew (in Astro's bundle) is found in the cache again when the cards are put
  // in place: one entry per card, the one that drew it.
  const byPath = new Map<string, CardLogEntry>();
  for (const entry of entries) if (!byPath.has(entry.path) || !entry.reused) byPath.set(entry.path, entry);
  return [...byPath.values()];
}

export async function writeBuildReport(site: SiteConfig, outDir: string, pages: number) {
  const data = await siteData(site.slug);
  const types = new Map([...data.events, ...data.campaigns, ...data.articles, ...data.pages].map((d) => [d._id, d._type ?? '']));
  const cards = readCardLog(site.slug);
  const rendered = cards.filter((c) => !c.reused);
  const cardProblems: Problem[] = cards.flatMap((card) =>
    card.problems.map((p) => ({
      documentId: card.documentId,
      type: types.get(card.documentId) ?? 'site',
      field: `delekort (${card.path})`,
      rule: `card.${p.rule}`,
      severity: p.severity,
      message: p.message,
    })),
  );
  const report = {
    site: site.slug,
    builtAt: new Date().toISOString(),
    documents: data.check.documentsChecked,
    pages,
    problems: [
      ...data.check.problemsFor(site.slug),
      ...cardProblems,
      ...accessibilityProblems(site, { hasStatementPage: data.pagesBySlug.has(STATEMENT_SLUG), contactEmail: data.site.contact?.email }),
    ],
    cards: {
      rendered: rendered.length,
      reused: cards.length - rendered.length,
      msPerCard: rendered.length ? Math.round((rendered.reduce((n, c) => n + c.ms, 0) / rendered.length) * 10) / 10 : 0,
    },
  };
  const file = join(dirname(outDir), '_reports', `${site.slug}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(report, null, 2) + '\n');
  renameSync(partial, file);
  return { ...report, file };
}
