/**
 * The event list's filters as a value: read from a URL's query string, written back to a
 * URL (a prerendered facet page when one facet is set, a query string otherwise), turned
 * into a range of Oslo calendar days and applied to the small event records of
 * /arrangementer/data.json. The build (facet pages) and <event-filter> (in the browser)
 * both use it, so a shared link shows the same list with or without JavaScript.
 *
 * Days are "YYYY-MM-DD" strings in Europe/Oslo: comparing them as strings compares dates.
 */
import { paths } from '../site/paths.ts';

export type DatePreset = 'i-dag' | 'denne-helgen' | 'denne-uken' | 'denne-maneden';

export const DATE_PRESETS: ReadonlyArray<[DatePreset, string]> = [
  ['i-dag', 'I dag'],
  ['denne-helgen', 'Denne helgen'],
  ['denne-uken', 'Denne uken'],
  ['denne-maneden', 'Denne måneden'],
];

export interface EventFilter {
  /** A preset or a month "YYYY-MM"; ignored when `from` or `to` is set. */
  when?: string;
  from?: string;
  to?: string;
  category?: string;
  audience?: string;
  venue?: string;
  free?: boolean;
}

/** One upcoming event as the list needs it: what filters read and what a card shows. */
export interface ListEvent {
  slug: string;
  title: string;
  url: string;
  startsAt: string;
  /** When the event is over (its end, or its start when it has none): the browser drops it after that. */
  endsAt: string;
  startDay: string;
  endDay: string;
  /** "lørdag 5. desember 2026", the heading of its day in the list. */
  dayLabel: string;
  /** "lørdag 5. desember 2026 kl. 19.00–21.00", or «Ny dato kommer» for a postponed event. */
  when: string;
  /** False when the time shown is not valid (postponed): no <time> is drawn. */
  whenValid?: boolean;
  /** A rescheduled event's earlier time, struck through. */
  previousWhen?: { text: string; datetime: string };
  /** The stream (https), for «Se strømmen». */
  streamUrl?: string;
  status?: string;
  statusLabel?: string;
  venue?: { slug: string; name: string };
  categories: string[];
  audiences: string[];
  free: boolean;
  price?: string;
  image?: { src: string; srcset: string; sizes: string; width: number; height: number; position?: string };
}

export interface FacetOption {
  slug: string;
  title: string;
}

/** Everything a filter value may name: unknown names are reported, not applied. */
export interface Vocabulary {
  categories: Iterable<string>;
  audiences: Iterable<string>;
  venues: Iterable<string>;
}

/** Query string names, in Norwegian as visitors read them in a shared link. */
const PARAM = {
  when: 'nar',
  from: 'fra',
  to: 'til',
  category: 'kategori',
  audience: 'for',
  venue: 'sted',
  free: 'gratis',
} as const;

// Links shared on social media pick these up; they are no filter and no mistake.
const TRACKING = /^(utm_\w+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga)$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const isPreset = (value: string): value is DatePreset => DATE_PRESETS.some(([key]) => key === value);
export const isMonth = (value: string) => MONTH.test(value);

/** A real calendar day "YYYY-MM-DD" (not 2026-02-30). */
function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

export interface ParsedQuery {
  filter: EventFilter;
  /** What was left out, as a visitor reads it: «kategori=foo» (ukjent kategori). */
  ignored: string[];
}

/** Reads a query string. Anything unknown or malformed is left out and named in `ignored`. */
export function parseQuery(search: string | URLSearchParams, known: Vocabulary): ParsedQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sets = {
    category: new Set(known.categories),
    audience: new Set(known.audiences),
    venue: new Set(known.venues),
  };
  const filter: EventFilter = {};
  const ignored: string[] = [];
  const note = (key: string, value: string, why: string) => ignored.push(`«${key}=${value}» (${why})`);
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (TRACKING.test(key)) continue;
    // An empty value is what a form sends for "alle": nothing to filter, nothing wrong.
    if (value === '') continue;
    switch (key) {
      case PARAM.when:
        if (isPreset(value) || isMonth(value)) filter.when = value;
        else note(key, value, 'ukjent tidsrom');
        break;
      case PARAM.from:
      case PARAM.to:
        if (isDay(value)) filter[key === PARAM.from ? 'from' : 'to'] = value;
        else note(key, value, 'ikke en dato på formen ÅÅÅÅ-MM-DD');
        break;
      case PARAM.category:
      case PARAM.audience:
      case PARAM.venue: {
        const facet = key === PARAM.category ? 'category' : key === PARAM.audience ? 'audience' : 'venue';
        if (sets[facet].has(value)) filter[facet] = value;
        else note(key, value, facet === 'category' ? 'ukjent kategori' : facet === 'audience' ? 'ukjent målgruppe' : 'ukjent sted');
        break;
      }
      case PARAM.free:
        if (/^(ja|1|true)$/i.test(value)) filter.free = true;
        else if (!/^(nei|0|false)$/i.test(value)) note(key, value, 'skal være «ja»');
        break;
      default:
        ignored.push(`«${key}» (ukjent filter)`);
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  if (filter.from || filter.to) delete filter.when;
  return { filter, ignored };
}

/** The query string for a filter, keys in a fixed order: "?kategori=konsert&gratis=ja", or "". */
export function toQuery(filter: EventFilter): string {
  const params = new URLSearchParams();
  if (filter.from || filter.to) {
    if (filter.from) params.set(PARAM.from, filter.from);
    if (filter.to) params.set(PARAM.to, filter.to);
  } else if (filter.when) params.set(PARAM.when, filter.when);
  if (filter.category) params.set(PARAM.category, filter.category);
  if (filter.audience) params.set(PARAM.audience, filter.audience);
  if (filter.venue) params.set(PARAM.venue, filter.venue);
  if (filter.free) params.set(PARAM.free, 'ja');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Prerendered list pages for one facet: each works without JavaScript and can be shared. */
export const facetPaths = {
  category: (slug: string) => paths.category(slug),
  venue: (slug: string) => paths.venue(slug),
  audience: (slug: string) => `/arrangementer/for/${slug}/`,
  free: () => '/arrangementer/gratis/',
  when: (when: string) => (isMonth(when) ? `/arrangementer/maned/${when}/` : `/arrangementer/${when}/`),
};

/** Page N of a list whose first page is `base`. */
export const pagePath = (base: string, page: number) => (page <= 1 ? base : `${base}side/${page}/`);

/**
 * The address of a filtered list: its prerendered facet page when exactly one facet is
 * set (so the link works without JavaScript), the list with a query string otherwise.
 */
export function urlFor(filter: EventFilter): string {
  const set = activeFacets(filter);
  if (set.length === 0) return paths.events();
  if (set.length === 1) {
    const facet = set[0]!;
    if (facet === 'category') return facetPaths.category(filter.category!);
    if (facet === 'venue') return facetPaths.venue(filter.venue!);
    if (facet === 'audience') return facetPaths.audience(filter.audience!);
    if (facet === 'free') return facetPaths.free();
    if (facet === 'when' && filter.when) return facetPaths.when(filter.when);
  }
  return paths.events() + toQuery(filter);
}

type Facet = 'when' | 'range' | 'category' | 'audience' | 'venue' | 'free';

function activeFacets(filter: EventFilter): Facet[] {
  const out: Facet[] = [];
  if (filter.from || filter.to) out.push('range');
  else if (filter.when) out.push('when');
  if (filter.category) out.push('category');
  if (filter.audience) out.push('audience');
  if (filter.venue) out.push('venue');
  if (filter.free) out.push('free');
  return out;
}

export const sameFilter = (a: EventFilter, b: EventFilter) => toQuery(a) === toQuery(b);

// ---- Days in Oslo -------------------------------------------------------------------

const osloParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Oslo at an instant, "YYYY-MM-DD". */
export function osloDayOf(date: Date): string {
  const p = Object.fromEntries(osloParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 0 = søndag … 6 = lørdag */
export const weekday = (day: string) => utc(day).getUTCDay();

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The days a date filter covers, seen from `today`:
 *   i dag          today
 *   denne helgen   Friday to Sunday of this week (from today when it is already the weekend)
 *   denne uken     today to Sunday (Norwegian weeks end on Sunday)
 *   denne måneden  today to the month's last day
 *   YYYY-MM        the whole month
 *   fra/til        as given, open at a missing end
 */
export function dayRange(filter: EventFilter, today: string): DayRange | undefined {
  if (filter.from || filter.to) return { from: filter.from ?? '0000-01-01', to: filter.to ?? '9999-12-31' };
  const when = filter.when;
  if (!when) return undefined;
  const wd = weekday(today);
  switch (when) {
    case 'i-dag':
      return { from: today, to: today };
    case 'denne-helgen': {
      const sunday = addDays(today, wd === 0 ? 0 : 7 - wd);
      const friday = addDays(sunday, -2);
      return { from: friday > today ? friday : today, to: sunday };
    }
    case 'denne-uken':
      return { from: today, to: addDays(today, wd === 0 ? 0 : 7 - wd) };
    case 'denne-maneden':
      return { from: today, to: lastDayOfMonth(today.slice(0, 7)) };
    default:
      return isMonth(when) ? { from: `${when}-01`, to: lastDayOfMonth(when) } : undefined;
  }
}

type Filterable = Pick<ListEvent, 'startDay' | 'endDay' | 'categories' | 'audiences' | 'free'> & { venue?: { slug: string } | undefined };

/** True when an event passes every facet of the filter; a multi-day event matches any day it runs. */
export function matches(event: Filterable, filter: EventFilter, range: DayRange | undefined): boolean {
  if (range && (event.startDay > range.to || event.endDay < range.from)) return false;
  if (filter.category && !event.categories.includes(filter.category)) return false;
  if (filter.audience && !event.audiences.includes(filter.audience)) return false;
  if (filter.venue && event.venue?.slug !== filter.venue) return false;
  if (filter.free && !event.free) return false;
  return true;
}

export function filterEvents<T extends Filterable>(events: readonly T[], filter: EventFilter, today: string): T[] {
  const range = dayRange(filter, today);
  return events.filter((event) => matches(event, filter, range));
}

export interface FacetNames {
  categories: Map<string, string>;
  audiences: Map<string, string>;
  venues: Map<string, string>;
}

const monthFormat = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "desember 2026" */
export const monthLabel = (month: string) => monthFormat.format(utc(`${month}-01`));
/** "5. desember 2026" */
export const dayLabel = (day: string) => dayFormat.format(utc(day));

/** The filter in words, for headings and the result count: ["konsert", "denne helgen", "gratis"]. */
export function describeFilter(filter: EventFilter, names: FacetNames): string[] {
  const out: string[] = [];
  if (filter.category) out.push(names.categories.get(filter.category) ?? filter.category);
  if (filter.from || filter.to) {
    if (filter.from && filter.to && filter.from === filter.to) out.push(dayLabel(filter.from));
    else out.push([filter.from && `fra ${dayLabel(filter.from)}`, filter.to && `til ${dayLabel(filter.to)}`].filter(Boolean).join(' '));
  } else if (filter.when) {
    const preset = DATE_PRESETS.find(([key]) => key === filter.when);
    out.push(preset ? preset[1].toLowerCase() : monthLabel(filter.when));
  }
  if (filter.audience) out.push(`for ${(names.audiences.get(filter.audience) ?? filter.audience).toLowerCase()}`);
  if (filter.venue) out.push(`på ${names.venues.get(filter.venue) ?? filter.venue}`);
  if (filter.free) out.push('gratis');
  return out;
}

/** "1 arrangement" / "12 arrangementer" */
const countLabel = (n: number) => `${n} ${n === 1 ? 'arrangement' : 'arrangementer'}`;

/** The list's heading for one facet: "Arrangementer for unge", "Gratis arrangementer". */
export function listHeading(filter: EventFilter, names: FacetNames): string {
  const [only, ...rest] = Object.keys(filter).filter((k) => !!filter[k as keyof EventFilter]);
  if (!only || rest.length) return 'Arrangementer';
  if (filter.category) return `Arrangementer: ${names.categories.get(filter.category) ?? filter.category}`;
  if (filter.audience) return `Arrangementer for ${(names.audiences.get(filter.audience) ?? filter.audience).toLowerCase()}`;
  if (filter.venue) return `Arrangementer på ${names.venues.get(filter.venue) ?? filter.venue}`;
  if (filter.free) return 'Gratis arrangementer';
  if (filter.when) return `Arrangementer ${describeFilter(filter, names)[0]!.replace(/^(\p{L}+ \d{4})$/u, 'i $1')}`;
  return 'Arrangementer';
}

/** "4. desember 2026 – 6. desember 2026": the days a preset covers, seen from `today`. */
function presetDays(filter: EventFilter, today: string): string | undefined {
  if (!filter.when || !DATE_PRESETS.some(([key]) => key === filter.when)) return undefined;
  const range = dayRange(filter, today)!;
  return range.from === range.to ? dayLabel(range.from) : `${dayLabel(range.from)} – ${dayLabel(range.to)}`;
}


/** The result line: "40 kommende arrangementer." or "3 arrangementer: Konsert, denne helgen (…), gratis." */
export function resultSummary(count: number, filter: EventFilter, names: FacetNames, today: string): string {
  const parts = describeFilter(filter, names);
  if (!parts.length) return `${count} kommende ${count === 1 ? 'arrangement' : 'arrangementer'}.`;
  const days = presetDays(filter, today);
  if (days) parts[parts.findIndex((p) => DATE_PRESETS.some(([, label]) => label.toLowerCase() === p))] += ` (${days})`;
  // None found: say so once, with the filters, so the empty state below need not repeat it.
  if (count === 0) return `Ingen arrangementer passer filtrene dine: ${parts.join(', ')}.`;
  return `${countLabel(count)}: ${parts.join(', ')}.`;
}

/** The folded filter control's line: the active filters and the count ("Konsert, gratis · 4 arrangementer"). */
export function filterState(count: number, filter: EventFilter, names: FacetNames): string {
  const parts = describeFilter(filter, names);
  const active = parts.length ? parts.join(', ') : 'alle';
  return `${active.charAt(0).toUpperCase()}${active.slice(1)} · ${countLabel(count)}`;
}
