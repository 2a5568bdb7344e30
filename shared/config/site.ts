/**
 * Site configuration: what a folder under sites/ says about its tenant. Checked when
 * loaded, so a typo gives a message naming the site and the field, not a broken page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './root.ts';

export interface SiteFeatures {
  /** Full-text search with Pagefind. */
  search: boolean;
  /** News articles and their feed. */
  news: boolean;
  /** Campaign pages. */
  campaigns: boolean;
}

export interface SiteConfig {
  /** Folder name under sites/, the `site` document's slug; its _id is `site.<slug>`. */
  slug: string;
  /** Production URL, e.g. https://bydelshus.skien.kommune.no — all absolute URLs use it. */
  url: string;
  /**
   * More host names the site answers on besides its URL's (e.g. a www. alias or an old
   * address); the servers refuse every other host.
   */
  hostnames: string[];
  /** A folder under themes/. */
  theme: string;
  locale: 'nb';
  features: SiteFeatures;
  /** The site's entry in uustatus (the Norwegian accessibility statement register). */
  uustatusUrl?: string;
  /** Where visitors report accessibility barriers. */
  feedbackEmail?: string;
}

export type SiteConfigInput = Omit<SiteConfig, 'locale' | 'features' | 'hostnames'> & {
  hostnames?: string[];
  locale?: 'nb';
  features?: Partial<SiteFeatures>;
};

export const siteId = (slug: string) => `site.${slug}`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export class SiteConfigError extends Error {
  constructor(slug: string, field: string, problem: string) {
    super(`sites/${slug}/site.config.ts: ${field} ${problem}`);
    this.name = 'SiteConfigError';
  }
}

export function defineSite(input: SiteConfigInput): SiteConfig {
  const slug = String(input.slug ?? '');
  if (!SLUG.test(slug)) throw new SiteConfigError(slug || '?', 'slug', 'must be lowercase letters, digits and hyphens');
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new SiteConfigError(slug, 'url', `"${input.url}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteConfigError(slug, 'url', 'must be http(s)');
  if (!input.theme || !SLUG.test(input.theme)) throw new SiteConfigError(slug, 'theme', 'must name a folder under themes/');
  const hostnames = (input.hostnames ?? []).map((name) => String(name).toLowerCase());
  for (const name of hostnames) {
    if (!HOSTNAME.test(name)) throw new SiteConfigError(slug, 'hostnames', `"${name}" is not a host name (letters, digits, hyphens and dots, no scheme or port)`);
  }
  if (input.locale && input.locale !== 'nb') throw new SiteConfigError(slug, 'locale', 'only "nb" is supported so far');
  return {
    slug,
    url: url.origin,
    hostnames,
    theme: input.theme,
    locale: 'nb',
    features: { search: true, news: true, campaigns: true, ...input.features },
    uustatusUrl: input.uustatusUrl,
    feedbackEmail: input.feedbackEmail,
  };
}


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
