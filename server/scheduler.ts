/**
 * Turns the schedule into rebuilds. Real time: one timer for the next moment (re-armed at
 * least hourly, so a suspended laptop or a changed system clock catches up). A pinned
 * clock stands still, so nothing fires until the clock is moved; then everything that
 * fell due since the last check is rebuilt at once.
 */
import type { SanityDocument } from '../shared/content/dataset.ts';
import type { Clock } from './clock.ts';
import { dueBetween, upcomingRebuilds, type ScheduledRebuild } from './schedule.ts';

export interface Scheduler {
  /** Call after the content changed: the next moments are computed again. */
  reschedule(): void;
  upcoming(limit?: number): ScheduledRebuild[];
  stop(): void;
}

export interface SchedulerOptions {
  clock: Clock;
  documents: () => ReadonlyMap<string, SanityDocument>;
  sites: readonly string[];
  request: (sites: string[], reason: string) => void;
}

const MAX_SLEEP_MS = 60 * 60 * 1000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, sites } = options;
  let checkedUntil = clock.now();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const tick = () => {
    const now = clock.now();
    if (now > checkedUntil) {
      const due = dueBetween(options.documents().values(), { from: checkedUntil, to: now, sites });
      checkedUntil = now;
      if (due?.sites.length) options.request(due.sites, `time: ${due.reasons.join('; ')}`);
    }
    arm();
  };

  const arm = () => {
    clearTimeout(timer);
    timer = undefined;
    if (stopped || clock.pinned) return;
    const next = upcomingRebuilds(options.documents().values(), { after: checkedUntil, sites, limit: 1 })[0];
    const wait = next ? Math.max(0, next.at.getTime() - clock.now().getTime()) : MAX_SLEEP_MS;
    timer = setTimeout(tick, Math.min(wait, MAX_SLEEP_MS));
    timer.unref();
  };

  const unsubscribe = clock.onChange(tick);
  arm();
  return {
    reschedule: arm,
    upcoming: (limit = 10) => upcomingRebuilds(options.documents().values(), { after: checkedUntil, sites, limit }),
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
