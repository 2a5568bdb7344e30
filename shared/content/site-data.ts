/**
 * Everything one site's build shows, loaded once per build: the named queries run once
 * each and are indexed in Maps, so a page is a lookup, never a query. Documents the
 * rulebook refuses are left out of every query ($excluded) and reported, never dropped
 * silently.
 */
import { activeAlertsAt, openAlerts } from './site-alerts.ts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { getSource, now } from './index.ts';
import {
  alertsQuery,
  articlesQuery,
  campaignsQuery,
  eventsQuery,
  pagesQuery,
  serviceLinksQuery,
  siteQuery,
  taxonomyQuery,
} from './queries.ts';
import type {
  AlertsQueryResult,
  ArticlesQueryResult,
  CampaignsQueryResult,
  EventsQueryResult,
  PagesQueryResult,
  ServiceLinksQueryResult,
  SiteQueryResult,
  TaxonomyQueryResult,
} from './sanity.types.ts';
import { checkContent, type ContentCheck } from './content-check.ts';
import { isCampaignPublic } from './publication.ts';
import type { ContentSource } from './source.ts';
import { loadAllSiteConfigs, loadSiteConfig, siteId, type SiteConfig } from '../config/site.ts';

export type SiteDocument = NonNullable<SiteQueryResult>;
export type EventItem = EventsQueryResult[number];
export type CampaignItem = CampaignsQueryResult[number];
export type PageItem = PagesQueryResult[number];
export type ArticleItem = ArticlesQueryResult[number];
export type AlertItem = AlertsQueryResult[number];
export type ServiceLinkItem = ServiceLinksQueryResult[number];
export type Taxonomy = TaxonomyQueryResult;
export type CategoryItem = Taxonomy['categories'][number];
export type AudienceItem = Taxonomy['audiences'][number];
export type VenueItem = Taxonomy['venues'][number];

export interface SiteData {
  config: SiteConfig;
  /** Every site's config by slug: cross-listed events link to their owner's canonical URL. */
  siteConfigs: Map<string, SiteConfig>;
  site: SiteDocument;
  now: Date;
  source: ContentSource;
  /** Every publishable event shown on this site (owned or cross-listed), by start time. */
  events: EventItem[];
  upcoming: EventItem[];
  past: EventItem[];
  eventsBySlug: Map<string, EventItem>;
  /** Campaigns public now (publication.ts, isCampaignPublic): their window has opened. */
  campaigns: CampaignItem[];
  /** Public campaigns by slug; in a preview also those not public yet, so an editor can see one before it opens. */
  campaignsBySlug: Map<string, CampaignItem>;
  /** Rendered on demand for an editor (drafts over published), never deployed. */
  preview: boolean;
  pages: PageItem[];
  pagesBySlug: Map<string, PageItem>;
  articles: ArticleItem[];
  articlesBySlug: Map<string, ArticleItem>;
  /** Alerts for this site (or every site) whose window contains now, most severe first. */
  activeAlerts: AlertItem[];
  /** Alerts for this site whose window has not closed: on now, or still to come (alerts.json). */
  alerts: AlertItem[];
  serviceLinks: ServiceLinkItem[];
  taxonomy: Taxonomy;
  check: ContentCheck;
}

// On globalThis: a static build loads the site's data in the config (the sitemap filter) and in
// the integration's hooks, and its pages run bundled, with a second copy of this module. One map
// for both copies: the dataset is loaded, indexed and checked once per build, not twice (it was
// ~1.5 s of a warm build at 10,000 events).
const LOADED = Symbol.for('fasett.siteData');
const loaded: Map<string, Promise<SiteData>> = ((globalThis as typeof globalThis & { [LOADED]?: Map<string, Promise<SiteData>> })[LOADED] ??= new Map());

/**
 * A page rendered on demand (the preview server) names its site and its content — e.g.
 * drafts laid over published — for the length of the request; a static build has no
 * request context and uses FASETT_SITE and the published content.
 */
export interface SiteRequest {
  site: string;
  /** Site data is kept per source object: a new source (the content changed) means fresh data. */
  source: ContentSource;
  /**
   * What an editor sees (default) or what the public build shows: the server's warm renderer
   * (server/warm-renderer/) renders published pages on demand too, and must render what the build would.
   */
  preview?: boolean;
}

// On globalThis: the preview server and the SSR bundle it loads each hold a copy of this module.
const SITE_REQUESTS = Symbol.for('fasett.siteRequests');
export function siteRequests(): AsyncLocalStorage<SiteRequest> {
  const holder = globalThis as typeof globalThis & { [SITE_REQUESTS]?: AsyncLocalStorage<SiteRequest> };
  return (holder[SITE_REQUESTS] ??= new AsyncLocalStorage<SiteRequest>());
}
// On globalThis too: the warm renderer (server/warm-renderer/) reads a site's data beside the bundle that renders it.
const BY_SOURCE = Symbol.for('fasett.siteDataBySource');
const loadedBySource: WeakMap<ContentSource, Map<string, Promise<SiteData>>> = ((globalThis as typeof globalThis & {
  [BY_SOURCE]?: WeakMap<ContentSource, Map<string, Promise<SiteData>>>;
})[BY_SOURCE] ??= new WeakMap());

/** The data of the site this build builds (FASETT_SITE), loaded once per process; or of the request being rendered. */
export function currentSiteData(): Promise<SiteData> {
  const request = siteRequests().getStore();
  if (request) {
    const bySite = loadedBySource.get(request.source) ?? new Map<string, Promise<SiteData>>();
    loadedBySource.set(request.source, bySite);
    const key = `${request.site}:${request.preview ?? true}`;
    let entry = bySite.get(key);
    if (!entry) {
      entry = loadSiteData(request.site, request.source, request.preview ?? true);
      bySite.set(key, entry);
      entry.catch(() => bySite.delete(key));
    }
    return entry;
  }
  const slug = process.env.FASETT_SITE;
  if (!slug) throw new Error('FASETT_SITE is not set: build a site with `npm run build -- --site <slug>`');
  return siteData(slug);
}

export function siteData(slug: string, source?: ContentSource): Promise<SiteData> {
  const key = `${slug}:${source?.description ?? 'default'}`;
  let entry = loaded.get(key);
  if (!entry) {
    entry = loadSiteData(slug, source);
    loaded.set(key, entry);
  }
  return entry;
}

/** An event is upcoming until it has ended. */
export const isUpcoming = (event: Pick<EventItem, 'startsAt' | 'endsAt'>, at: Date) =>
  new Date(event.endsAt ?? event.startsAt ?? 0) >= at;

async function loadSiteData(slug: string, given?: ContentSource, preview = false): Promise<SiteData> {
  const source = given ?? (await getSource());
  const [config, allConfigs] = await Promise.all([loadSiteConfig(slug), loadAllSiteConfigs()]);
  const siteConfigs = new Map(allConfigs.map((c) => [c.slug, c]));
  const check = await checkContent(source, siteConfigs, { site: slug });
  const params = { siteId: siteId(slug), shown: check.shownIds(slug) };

  const [site, events, fetchedCampaigns, pages, articles, alerts, serviceLinks, taxonomy] = await Promise.all([
    source.fetch<SiteQueryResult>(siteQuery, params),
    source.fetch<EventsQueryResult>(eventsQuery, params),
    source.fetch<CampaignsQueryResult>(campaignsQuery, params),
    source.fetch<PagesQueryResult>(pagesQuery, params),
    source.fetch<ArticlesQueryResult>(articlesQuery, params),
    source.fetch<AlertsQueryResult>(alertsQuery, params),
    source.fetch<ServiceLinksQueryResult>(serviceLinksQuery, params),
    source.fetch<TaxonomyQueryResult>(taxonomyQuery, params),
  ]);
  if (!site) {
    throw new Error(
      `No published site document "${siteId(slug)}" in ${source.description}` +
        (check.excluded.includes(siteId(slug)) ? ' that passes the rulebook (see the problems above)' : ''),
    );
  }
  const at = now();
  const upcoming = events.filter((event) => isUpcoming(event, at));
  const past = events.filter((event) => !isUpcoming(event, at)).reverse();
  const campaigns = fetchedCampaigns.filter((campaign) => isCampaignPublic(campaign, at));
  return {
    config,
    siteConfigs,
    site,
    now: at,
    source,
    events,
    upcoming,
    past,
    eventsBySlug: bySlug(events),
    campaigns,
    campaignsBySlug: bySlug(preview ? fetchedCampaigns : campaigns),
    preview,
    pages,
    pagesBySlug: bySlug(pages),
    articles,
    articlesBySlug: bySlug(articles),
    alerts: openAlerts(alerts, at),
    activeAlerts: activeAlertsAt(alerts, at),
    serviceLinks,
    taxonomy,
    check,
  };
}

function bySlug<T extends { slug: string | null }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (item.slug) map.set(item.slug, item);
  return map;
}

