/**
 * Norwegian dates and times, in bokmål or nynorsk («laurdag», «tysdag»), always in
 * Europe/Oslo whatever the machine's zone. Times follow Språkrådet: "kl. 19.00", ranges with
 * an en dash. The language is the site's (config `locale`); bokmål when none is given, as
 * the Studio (editors' words) calls these.
 */
import { intlLocale, type Locale } from '../i18n/locales.ts';

const TIME_ZONE = 'Europe/Oslo';

// Creating an Intl.DateTimeFormat costs far more than using one (ICU loads the locale's
// patterns each time), and list pages format thousands of dates per build: each format is
// made once per language and reused.
type FormatName = 'time' | 'longDate' | 'shortDate' | 'day';
const OPTIONS: Record<FormatName, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  longDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  shortDate: { day: 'numeric', month: 'short' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(name: FormatName, locale: Locale): Intl.DateTimeFormat {
  // Digits-only formats are the same in both languages: one cache entry serves both.
  const key = name === 'day' || name === 'time' ? name : `${name}:${locale}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...OPTIONS[name] })));
  return format;
}

// formatToParts is still the costliest step, and the same instants come back on every list
// page an event is on: the parts are kept per format and instant (a bounded cache, so the
// long-running preview server does not grow without end). Callers only read them.
const MAX_REMEMBERED = 50_000;
const remembered = new Map<Intl.DateTimeFormat, Map<number, Record<string, string>>>();

function parts(date: Date, format: Intl.DateTimeFormat): Record<string, string> {
  let byInstant = remembered.get(format);
  if (!byInstant) remembered.set(format, (byInstant = new Map()));
  const instant = date.getTime();
  let found = byInstant.get(instant);
  if (!found) {
    found = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value])) as Record<string, string>;
    if (byInstant.size >= MAX_REMEMBERED) byInstant.clear();
    byInstant.set(instant, found);
  }
  return found;
}

/** "19.00" */
export function formatTime(date: Date): string {
  const p = parts(date, formatter('time', 'nb'));
  return `${p.hour}.${p.minute}`;
}

/** "lørdag 5. desember 2026" (the year only when asked or not this year). */
export function formatDate(date: Date, options: { weekday?: boolean; year?: boolean; locale?: Locale } = {}): string {
  const p = parts(date, formatter('longDate', options.locale ?? 'nb'));
  const weekday = options.weekday === false ? '' : `${p.weekday} `;
  const year = options.year === false ? '' : ` ${p.year}`;
  return `${weekday}${p.day}. ${p.month}${year}`;
}

/** "5. des." — for compact lists and cards. */
export function formatShortDate(date: Date, locale: Locale = 'nb'): string {
  const p = parts(date, formatter('shortDate', locale));
  return `${p.day}. ${(p.month ?? '').replace(/\.$/, '')}.`;
}

/** Calendar day in Oslo as YYYY-MM-DD, for grouping and comparing days. */
export function osloDay(date: Date): string {
  const p = parts(date, formatter('day', 'nb'));
  return `${p.year}-${p.month}-${p.day}`;
}

/** Year and month in Oslo as YYYY-MM, for the archive. */
export const osloMonth = (date: Date) => osloDay(date).slice(0, 7);

/**
 * The time span of an event, as a visitor reads it:
 *   same day   → "lørdag 5. desember 2026 kl. 19.00–21.00"
 *   several    → "fredag 4. desember kl. 18.00 – søndag 6. desember 2026 kl. 16.00"
 */
export function formatEventTime(startsAt: string, endsAt?: string | null, options: { year?: boolean; locale?: Locale } = {}): string {
  const start = new Date(startsAt);
  const withYear = options.year !== false;
  const locale = options.locale ?? 'nb';
  // «kl.» is the same in bokmål and nynorsk.
  if (!endsAt) return `${formatDate(start, { year: withYear, locale })} kl. ${formatTime(start)}`;
  const end = new Date(endsAt);
  if (osloDay(start) === osloDay(end)) {
    return `${formatDate(start, { year: withYear, locale })} kl. ${formatTime(start)}–${formatTime(end)}`;
  }
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  return `${formatDate(start, { year: withYear && !sameYear, locale })} kl. ${formatTime(start)} – ${formatDate(end, { year: withYear, locale })} kl. ${formatTime(end)}`;
}

/** Days between two Oslo calendar days (for "multi-day" decisions). */
export function spansDays(startsAt: string, endsAt?: string | null): boolean {
  return !!endsAt && osloDay(new Date(startsAt)) !== osloDay(new Date(endsAt));
}

/** Noon UTC of a calendar day (YYYY-MM-DD): the same day in Oslo, whatever the season. */
const dayAt = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * A span of calendar days, as a programme is announced:
 *   one day     → "fredag 20. august 2027"
 *   one month   → "20.–22. august 2027"
 *   one year    → "28. november – 6. desember 2026"
 *   two years   → "28. november 2026 – 10. januar 2027"
 */
export function formatDayRange(first: string, last: string, locale: Locale = 'nb'): string {
  if (first === last) return formatDate(dayAt(first), { locale });
  const a = parts(dayAt(first), formatter('longDate', locale));
  const b = parts(dayAt(last), formatter('longDate', locale));
  if (a.year === b.year && a.month === b.month) return `${a.day}.–${b.day}. ${b.month} ${b.year}`;
  if (a.year === b.year) return `${a.day}. ${a.month} – ${b.day}. ${b.month} ${b.year}`;
  return `${a.day}. ${a.month} ${a.year} – ${b.day}. ${b.month} ${b.year}`;
}
