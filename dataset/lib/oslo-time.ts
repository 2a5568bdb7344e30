/**
 * Oslo wall-clock times. Content is written against the default start date (2026-12-01);
 * `--start` moves every date by the same number of days while local clock times stay put,
 * and the UTC offset is recomputed with Intl for each date (+01:00 in winter, +02:00 in summer).
 */

export const DEFAULT_START = '2026-12-01';
const DAY_MS = 86_400_000;

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

export function assertLocalDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`Ugyldig dato «${date}»: bruk formen ÅÅÅÅ-MM-DD, f.eks. 2026-12-01`);
  }
}

function dateToUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(dateToUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** Oslo's UTC offset at an instant, as "+01:00" or "+02:00". */
export function osloOffsetAt(instantMs: number): string {
  const name = offsetFormat.formatToParts(new Date(instantMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-]\d{2}):?(\d{2})?$/.exec(name);
  if (!match) return '+00:00';
  return `${match[1]}:${match[2] ?? '00'}`;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (h * 60 + m);
}

/** "2026-12-05" + "19:00" → "2026-12-05T19:00:00+01:00", with the offset Oslo really has then. */
export function osloDateTime(date: string, time: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error(`Ugyldig klokkeslett «${time}»`);
  const [h, m] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = dateToUtcMs(date) + (h * 60 + m) * 60_000;
  // Guess with the offset an hour before, then settle on the offset at the real instant.
  let offset = osloOffsetAt(wallAsUtc - 60 * 60_000);
  offset = osloOffsetAt(wallAsUtc - offsetMinutes(offset) * 60_000);
  return `${date}T${time}:00${offset}`;
}

/** The UTC instant of an ISO string with offset, in milliseconds. */
export function instantOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Ugyldig tidspunkt «${iso}»`);
  return ms;
}

/** Sanity's system timestamps (_createdAt, _updatedAt) are UTC with a Z, to the second. */
export function utcTimestamp(instantMs: number): string {
  return new Date(instantMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Maps dates written for the default start onto the chosen start date. */
export interface Calendar {
  readonly start: string;
  /** The shifted local date for a date written against the default start. */
  date(defaultDate: string): string;
  /** Oslo datetime with offset for a date written against the default start. */
  at(defaultDate: string, time: string): string;
  /** Oslo datetime with offset, `days` after the start date. */
  dayAt(days: number, time: string): string;
}

export function createCalendar(start: string = DEFAULT_START): Calendar {
  assertLocalDate(start);
  const shift = daysBetween(DEFAULT_START, start);
  const date = (defaultDate: string): string => {
    assertLocalDate(defaultDate);
    return addDays(defaultDate, shift);
  };
  return {
    start,
    date,
    at: (defaultDate, time) => osloDateTime(date(defaultDate), time),
    dayAt: (days, time) => osloDateTime(addDays(start, days), time),
  };
}
