/**
 * What every page of a site shows around its own content — head, header and menu, alert
 * banner, footer, and the owners' addresses that links to cross-listed events use — as one
 * view model, worked out once per build. The layout and its components render from it, and
 * every page's cache key hashes it (cache-keys.ts), so the chrome cannot show something its
 * key did not see.
 */
import type { SiteConfig } from '../config/site.ts';
import type { AlertItem, SiteData, SiteDocument } from '../content/site-data.ts';

export interface ChromeModel {
  config: SiteConfig;
  site: SiteDocument;
  /** Every site's slug → its public URL (links to cross-listed events and their owners). */
  siteUrls: Record<string, string>;
  activeAlerts: AlertItem[];
  hasStatement: boolean;
  hasNews: boolean;
  year: number;
}

const models = new WeakMap<SiteData, ChromeModel>();

export function chromeModel(data: SiteData): ChromeModel {
  let model = models.get(data);
  if (!model) {
    model = {
      config: data.config,
      site: data.site,
      siteUrls: Object.fromEntries([...data.siteConfigs.values()].map((c) => [c.slug, c.url])),
      activeAlerts: data.activeAlerts,
      hasStatement: data.pagesBySlug.has('tilgjengelighetserklaering'),
      hasNews: data.config.features.news && data.articles.length > 0,
      year: Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(data.now)),
    };
    models.set(data, model);
  }
  return model;
}
