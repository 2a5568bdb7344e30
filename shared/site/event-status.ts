/**
 * Event facts as every output presents them — page, list card, share card, JSON-LD,
 * iCalendar, RSS and events.json read them here, so a postponed event never shows a date
 * as valid anywhere and a cancelled one never offers tickets anywhere.
 *
 * The history an editor records under «Endringer» (one line per change of time or status:
 * when, the new status, and the start it had before when the time moved) is what makes
 * `calendarSequence` grow with each change and stay the same from build to build.
 */
import { formatEventTime } from '../format/datetime.ts';
import { wordsFor, type Locale } from '../i18n/index.ts';
import { safeWebUrl } from './safe-url.ts';
import { statusInfo, type EventStatus } from './status.ts';

export interface EventChange {
  changedAt?: string | null;
  status?: string | null;
  previousStartsAt?: string | null;
}

export interface StatusFacts {
  title?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  status?: string | null;
  changes?: EventChange[] | null;
  streamUrl?: string | null;
  venue?: unknown;
}

const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'soldOut', 'movedOnline'];

export function eventStatus(event: Pick<StatusFacts, 'status'>): EventStatus {
  return STATUSES.includes(event.status as EventStatus) ? (event.status as EventStatus) : 'scheduled';
}

/** Postponed: the date it had is no longer valid and the new one is not known. */
export const dateIsPending = (event: Pick<StatusFacts, 'status'>) => eventStatus(event) === 'postponed';

/** The words shown where the date would be while a postponed event waits for a new one. */
export const pendingDate = (locale: Locale) => wordsFor(locale).status.pendingDate;

/** The recorded changes, oldest first (by when they were made; unreadable times keep their place). */
export function recordedChanges(event: Pick<StatusFacts, 'changes'>): EventChange[] {
  const list = (event.changes ?? []).filter((c): c is EventChange => !!c && typeof c === 'object');
  return list
    .map((change, index) => ({ change, index, at: Date.parse(change.changedAt ?? '') }))
    .sort((a, b) => (Number.isNaN(a.at) || Number.isNaN(b.at) ? a.index - b.index : a.at - b.at || a.index - b.index))
    .map(({ change }) => change);
}

/**
 * The start a rescheduled event had before its new date: the latest recorded change that
 * moved the time (and not to where it is now). Undefined for any other status.
 */
export function previousStart(event: StatusFacts): string | undefined {
  if (eventStatus(event) !== 'rescheduled' || !event.startsAt) return undefined;
  const now = Date.parse(event.startsAt);
  const moved = recordedChanges(event)
    .filter((c) => c.previousStartsAt && !Number.isNaN(Date.parse(c.previousStartsAt)) && Date.parse(c.previousStartsAt) !== now)
    .at(-1);
  return moved?.previousStartsAt ?? undefined;
}

/**
 * iCalendar SEQUENCE: how many times the time or status has been changed. Derived from the
 * recorded changes, so it grows with each one and a rebuild never moves it; a changed status
 * nobody recorded still counts once, so calendars hear of it.
 */
export function calendarSequence(event: StatusFacts): number {
  const changes = recordedChanges(event);
  const status = eventStatus(event);
  const unrecorded = status !== 'scheduled' && changes.at(-1)?.status !== status ? 1 : 0;
  return changes.length + unrecorded;
}

/** Tickets are offered only while they can be bought. */
export const ticketsOffered = (event: Pick<StatusFacts, 'status'>) => !['cancelled', 'soldOut', 'postponed'].includes(eventStatus(event));

/** A visitor may put it in a calendar: it has a valid time, will happen, and is not over. */
export function canAddToCalendar(event: StatusFacts, now: Date): boolean {
  const status = eventStatus(event);
  if (status === 'cancelled' || status === 'postponed' || !event.startsAt) return false;
  return Date.parse(event.endsAt ?? event.startsAt) >= now.getTime();
}

/** The stream (https only), while there is something to watch. */
export function streamLink(event: StatusFacts): string | undefined {
  const status = eventStatus(event);
  if (status === 'cancelled' || status === 'postponed') return undefined;
  const url = safeWebUrl(event.streamUrl);
  return url && url.startsWith('https:') ? url : undefined;
}

/** How one takes part: at a place, online, or either (a place and a stream). */
export function attendance(event: StatusFacts): 'offline' | 'online' | 'mixed' {
  if (eventStatus(event) === 'movedOnline') return 'online';
  if (safeWebUrl(event.streamUrl)?.startsWith('https:')) return event.venue ? 'mixed' : 'online';
  return 'offline';
}

export interface EventWhen {
  /** What is shown where the time is: the time, or «Ny dato kommer» (nynorsk «Ny dato kjem»). */
  text: string;
  /** The machine-readable start, only when the time is valid. */
  datetime?: string;
  /** A rescheduled event's earlier time, shown struck through. */
  previous?: { text: string; datetime: string };
}

export function eventWhen(event: StatusFacts, locale: Locale, options: { year?: boolean } = {}): EventWhen {
  if (dateIsPending(event)) return { text: pendingDate(locale) };
  if (!event.startsAt) return { text: '' };
  const format = { ...options, locale };
  const when: EventWhen = { text: formatEventTime(event.startsAt, event.endsAt, format), datetime: event.startsAt };
  const previous = previousStart(event);
  if (previous) {
    // The old end is the old start plus the event's length, so the struck-through time reads as it did.
    const length = event.endsAt ? Date.parse(event.endsAt) - Date.parse(event.startsAt) : undefined;
    const previousEnd = length !== undefined ? new Date(Date.parse(previous) + length).toISOString() : undefined;
    when.previous = { text: formatEventTime(previous, previousEnd, format), datetime: previous };
  }
  return when;
}

/**
 * A title with its status in front for feeds and calendars ("Avlyst – Quizkveld på Bøle"):
 * a dash, never a colon, so a title that has a colon of its own does not read as two
 * prefixes; and nothing added when the editor already put the status first.
 */
export function titleWithStatus(event: Pick<StatusFacts, 'title' | 'status'>, locale: Locale): string {
  const title = (event.title ?? '').trim();
  const status = statusInfo(event.status, locale);
  if (!status) return title;
  const lower = title.toLocaleLowerCase(locale);
  const label = status.label.toLocaleLowerCase(locale);
  if (lower.startsWith(label) && /^[\s:–—-]/.test(lower.slice(label.length))) return title;
  return `${status.label} – ${title}`;
}
