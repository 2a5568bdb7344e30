/**
 * The event list's facets on the build side: which categories, audiences, venues and
 * months a visitor can filter by on this site, which prerendered facet pages exist, and
 * which upcoming events a filter keeps — with the same rules as <event-filter> in the
 * browser (shared/elements/event-query.ts).
 */
import type { EventItem, SiteData } from '../../content/site-data.ts';
import { osloDay } from '../../format/datetime.ts';
import { oncePerSite } from '../../build/per-site.ts';
import { routeModels } from '../../build/page-model.ts';
import { paths } from '../../site/paths.ts';
import { PAGE_SIZE, pageCount } from '../../site/pagination.ts';
import {
  DATE_PRESETS,
  filterEvents,
  monthLabel,
  facetPaths,
  isMonth,
  pagePath,
  toQuery,
  type EventFilter,
  type FacetNames,
  type Vocabulary,
} from '../../elements/event-query.ts';

export interface FacetLink {
  slug: string;
  title: string;
  /** Upcoming events with this value. */
  count: number;
}

export interface Facets {
  categories: FacetLink[];
  audiences: FacetLink[];
  venues: FacetLink[];
  /** Months "YYYY-MM" in which upcoming events run. */
  months: FacetLink[];
  free: number;
}

const startDay = (event: EventItem) => osloDay(new Date(event.startsAt ?? 0));
const endDay = (event: EventItem) => osloDay(new Date(event.endsAt ?? event.startsAt ?? 0));

/** The fields the filter reads, from a full event. */
export function filterable(event: EventItem) {
  return {
    startDay: startDay(event),
    endDay: endDay(event),
    categories: (event.categories ?? []).map((c) => c.slug).filter((s): s is string => !!s),
    audiences: (event.audiences ?? []).map((a) => a.slug).filter((s): s is string => !!s),
    venue: event.venue?.slug ? { slug: event.venue.slug } : undefined,
    free: !!event.price?.free,
  };
}

const cache = new WeakMap<SiteData, { facets: Facets; indexed: Array<{ event: EventItem; f: ReturnType<typeof filterable> }> }>();

function model(data: SiteData) {
  let entry = cache.get(data);
  if (entry) return entry;
  const indexed = data.upcoming.map((event) => ({ event, f: filterable(event) }));
  const count = (pick: (f: ReturnType<typeof filterable>) => string[]) => {
    const counts = new Map<string, number>();
    for (const { f } of indexed) for (const key of new Set(pick(f))) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const categoryCounts = count((f) => f.categories);
  const audienceCounts = count((f) => f.audiences);
  const venueCounts = count((f) => (f.venue ? [f.venue.slug] : []));
  const monthCounts = count((f) => monthsBetween(f.startDay, f.endDay));
  const linkList = (items: Array<{ slug: string | null; title: string | null }>, counts: Map<string, number>) =>
    items
      .filter((item): item is { slug: string; title: string } => !!item.slug && !!item.title && counts.has(item.slug))
      .map((item) => ({ slug: item.slug, title: item.title, count: counts.get(item.slug)! }));
  const facets: Facets = {
    categories: linkList(data.taxonomy.categories, categoryCounts),
    audiences: linkList(data.taxonomy.audiences, audienceCounts),
    venues: linkList(siteVenues(data).map((v) => ({ slug: v.slug, title: v.name })), venueCounts),
    months: [...monthCounts].sort(([a], [b]) => a.localeCompare(b)).map(([slug, n]) => ({ slug, title: monthLabel(slug, data.config.locale), count: n })),
    free: indexed.filter(({ f }) => f.free).length,
  };
  entry = { facets, indexed };
  cache.set(data, entry);
  return entry;
}

/** Months "YYYY-MM" an event runs in (a multi-day event can span several). */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let month = from.slice(0, 7); month <= last && out.length < 24; ) {
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}

/** Venues of this site's own events (upcoming or past): the taxonomy holds every site's. */
function siteVenues(data: SiteData): Array<{ slug: string; name: string }> {
  return oncePerSite(data, 'siteVenues', () => {
    const seen = new Map<string, string>();
    for (const event of data.events) if (event.venue?.slug && event.venue.name) seen.set(event.venue.slug, event.venue.name);
    return [...seen].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name, data.config.locale));
  });
}

export const facetsOf = (data: SiteData) => model(data).facets;

function vocabularyOf(data: SiteData): Vocabulary {
  return oncePerSite(data, 'vocabulary', () => ({
    categories: data.taxonomy.categories.map((c) => c.slug).filter((s): s is string => !!s),
    audiences: data.taxonomy.audiences.map((a) => a.slug).filter((s): s is string => !!s),
    venues: siteVenues(data).map((v) => v.slug),
  }));
}

export function namesOf(data: SiteData): FacetNames {
  return oncePerSite(data, 'names', () => ({
    categories: new Map(data.taxonomy.categories.filter((c) => c.slug).map((c) => [c.slug!, c.title ?? c.slug!])),
    audiences: new Map(data.taxonomy.audiences.filter((a) => a.slug).map((a) => [a.slug!, a.title ?? a.slug!])),
    venues: new Map(siteVenues(data).map((v) => [v.slug, v.name])),
  }));
}

export const todayOf = (data: SiteData) => oncePerSite(data, 'today', () => osloDay(data.now));

/**
 * Upcoming events a filter keeps, in start order. Every page of a list (and its getStaticPaths)
 * asks for the same list: it is filtered once per filter, named by its query string, which
 * holds every field the filter applies.
 */
function eventsFor(data: SiteData, filter: EventFilter): EventItem[] {
  return oncePerSite(data, `eventsFor${toQuery(filter)}`, () => {
    const { indexed } = model(data);
    const kept = new Set(filterEvents(indexed.map(({ f }) => f), filter, todayOf(data)));
    return indexed.filter(({ f }) => kept.has(f)).map(({ event }) => event);
  });
}

/** Every single-facet list page this site has, for getStaticPaths and the no-JavaScript links. */
function facetPages(data: SiteData): Array<{ filter: EventFilter; base: string }> {
  return oncePerSite(data, 'facetPages', () => {
    const facets = facetsOf(data);
    const vocabulary = vocabularyOf(data);
    return [
      ...DATE_PRESETS.map((when) => ({ filter: { when }, base: facetPaths.when(when) })),
      ...facets.months.map((m) => ({ filter: { when: m.slug }, base: facetPaths.when(m.slug) })),
      ...[...vocabulary.categories].map((slug) => ({ filter: { category: slug }, base: facetPaths.category(slug) })),
      ...[...vocabulary.audiences].map((slug) => ({ filter: { audience: slug }, base: facetPaths.audience(slug) })),
      ...[...vocabulary.venues].map((slug) => ({ filter: { venue: slug }, base: facetPaths.venue(slug) })),
      { filter: { free: true }, base: facetPaths.free() },
    ];
  });
}

/** The facet page a route pattern and its slug stand for, if this site has it. */
export function pageFor(data: SiteData, routePattern: string, slug: string | undefined) {
  const kind = routePattern.split('/')[2] ?? '';
  return facetPages(data).find(({ filter }) => matchesKind(filter, kind, slug));
}

/** Whether a facet page is the one a route's kind ("kategori", "gratis", "i-dag"…) and slug name. */
export function matchesKind(filter: EventFilter, kind: string, slug: string | undefined): boolean {
  switch (kind) {
    case 'kategori':
      return filter.category === slug;
    case 'sted':
      return filter.venue === slug;
    case 'for':
      return filter.audience === slug;
    case 'maned':
      return !!slug && isMonth(slug) && filter.when === slug;
    case 'gratis':
      return !!filter.free;
    default:
      return filter.when === kind && !slug;
  }
}

/** What one page of an event list renders from, besides the chrome. */
export interface EventListPageModel {
  filter: EventFilter;
  /** The first page of this list, e.g. /arrangementer/kategori/konsert/ */
  base: string;
  page: number;
  /** Pages in the list. */
  total: number;
  /** Upcoming events the filter keeps, on every page. */
  count: number;
  /** The events on this page, in start order. */
  events: EventItem[];
  names: FacetNames;
  /** The filter sidebar: every value a visitor can filter by, with counts. */
  facets: Facets;
  today: string;
}

/**
 * Every prerendered page of every event list (the whole list, each facet, and their page N),
 * by its path: the view models the list routes render from and key their pages on.
 */
export function eventListPages(data: SiteData): Map<string, EventListPageModel> {
  return routeModels(data, 'event-list', () => {
    const lists = [{ filter: {} as EventFilter, base: paths.events() }, ...facetPages(data)];
    return lists.flatMap(({ filter, base }) => {
      const matching = eventsFor(data, filter);
      const total = pageCount(matching.length);
      // pageCount is at least 1: an empty list still has its first page, which says so.
      return Array.from({ length: total }, (_, i): [string, EventListPageModel] => [
        pagePath(base, i + 1),
        {
          filter,
          base,
          page: i + 1,
          total,
          count: matching.length,
          events: matching.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
          names: namesOf(data),
          facets: facetsOf(data),
          today: todayOf(data),
        },
      ]);
    });
  });
}
