/**
 * The rebuild queue: requests (from webhooks, the file watcher, the scheduler) name sites;
 * a burst of requests is merged into one build once things go quiet for `debounceMs` (or
 * after `maxWaitMs`, so a steady stream still builds). One build runs at a time; whatever
 * is requested meanwhile is merged into exactly one more build after it, so no change is
 * lost and no change waits for more than one build.
 */
export interface RebuildJob {
  id: number;
  sites: string[];
  reasons: string[];
  requestedAt: Date;
  startedAt: Date;
}

export interface PendingRebuild {
  sites: string[];
  reasons: string[];
  since: Date;
  /** When it starts, unless more requests arrive or a build is running. */
  startsAt?: Date;
}

export interface RebuildQueue {
  request(sites: readonly string[], reason: string): void;
  pending(): PendingRebuild | undefined;
  running(): RebuildJob | undefined;
  /** Resolves when nothing is pending or running. */
  idle(): Promise<void>;
  close(): void;
}

export interface RebuildQueueOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  run: (job: RebuildJob) => Promise<unknown>;
  onError?: (error: unknown, job: RebuildJob) => void;
}

const MAX_REASONS = 50;

export function createRebuildQueue(options: RebuildQueueOptions): RebuildQueue {
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 5000;
  const sites = new Set<string>();
  let reasons: string[] = [];
  let firstAt = 0;
  let lastAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let startsAt: number | undefined;
  let current: RebuildJob | undefined;
  let nextId = 1;
  let closed = false;
  let waiters: Array<() => void> = [];

  const settleIdle = () => {
    if (current || sites.size || timer) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const arm = () => {
    clearTimeout(timer);
    timer = undefined;
    startsAt = undefined;
    if (closed || current || sites.size === 0) return settleIdle();
    const now = Date.now();
    const wait = Math.max(0, Math.min(lastAt + debounceMs - now, firstAt + maxWaitMs - now));
    startsAt = now + wait;
    timer = setTimeout(start, wait);
  };

  const start = async () => {
    timer = undefined;
    startsAt = undefined;
    if (current || sites.size === 0 || closed) return settleIdle();
    const job: RebuildJob = { id: nextId++, sites: [...sites], reasons, requestedAt: new Date(firstAt), startedAt: new Date() };
    sites.clear();
    reasons = [];
    current = job;
    try {
      await options.run(job);
    } catch (error) {
      if (options.onError) options.onError(error, job);
      else console.error(`Rebuild ${job.id} failed:`, error);
    } finally {
      current = undefined;
      arm();
    }
  };

  return {
    request(requested, reason) {
      if (closed || requested.length === 0) return;
      const now = Date.now();
      if (sites.size === 0) firstAt = now;
      lastAt = now;
      for (const slug of requested) sites.add(slug);
      reasons = [...reasons, reason].slice(-MAX_REASONS);
      if (!current) arm();
    },
    pending: () =>
      sites.size
        ? { sites: [...sites], reasons: [...reasons], since: new Date(firstAt), startsAt: startsAt ? new Date(startsAt) : undefined }
        : undefined,
    running: () => current,
    idle: () => new Promise<void>((resolve) => {
      waiters.push(resolve);
      settleIdle();
    }),
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      sites.clear();
      settleIdle();
    },
  };
}
