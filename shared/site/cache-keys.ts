/**
 * Keys for Astro's incremental build: a page is skipped when its route code and its key
 * are unchanged. A key hashes every input the page shows — its own document, the lists it
 * shows, and the chrome every page shows (site document, navigation, alerts, footer) — plus
 * facts that change with time alone (has the event ended?), or stale pages would survive.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from '../content/site-data.ts';

const chrome = new WeakMap<SiteData, string>();

/** What the layout shows on every page of the site. */
export function chromeDigest(data: SiteData): string {
  let digest = chrome.get(data);
  if (!digest) {
    digest = hash({
      config: data.config,
      owners: [...data.siteConfigs.values()].map((c) => [c.slug, c.url]),
      site: data.site,
      alerts: data.activeAlerts,
      hasStatement: data.pagesBySlug.has('tilgjengelighetserklaering'),
      hasNews: data.articles.length > 0,
      year: data.now.getFullYear(),
    });
    chrome.set(data, digest);
  }
  return digest;
}

/** The cacheKey of one page: the chrome plus exactly what the page itself shows. */
export function pageKey(data: SiteData, ...shown: unknown[]): string {
  return hash([chromeDigest(data), shown]);
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}
