/**
 * When the published sites change by time alone: a campaign or alert window opens or
 * closes, an event ends (it leaves "upcoming" lists, feeds and calendars) — and once a
 * day regardless, for "i dag"/"i morgen" wording and anything else dated. Computed from
 * the content; the scheduler (scheduler.ts) turns it into rebuilds.
 */
import type { SanityDocument } from '../shared/content/dataset.ts';
import { osloDay } from '../shared/format/datetime.ts';
import { ownSites } from './affected-sites.ts';
import { refIds } from './document-refs.ts';

export interface ScheduledRebuild {
  /** When to rebuild: just after the moment content changes. */
  at: Date;
  sites: string[];
  reasons: string[];
}

/** Builds start this long after the moment, so "now" is safely past an `endsAt`. */
export const MARGIN_MS = 1000;
/** The daily rebuild, in Oslo wall-clock time. */
export const DAILY_AT = { hour: 0, minute: 5 };

/** Every content-driven moment strictly after `after`, merged by time, earliest first. */
export function timeTriggers(documents: Iterable<SanityDocument>, options: { after: Date; sites: readonly string[] }): ScheduledRebuild[] {
  const { after, sites } = options;
  const docs = [...documents];
  const byTime = new Map<number, ScheduledRebuild>();
  const add = (moment: unknown, affected: string[], reason: string) => {
    if (typeof moment !== 'string') return;
    const time = Date.parse(moment);
    if (Number.isNaN(time)) return;
    const at = time + MARGIN_MS;
    if (at <= after.getTime()) return;
    const known = affected.filter((slug) => sites.includes(slug));
    if (!known.length) return;
    const entry = byTime.get(at) ?? { at: new Date(at), sites: [], reasons: [] };
    entry.sites = sites.filter((slug) => entry.sites.includes(slug) || known.includes(slug));
    entry.reasons.push(reason);
    byTime.set(at, entry);
  };
  const campaigns = docs.filter((doc) => doc._type === 'campaign');
  for (const doc of docs) {
    const label = `${doc._type} «${String(doc.title ?? doc._id)}»`;
    if (doc._type === 'campaign' || doc._type === 'alert') {
      add(doc.startsAt, ownSites(doc, sites), `${label} starts`);
      add(doc.endsAt, ownSites(doc, sites), `${label} ends`);
    } else if (doc._type === 'event') {
      const shownOn = [...ownSites(doc, sites), ...campaigns.filter((c) => refIds(c.events).includes(doc._id)).flatMap((c) => ownSites(c, sites))];
      add(doc.endsAt ?? doc.startsAt, shownOn, `${label} is over`);
    }
  }
  return [...byTime.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first daily rebuild strictly after `after` (00:05 in Oslo, summer or winter time). */
export function nextDailyRebuild(after: Date): Date {
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = osloDay(after);
  for (const dayOffset of [0, 1, 2]) {
    const day = new Date(Date.parse(`${today}T12:00:00Z`) + dayOffset * 86_400_000).toISOString().slice(0, 10);
    // Oslo is UTC+1 or UTC+2; try both and keep the one whose Oslo wall clock is right.
    for (const offset of ['+01:00', '+02:00']) {
      const candidate = new Date(`${day}T${pad(DAILY_AT.hour)}:${pad(DAILY_AT.minute)}:00${offset}`);
      if (candidate > after && osloDay(candidate) === day && osloTime(candidate) === `${pad(DAILY_AT.hour)}:${pad(DAILY_AT.minute)}`) {
        return candidate;
      }
    }
  }
  return new Date(after.getTime() + 86_400_000);
}

/** Content-driven rebuilds and the daily ones, up to `until` (default: the next `limit`). */
export function upcomingRebuilds(
  documents: Iterable<SanityDocument>,
  options: { after: Date; sites: readonly string[]; limit?: number },
): ScheduledRebuild[] {
  const triggers = timeTriggers(documents, options);
  const limit = options.limit ?? 10;
  const horizon = triggers[limit - 1]?.at ?? new Date(options.after.getTime() + 3 * 86_400_000);
  for (let daily = nextDailyRebuild(options.after); daily <= horizon; daily = nextDailyRebuild(daily)) {
    triggers.push({ at: daily, sites: [...options.sites], reasons: ['daily rebuild'] });
  }
  return triggers.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, limit);
}

/** Merges what fell due in one window into one rebuild request. */
export function dueBetween(
  documents: Iterable<SanityDocument>,
  options: { from: Date; to: Date; sites: readonly string[] },
): ScheduledRebuild | undefined {
  const due = timeTriggers(documents, { after: options.from, sites: options.sites }).filter((t) => t.at <= options.to);
  if (nextDailyRebuild(options.from) <= options.to) due.push({ at: options.to, sites: [...options.sites], reasons: ['daily rebuild'] });
  if (!due.length) return undefined;
  const sites = options.sites.filter((slug) => due.some((t) => t.sites.includes(slug)));
  return { at: options.to, sites, reasons: due.flatMap((t) => t.reasons) };
}

const osloTimeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const osloTime = (date: Date) => osloTimeFormat.format(date);
