/**
 * GET /api/status — what the editors' loop is doing: the queue, the running build, the
 * last result and duration per site (and what each rebuild rendered), the recent
 * rebuilds, and the next scheduled ones.
 */
import type { Clock } from './clock.ts';
import type { ContentTracker } from './content-snapshot.ts';
import type { RebuildLog } from './rebuild-log.ts';
import type { RebuildQueue } from './rebuild-queue.ts';
import type { Scheduler } from './scheduler.ts';
import { pathOf, sendJson, type Handler } from './http.ts';

export interface StatusOptions {
  clock: Clock;
  content: ContentTracker;
  queue: RebuildQueue;
  log: RebuildLog;
  scheduler: Scheduler;
  watching: boolean;
}

export function editorStatus(options: StatusOptions) {
  const { clock, content, queue, log, scheduler } = options;
  const running = queue.running();
  return {
    now: clock.now().toISOString(),
    clock: clock.pinned ? 'pinned (FASETT_NOW)' : 'real time',
    content: { kind: content.kind, origin: content.description, watching: options.watching },
    queue: queue.pending() ?? null,
    running: running ? { ...running, seconds: (Date.now() - running.startedAt.getTime()) / 1000 } : null,
    sites: log.sites(),
    recent: log.recent().map((outcome) => ({
      job: outcome.job.id,
      reasons: outcome.job.reasons,
      startedAt: outcome.job.startedAt,
      finishedAt: outcome.finishedAt,
      seconds: outcome.seconds,
      sites: outcome.sites.map(({ folder: _folder, ...site }) => site),
    })),
    schedule: scheduler.upcoming(10),
  };
}

export function statusHandler(options: StatusOptions): Handler {
  return (req, res) => {
    if (pathOf(req) !== '/api/status') return false;
    sendJson(res, 200, editorStatus(options));
    return true;
  };
}
