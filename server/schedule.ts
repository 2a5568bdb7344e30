/**
 * When the published sites change by time alone, as rebuilds: publication.ts says at which
 * instants a site's output changes (an event starts or ends, a campaign or alert window opens
 * or closes, a new day in Oslo begins); this turns them into rebuild requests that start just
 * after the instant. The scheduler (scheduler.ts) runs them.
 */
import type { SanityDocument } from '../shared/content/dataset.ts';
import { nextOsloMidnight, publicationIndex, upcomingInstants } from '../shared/content/publication.ts';

export interface ScheduledRebuild {
  /** When to rebuild: just after the moment content changes. */
  at: Date;
  sites: string[];
  reasons: string[];
}

/** Builds start this long after the moment, so "now" is safely past it. */
export const MARGIN_MS = 1000;

/** Every content-driven moment strictly after `after`, merged by time, earliest first. */
export function timeTriggers(documents: Iterable<SanityDocument>, options: { after: Date; sites: readonly string[] }): ScheduledRebuild[] {
  const index = publicationIndex(documents, options.sites);
  const byTime = new Map<number, ScheduledRebuild>();
  // An instant exactly at `after` has not been passed yet: its rebuild is still to come.
  for (const instant of upcomingInstants(index, options.after.getTime() - MARGIN_MS)) {
    const at = instant.at + MARGIN_MS;
    if (at <= options.after.getTime()) continue;
    const entry = byTime.get(at) ?? { at: new Date(at), sites: [], reasons: [] };
    entry.sites = options.sites.filter((slug) => entry.sites.includes(slug) || instant.sites.includes(slug));
    entry.reasons.push(instant.reason);
    byTime.set(at, entry);
  }
  return [...byTime.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first daily rebuild strictly after `after`: just past midnight in Oslo (summer or winter time). */
export function nextDailyRebuild(after: Date): Date {
  let midnight = nextOsloMidnight(after.getTime() - MARGIN_MS);
  while (midnight + MARGIN_MS <= after.getTime()) midnight = nextOsloMidnight(midnight);
  return new Date(midnight + MARGIN_MS);
}

/** Content-driven rebuilds and the daily ones, up to the next `limit`. */
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

/**
 * Merges what fell due in one window into one rebuild request: every instant in [from, to]
 * (an instant exactly at `from` changed the output from "now" to "past") and every Oslo
 * midnight in (from, to].
 */
export function dueBetween(
  documents: Iterable<SanityDocument>,
  options: { from: Date; to: Date; sites: readonly string[] },
): ScheduledRebuild | undefined {
  const index = publicationIndex(documents, options.sites);
  const due = upcomingInstants(index, options.from.getTime() - 1).filter((instant) => instant.at <= options.to.getTime());
  const reasons = due.map((instant) => instant.reason);
  const sites = new Set(due.flatMap((instant) => instant.sites));
  if (nextOsloMidnight(options.from.getTime()) <= options.to.getTime()) {
    reasons.push('daily rebuild');
    for (const slug of options.sites) sites.add(slug);
  }
  if (!reasons.length) return undefined;
  return { at: options.to, sites: options.sites.filter((slug) => sites.has(slug)), reasons };
}
