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

/**
 * An audience entrance the site offers (/for/<audience>/): the audience's slug, and optionally
 * the site's own page written for that group, whose text becomes the entrance's introduction
 * (its old address leads to the entrance, so the site has one page per group, not two).
 */
export interface AudienceEntranceConfig {
  audience: string;
  page?: string;
}

export interface SiteConfig {
  /** Folder name under sites/, the `site` document's slug; its _id is `site.<slug>`. */
  slug: string;
  /** Production URL, e.g. https://bydelshus.skien.kommune.no — all absolute URLs use it. */
  url: string;
  /** A folder under themes/. */
  theme: string;
  locale: 'nb';
  features: SiteFeatures;
  /** The site's entry in uustatus (the Norwegian accessibility statement register). */
  uustatusUrl?: string;
  /** Where visitors report accessibility barriers. */
  feedbackEmail?: string;
  /**
   * The audience entrances the site offers, in the order offered. Undefined: every audience
   * with something on the site, in the taxonomy's order.
   */
  audiences?: AudienceEntranceConfig[];
}

export type SiteConfigInput = Omit<SiteConfig, 'locale' | 'features' | 'audiences'> & {
  locale?: 'nb';
  features?: Partial<SiteFeatures>;
  /** Audience slugs, or `{ audience, page }` to make one of the site's pages that entrance's introduction. */
  audiences?: Array<string | AudienceEntranceConfig>;
};

export const siteId = (slug: string) => `site.${slug}`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  if (input.locale && input.locale !== 'nb') throw new SiteConfigError(slug, 'locale', 'only "nb" is supported so far');
  const audiences = input.audiences?.map((entry, i) => {
    const item = typeof entry === 'string' ? { audience: entry } : entry;
    if (!item || !SLUG.test(String(item.audience ?? ''))) throw new SiteConfigError(slug, `audiences[${i}]`, 'must be an audience slug such as "unge"');
    if (item.page !== undefined && !SLUG.test(item.page)) throw new SiteConfigError(slug, `audiences[${i}].page`, 'must be a page slug such as "for-foresatte"');
    return item.page ? { audience: item.audience, page: item.page } : { audience: item.audience };
  });
  if (audiences && new Set(audiences.map((a) => a.audience)).size !== audiences.length) {
    throw new SiteConfigError(slug, 'audiences', 'lists an audience twice');
  }
  return {
    slug,
    url: url.origin,
    theme: input.theme,
    locale: 'nb',
    features: { search: true, news: true, campaigns: true, ...input.features },
    uustatusUrl: input.uustatusUrl,
    feedbackEmail: input.feedbackEmail,
    audiences,
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
