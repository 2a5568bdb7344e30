/**
 * GET /api/status — what the editors' loop is doing: the queue, the running build, the
 * last result and duration per site (and what each rebuild rendered), the recent
 * rebuilds, and the next scheduled ones. It answers only on the editor host
 * (server/hosts.ts) and never names a folder on the server; why a build failed (its
 * output) is shown only to an editor — a browser holding the preview cookie, or a request
 * with `Authorization: Bearer <PREVIEW_SECRET>` — with the paths in it shortened.
 */
import type { IncomingMessage } from 'node:http';
import { basename } from 'node:path';
import type { Clock } from './clock.ts';
import type { ContentTracker } from './content-snapshot.ts';
import type { PreviewAuth } from './preview-auth.ts';
import type { RebuildLog, SiteHistory } from './rebuild-log.ts';
import type { RebuildQueue } from './rebuild-queue.ts';
import type { Scheduler } from './scheduler.ts';
import type { SiteRebuild } from './site-rebuild.ts';
import type { EventFastPath } from './event-fast-path.ts';
import { pathOf, sendJson, type Handler } from './http.ts';
import type { AlertFeeds, AlertFeedsWrite } from './alert-feeds.ts';

export interface StatusOptions {
  clock: Clock;
  content: ContentTracker;
  queue: RebuildQueue;
  log: RebuildLog;
  scheduler: Scheduler;
  watching: boolean;
  /** Who is an editor; without it nobody sees build output. */
  auth?: PreviewAuth;
  /** The alert fast path, whose last write the status shows. */
  alerts?: AlertFeeds;
  /** The event fast path (server/event-fast-path.ts): what it wrote, or why the rebuild alone publishes. */
  fastPath?: Pick<EventFastPath, 'status'>;
}

/** Absolute paths in build output, shortened to their last part: the output says which file without mapping the server. */
export function withoutPaths(text: string): string {
  return text.replace(/(?<![\w.~:/-])(?:file:\/\/)?\/(?:[\w.@+-]+\/)+([\w.@+-]*)/g, (_path, last: string) => `…/${last}`);
}

/** What the status says of a site's rebuild: never its folder; the error only to editors, paths shortened. */
function siteRebuild({ folder: _folder, error, ...site }: SiteRebuild, editor: boolean): Omit<SiteRebuild, 'folder'> {
  return error !== undefined ? { ...site, error: editor ? withoutPaths(error) : 'the build failed (log in as an editor to see why)' } : site;
}

function alertFastPath(last: AlertFeedsWrite | undefined, editor: boolean) {
  if (!last) return null;
  const { error, ...rest } = last;
  return error === undefined ? rest : { ...rest, error: editor ? withoutPaths(error) : 'the alert fast path failed (log in as an editor to see why)' };
}

export function editorStatus(options: StatusOptions, viewer: { editor: boolean } = { editor: false }) {
  const { clock, content, queue, log, scheduler } = options;
  const running = queue.running();
  const sites: Record<string, Omit<SiteHistory, 'last'> & { last?: ReturnType<typeof siteRebuild> & { finishedAt: string; job: number } }> = {};
  for (const [slug, history] of Object.entries(log.sites())) {
    const { last, ...rest } = history;
    sites[slug] = last ? { ...rest, last: { ...siteRebuild(last, viewer.editor), finishedAt: last.finishedAt, job: last.job } } : rest;
  }
  return {
    now: clock.now().toISOString(),
    clock: clock.pinned ? 'pinned (FASETT_NOW)' : 'real time',
    // A live project by its id; the dataset on disk by name only.
    content: { kind: content.kind, origin: content.kind === 'live' ? content.description : basename(content.description), watching: options.watching },
    queue: queue.pending() ?? null,
    running: running ? { ...running, seconds: (Date.now() - running.startedAt.getTime()) / 1000 } : null,
    sites,
    recent: log.recent().map((outcome) => ({
      job: outcome.job.id,
      reasons: outcome.job.reasons,
      startedAt: outcome.job.startedAt,
      finishedAt: outcome.finishedAt,
      seconds: outcome.seconds,
      sites: outcome.sites.map((site) => siteRebuild(site, viewer.editor)),
    })),
    schedule: scheduler.upcoming(10),
    // The alerts.json written outside a build: what it served while a rebuild ran, or after one failed.
    alertFastPath: alertFastPath(options.alerts?.last(), viewer.editor),
    fastPath: options.fastPath?.status() ?? { enabled: false, recent: [] },
  };
}

/** An editor: the preview cookie, or the preview secret as a bearer token (scripts, monitoring). */
export function isEditor(req: IncomingMessage, auth: PreviewAuth | undefined): boolean {
  if (!auth) return false;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return auth.allows(req.headers.cookie) || (bearer !== undefined && auth.isSecret(bearer.trim()));
}

export function statusHandler(options: StatusOptions): Handler {
  return (req, res) => {
    if (pathOf(req) !== '/api/status') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'GET only' });
      return true;
    }
    sendJson(res, 200, editorStatus(options, { editor: isEditor(req, options.auth) }));
    return true;
  };
}
