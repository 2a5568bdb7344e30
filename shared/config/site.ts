/**
 * Site configuration: what a folder under sites/ says about its tenant. Checked when
 * loaded, so a typo gives a message naming the site and the field, not a broken page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './root.ts';

export { defineSite, siteId, SiteConfigError, type AudienceEntranceConfig, type SiteConfig, type SiteConfigInput, type SiteFeatures } from './define-site.ts';
import { SiteConfigError, type SiteConfig } from './define-site.ts';

/** Where site folders live; the benchmark points this at generated sites. */
export function sitesDir(): string {
  return process.env.FASETT_SITES_DIR ? resolve(process.env.FASETT_SITES_DIR) : join(projectRoot(), 'sites');
}

export function listSiteSlugs(dir = sitesDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'site.config.ts')))
    .map((entry) => entry.name)
    .sort();
}

export async function loadSiteConfig(slug: string, dir = sitesDir()): Promise<SiteConfig> {
  const file = join(dir, slug, 'site.config.ts');
  if (!existsSync(file)) {
    const known = listSiteSlugs(dir);
    throw new Error(`No site "${slug}": ${file} does not exist. Sites: ${known.join(', ') || '(none)'}`);
  }
  const module = (await import(pathToFileURL(file).href)) as { default?: SiteConfig };
  const config = module.default;
  if (!config || config.slug !== slug) {
    throw new SiteConfigError(slug, 'slug', `must equal the folder name "${slug}" (export default defineSite({...}))`);
  }
  return config;
}

export async function loadAllSiteConfigs(dir = sitesDir()): Promise<SiteConfig[]> {
  return Promise.all(listSiteSlugs(dir).map((slug) => loadSiteConfig(slug, dir)));
}
