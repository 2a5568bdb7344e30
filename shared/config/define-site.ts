/**
 * A site's configuration and its check (defineSite): pure, with no file access, so the site
 * folders' `site.config.ts` load the same in the build, in plain Node and in the Studio bundle,
 * which reads each site's theme from them.
 */
import { layoutIssues, type ThemeLayout } from '../../themes/types.ts';
import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

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
  /**
   * More host names the site answers on besides its URL's (e.g. a www. alias or an old
   * address); the servers refuse every other host.
   */
  hostnames: string[];
  /** A folder under themes/. */
  theme: string;
  /** The interface language visitors read: bokmål or nynorsk (shared/i18n). */
  locale: Locale;
  features: SiteFeatures;
  /** The site's entry in uustatus (the Norwegian accessibility statement register). */
  uustatusUrl?: string;
  /** Where visitors report accessibility barriers, if not the site's contact address (the accessibility statement must name the same one). */
  feedbackEmail?: string;
  /**
   * The audience entrances the site offers, in the order offered. Undefined: every audience
   * with something on the site, in the taxonomy's order.
   */
  audiences?: AudienceEntranceConfig[];
  /** The site's own choices over its theme's layout (hero, home sections, cards, type scale, shape). */
  layout?: Partial<ThemeLayout>;
}

export type SiteConfigInput = Omit<SiteConfig, 'locale' | 'features' | 'hostnames' | 'audiences'> & {
  hostnames?: string[];
  /** Default 'nb'. */
  locale?: Locale;
  features?: Partial<SiteFeatures>;
  /** Audience slugs, or `{ audience, page }` to make one of the site's pages that entrance's introduction. */
  audiences?: Array<string | AudienceEntranceConfig>;
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
  if (input.locale !== undefined && !isLocale(input.locale)) {
    throw new SiteConfigError(slug, 'locale', `"${String(input.locale)}" is not a language Fasett has: use ${LOCALES.map((l) => `"${l}"`).join(' or ')} (bokmål or nynorsk)`);
  }
  const audiences = input.audiences?.map((entry, i) => {
    const item = typeof entry === 'string' ? { audience: entry } : entry;
    if (!item || !SLUG.test(String(item.audience ?? ''))) throw new SiteConfigError(slug, `audiences[${i}]`, 'must be an audience slug such as "unge"');
    if (item.page !== undefined && !SLUG.test(item.page)) throw new SiteConfigError(slug, `audiences[${i}].page`, 'must be a page slug such as "for-foresatte"');
    return item.page ? { audience: item.audience, page: item.page } : { audience: item.audience };
  });
  if (audiences && new Set(audiences.map((a) => a.audience)).size !== audiences.length) {
    throw new SiteConfigError(slug, 'audiences', 'lists an audience twice');
  }
  if (input.layout !== undefined) {
    const issues = layoutIssues(input.layout as Record<string, unknown>, true);
    if (issues.length > 0) throw new SiteConfigError(slug, issues[0]!.field, issues[0]!.message);
  }
  return {
    slug,
    url: url.origin,
    hostnames,
    theme: input.theme,
    locale: input.locale ?? 'nb',
    features: { search: true, news: true, campaigns: true, ...input.features },
    uustatusUrl: input.uustatusUrl,
    feedbackEmail: input.feedbackEmail,
    audiences,
    ...(input.layout ? { layout: { ...input.layout } } : {}),
  };
}
