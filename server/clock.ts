/**
 * The server's clock. Real time by default. When FASETT_NOW pins "now", the clock starts
 * there and stands still until it is moved (`set`, `advance`): a test can step past an
 * alert's end and watch the scheduled rebuild happen, without waiting and without a webhook.
 * Moving a pinned clock also moves FASETT_NOW in this process, so previews, and the builds
 * the server starts, see the same "now" as the scheduler.
 */
export interface Clock {
  now(): Date;
  /** True when FASETT_NOW pinned the clock: time moves only when told to. */
  readonly pinned: boolean;
  set(at: Date): void;
  advance(ms: number): void;
  /** Called after the clock is moved; returns an unsubscribe function. */
  onChange(listener: (now: Date) => void): () => void;
}

export function createClock(pinned: string | undefined = process.env.FASETT_NOW, env: NodeJS.ProcessEnv = process.env): Clock {
  const listeners = new Set<(now: Date) => void>();
  let current: Date | undefined;
  if (pinned) {
    current = new Date(pinned);
    if (Number.isNaN(current.getTime())) {
      throw new Error(`FASETT_NOW="${pinned}" is not an ISO 8601 time (e.g. 2026-12-01T10:00:00+01:00)`);
    }
  }
  const move = (at: Date) => {
    if (!current) throw new Error('The clock follows real time; only a clock pinned with FASETT_NOW can be moved.');
    current = new Date(at.getTime());
    env.FASETT_NOW = current.toISOString();
    for (const listener of listeners) listener(new Date(current.getTime()));
  };
  return {
    now: () => (current ? new Date(current.getTime()) : new Date()),
    pinned: current !== undefined,
    set: move,
    advance: (ms) => move(new Date((current?.getTime() ?? Date.now()) + ms)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What a child build needs to see the same "now" as this clock. */
export const clockEnv = (clock: Clock): Record<string, string> => (clock.pinned ? { FASETT_NOW: clock.now().toISOString() } : {});
