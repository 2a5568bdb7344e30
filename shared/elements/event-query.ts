/**
 * The event list's filters as a value: read from a URL's query string, written back to a
 * URL (a prerendered facet page when one facet is set, a query string otherwise), turned
 * into a range of Oslo calendar days and applied to the small event records of
 * /arrangementer/data.json. The build (facet pages) and <event-filter> (in the browser)
 * both use it, so a shared link shows the same list with or without JavaScript.
 *
 * Days are "YYYY-MM-DD" strings in Europe/Oslo: comparing them as strings compares dates.
 * Addresses and query names are the same on every site; the words come in a ListWords, in
 * the site's language (the browser gets them from the page, never both languages).
 */
import { paths } from '../site/paths.ts';
import { fill, plural, type Dictionary } from '../i18n/dictionary.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';

export type DatePreset = 'i-dag' | 'denne-helgen' | 'denne-uken' | 'denne-maneden';

export const DATE_PRESETS: readonly DatePreset[] = ['i-dag', 'denne-helgen', 'denne-uken', 'denne-maneden'];

/** What the list says, in the site's language: the build passes it to the page, the page to <event-filter>. */
export interface ListWords {
  locale: Locale;
  filter: Dictionary['filter'];
  list: Dictionary['list'];
  /** What a card says (the same as EventCard.astro). */
  card: Pick<Dictionary['event'], 'time' | 'place' | 'price' | 'originalTime' | 'watchStream' | 'streamOf'>;
}

const PRESET_WORD = { 'i-dag': 'today', 'denne-helgen': 'weekend', 'denne-uken': 'week', 'denne-maneden': 'thisMonth' } as const;

/** «I dag», «Denne helgen» (nynorsk «Denne helga»)… */
export const presetLabel = (preset: DatePreset, words: ListWords) => words.filter[PRESET_WORD[preset]];

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

const isPreset = (value: string): value is DatePreset => DATE_PRESETS.includes(value as DatePreset);
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

/** Reads a query string. Anything unknown or malformed is left out and named in `ignored`, in the words given. */
export function parseQuery(search: string | URLSearchParams, known: Vocabulary, words: ListWords): ParsedQuery {
  const why = words.filter;
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
        else note(key, value, why.unknownWhen);
        break;
      case PARAM.from:
      case PARAM.to:
        if (isDay(value)) filter[key === PARAM.from ? 'from' : 'to'] = value;
        else note(key, value, why.notADay);
        break;
      case PARAM.category:
      case PARAM.audience:
      case PARAM.venue: {
        const facet = key === PARAM.category ? 'category' : key === PARAM.audience ? 'audience' : 'venue';
        if (sets[facet].has(value)) filter[facet] = value;
        else note(key, value, facet === 'category' ? why.unknownCategory : facet === 'audience' ? why.unknownAudience : why.unknownVenue);
        break;
      }
      case PARAM.free:
        if (/^(ja|1|true)$/i.test(value)) filter.free = true;
        else if (!/^(nei|0|false)$/i.test(value)) note(key, value, why.mustBeYes);
        break;
      default:
        ignored.push(`«${key}» (${why.unknownFilter})`);
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

// One format per language, made once (see shared/format/datetime.ts): UTC, as the days are calendar days already.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: 'month' | 'day', locale: Locale): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  }
  return format;
}

/** "desember 2026" */
export const monthLabel = (month: string, locale: Locale) => dateFormat('month', locale).format(utc(`${month}-01`));
/** "5. desember 2026" */
export const dayLabel = (day: string, locale: Locale) => dateFormat('day', locale).format(utc(day));

/** The filter in words, for headings and the result count: ["konsert", "denne helgen", "gratis"]. */
export function describeFilter(filter: EventFilter, names: FacetNames, words: ListWords): string[] {
  const w = words.filter;
  const day = (value: string) => dayLabel(value, words.locale);
  const out: string[] = [];
  if (filter.category) out.push(names.categories.get(filter.category) ?? filter.category);
  if (filter.from || filter.to) {
    if (filter.from && filter.to && filter.from === filter.to) out.push(day(filter.from));
    else out.push([filter.from && fill(w.fromDay, { day: day(filter.from) }), filter.to && fill(w.toDay, { day: day(filter.to) })].filter(Boolean).join(' '));
  } else if (filter.when) {
    out.push(isPreset(filter.when) ? presetLabel(filter.when, words).toLocaleLowerCase(words.locale) : monthLabel(filter.when, words.locale));
  }
  if (filter.audience) out.push(fill(w.forGroup, { group: (names.audiences.get(filter.audience) ?? filter.audience).toLocaleLowerCase(words.locale) }));
  if (filter.venue) out.push(fill(w.atVenue, { venue: names.venues.get(filter.venue) ?? filter.venue }));
  if (filter.free) out.push(w.freeWord);
  return out;
}

/** The list's heading for one facet: "Arrangementer for unge", "Gratis arrangementer". */
export function listHeading(filter: EventFilter, names: FacetNames, words: ListWords): string {
  const w = words.list;
  const [only, ...rest] = Object.keys(filter).filter((k) => !!filter[k as keyof EventFilter]);
  if (!only || rest.length) return w.heading;
  if (filter.category) return fill(w.headingCategory, { name: names.categories.get(filter.category) ?? filter.category });
  if (filter.audience) return fill(w.headingAudience, { group: (names.audiences.get(filter.audience) ?? filter.audience).toLocaleLowerCase(words.locale) });
  if (filter.venue) return fill(w.headingVenue, { venue: names.venues.get(filter.venue) ?? filter.venue });
  if (filter.free) return w.headingFree;
  // A month reads «i desember 2026»; a preset as it is («denne helgen»).
  if (filter.when) return fill(w.headingWhen, { when: isMonth(filter.when) ? fill(w.inMonth, { month: monthLabel(filter.when, words.locale) }) : describeFilter(filter, names, words)[0]! });
  return w.heading;
}

/** "4. desember 2026 – 6. desember 2026": the days a preset covers, seen from `today`. */
function presetDays(filter: EventFilter, today: string, locale: Locale): string | undefined {
  if (!filter.when || !isPreset(filter.when)) return undefined;
  const range = dayRange(filter, today)!;
  return range.from === range.to ? dayLabel(range.from, locale) : `${dayLabel(range.from, locale)} – ${dayLabel(range.to, locale)}`;
}

/** The result line: "40 kommende arrangementer." or "3 arrangementer: Konsert, denne helgen (…), gratis." */
export function resultSummary(count: number, filter: EventFilter, names: FacetNames, today: string, words: ListWords): string {
  const w = words.filter;
  const parts = describeFilter(filter, names, words);
  if (!parts.length) return plural(count, w.upcoming);
  const days = presetDays(filter, today, words.locale);
  if (days) {
    const label = presetLabel(filter.when as DatePreset, words).toLocaleLowerCase(words.locale);
    parts[parts.indexOf(label)] += ` (${days})`;
  }
  // None found: say so once, with the filters, so the empty state below need not repeat it.
  if (count === 0) return fill(w.noneMatch, { filters: parts.join(', ') });
  return fill(w.matching, { count: plural(count, w.count), filters: parts.join(', ') });
}

/** The folded filter control's line: the active filters and the count ("Konsert, gratis · 4 arrangementer"). */
export function filterState(count: number, filter: EventFilter, names: FacetNames, words: ListWords): string {
  const parts = describeFilter(filter, names, words);
  const active = parts.length ? parts.join(', ') : words.filter.all;
  return `${active.charAt(0).toLocaleUpperCase(words.locale)}${active.slice(1)} · ${plural(count, words.filter.count)}`;
}
