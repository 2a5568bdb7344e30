/**
 * What every page of a site shows around its own content — head, header and menu, footer,
 * and the owners' addresses that links to cross-listed events use — as one view model, worked
 * out once per build. The layout and its components render from it, and every page's cache key
 * hashes it (cache-keys.ts), so the chrome cannot show something its key did not see.
 *
 * The one exception is the alert banner, on purpose: it is not in the model, so a new alert
 * changes no page's key. Every page's banner is replaced in place after the build instead
 * (shared/serving/alert-banners.ts, from site/alert-banner-html.ts, which the layout renders
 * too) — one string swapped in 14,700 pages rather than 14,700 pages rendered again.
 */
import type { SiteConfig } from '../config/site.ts';
import type { SiteData, SiteDocument } from '../content/site-data.ts';
import { entranceOfPage } from '../routes/audiences/audience-model.ts';
import { paths } from './paths.ts';
import { safeUrl } from './safe-url.ts';
import { wordsFor } from '../i18n/index.ts';
import { STATEMENT_SLUG } from './accessibility-statement.ts';

export interface ChromeModel {
  config: SiteConfig;
  site: SiteDocument;
  /** Every site's slug → its public URL (links to cross-listed events and their owners). */
  siteUrls: Record<string, string>;
  /** The menu: the standard entries, then the site's own (a page that introduces an audience entrance leads to the entrance). */
  menu: Array<{ label: string; href: string }>;
  hasStatement: boolean;
  hasNews: boolean;
  year: number;
}

const models = new WeakMap<SiteData, ChromeModel>();

export function chromeModel(data: SiteData): ChromeModel {
  let model = models.get(data);
  if (!model) {
    const hasNews = data.config.features.news && data.articles.length > 0;
    const w = wordsFor(data.config.locale).chrome;
    const standard = [
      { label: w.menuEvents, href: paths.events() },
      ...(hasNews ? [{ label: w.menuNews, href: paths.news() }] : []),
      ...(data.config.features.search ? [{ label: w.menuSearch, href: paths.search() }] : []),
    ];
    const pageHref = (slug: string) => {
      const entrance = entranceOfPage(data, slug);
      return entrance ? paths.audience(entrance.audience.slug) : paths.page(slug);
    };
    const fromSite = (data.site.navigation ?? [])
      .map((item) => ({ label: item.label ?? item.page?.title ?? '', href: item.page?.slug ? pageHref(item.page.slug) : safeUrl(item.url) }))
      .filter((item): item is { label: string; href: string } => !!item.label && !!item.href);
    model = {
      config: data.config,
      menu: [...standard, ...fromSite.filter((item) => !standard.some((s) => s.href === item.href))],
      site: data.site,
      siteUrls: Object.fromEntries([...data.siteConfigs.values()].map((c) => [c.slug, c.url])),
      hasStatement: data.pagesBySlug.has(STATEMENT_SLUG),
      hasNews,
      year: Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(data.now)),
    };
    models.set(data, model);
  }
  return model;
}
