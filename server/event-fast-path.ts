/**
 * The event fast path: a published event reaches its page and every list, feed and calendar
 * that shows it within seconds, before the incremental `astro build` of its sites is done.
 *
 * Why this design: an incremental build of one site spends most of its ~10 s at 10,000 events
 * on starting a process, bundling with Vite and asking every route whether its pages changed;
 * only ~20 files actually change. A static build keeps the prerender bundle it rendered with
 * (shared/build/keep-renderer.ts) inside the build folder; one long-lived process
 * (server/warm-renderer/child.ts) imports each served site's bundle once and, per publish,
 * renders only the paths whose cacheKey (a hash of the page's view model) changed, with
 * Astro's own render path. Same code, same content, same "now" as the build that follows:
 * the same bytes, by construction — and checked by tests/unit/server/event-fast-path.test.ts.
 * Astro's container API would render components with code compiled another way (dev
 * transforms, no build manifest); an SSR build with @astrojs/node would be a second bundle,
 * built separately, whose styles and scripts could differ from the static build's.
 *
 * The rebuild of the sites always follows (server/editor-loop.ts queues it when this is
 * done): it writes the search index, cards, sitemap and report, and replaces the folder.
 * When the fast path cannot render a change exactly as the build would — code changed since
 * the served build, a document type other than an event, a new image, too many pages, a
 * render error, no renderer kept — it writes nothing for that site, says why in the log and
 * /api/status, and the rebuild alone publishes the change.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PublishNotice } from '../shared/content/publication.ts';
import { clockEnv, type Clock } from './clock.ts';
import { currentBuild } from './atomic-swap.ts';
import type { RenderRequest, RenderResponse, SiteOutcome } from './warm-renderer/child.ts';

/** Documents the fast path renders; any other publish waits for the rebuild. */
export const FAST_PATH_TYPES = new Set(['event']);
/** A render that takes longer is abandoned (the process is restarted) and the rebuild publishes. */
const RENDER_TIMEOUT_MS = 60_000;
/** An imported module is never freed, so each new served build is one more bundle in memory: past this many per site in use, the process starts afresh. */
const MAX_LOADS_PER_SITE = 4;

export interface FastPathRun {
  document: string;
  type: string;
  startedAt: string;
  seconds: number;
  /** Per site: what was written, or why the rebuild alone publishes this change. */
  sites: Array<{ site: string; ok: boolean; written?: number; removed?: number; ms?: number; reason?: string }>;
  /** Why nothing was tried (document type, no renderer). */
  skipped?: string;
}

export interface EventFastPath {
  /** Renders what the publish changed on `sites`; never throws (a failure is an outcome). */
  run(notice: PublishNotice, sites: readonly string[]): Promise<FastPathRun>;
  /** Starts the renderer and loads every site's bundle and data, so the first publish is fast. */
  warm(sites: readonly string[]): Promise<void>;
  /** Resolves once the .br/.gz copies of every file written so far are in place (they follow the files). */
  settled(): Promise<void>;
  /** For /api/status: the last runs and the renderer's memory. */
  status(): { enabled: boolean; rssBytes?: number; warmedAt?: string; recent: FastPathRun[] };
  close(): void;
}

export interface EventFastPathOptions {
  distDir: () => string;
  clock: Clock;
  /** Extra environment (tests point CONTENT_DATASET at a copy), as for the builds. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

const CHILD = fileURLToPath(new URL('./warm-renderer/child.ts', import.meta.url));

export function createEventFastPath(options: EventFastPathOptions): EventFastPath {
  const log = options.log ?? ((line: string) => console.log(line));
  const recent: FastPathRun[] = [];
  let child: ChildProcess | undefined;
  let nextId = 1;
  let rss: number | undefined;
  let warmedAt: string | undefined;
  const waiting = new Map<number, (response: RenderResponse | Error) => void>();

  const start = (): ChildProcess => {
    const started = fork(CHILD, [], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    started.on('message', (response: RenderResponse) => {
      rss = response.rss;
      waiting.get(response.id)?.(response);
      waiting.delete(response.id);
      if (response.loads > MAX_LOADS_PER_SITE * Math.max(1, response.current)) {
        stop(started);
        // A fresh process, warmed at once, so the next publish does not pay for the restart.
        setImmediate(() => void warm([...known]));
      }
    });
    started.on('exit', () => {
      if (child === started) child = undefined;
      for (const answer of waiting.values()) answer(new Error('the warm renderer stopped'));
      waiting.clear();
    });
    // The server never waits for its renderer to exit.
    started.unref();
    started.channel?.unref();
    return started;
  };
  const stop = (which: ChildProcess | undefined) => {
    if (!which) return;
    if (child === which) child = undefined;
    which.kill();
  };

  const ask = (type: RenderRequest['type'], sites: RenderRequest['sites']): Promise<RenderResponse> => {
    const renderer = (child ??= start());
    const id = nextId++;
    return new Promise<RenderResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        stop(renderer);
        reject(new Error(`no answer in ${RENDER_TIMEOUT_MS / 1000} s`));
      }, RENDER_TIMEOUT_MS);
      waiting.set(id, (response) => {
        clearTimeout(timer);
        if (response instanceof Error) reject(response);
        else resolve(response);
      });
      const now = clockEnv(options.clock).FASETT_NOW ?? null;
      renderer.send({ id, type, sites, now } satisfies RenderRequest);
    });
  };

  /** Sites asked about so far. */
  const known = new Set<string>();
  /** Each site's served build folder; a site not built yet has none (the rebuild builds it). */
  const folders = (sites: readonly string[]) =>
    sites.flatMap((site) => {
      known.add(site);
      const folder = currentBuild(options.distDir(), site);
      return folder ? [{ site, folder }] : [];
    });

  const remember = (run: FastPathRun) => {
    recent.unshift(run);
    recent.length = Math.min(recent.length, 10);
    if (run.skipped) log(`Fast path: ${run.skipped}; the rebuild publishes ${run.document}`);
    for (const site of run.sites) {
      if (site.ok) log(`Fast path: ${site.site} — ${site.written} files written, ${site.removed} removed in ${((site.ms ?? 0) / 1000).toFixed(2)} s (${run.document})`);
      else log(`Fast path: ${site.site} — not used, the rebuild publishes ${run.document}: ${site.reason}`);
    }
    return run;
  };

  async function warm(sites: readonly string[]): Promise<void> {
    const built = folders(sites);
    if (!built.length) return;
    try {
      const response = await ask('warm', built);
      warmedAt = new Date().toISOString();
      for (const site of response.sites) if (!site.ok) log(`Fast path: ${site.site} not ready: ${site.reason}`);
    } catch (error) {
      log(`Fast path: the warm renderer did not start: ${(error as Error).message}`);
    }
  }

  return {
    async run(notice, sites) {
      const startedAt = new Date();
      const base = { document: notice._id, type: notice._type ?? 'unknown', startedAt: startedAt.toISOString() };
      const seconds = () => (Date.now() - startedAt.getTime()) / 1000;
      if (!FAST_PATH_TYPES.has(notice._type ?? '')) return remember({ ...base, seconds: 0, sites: [], skipped: `a ${notice._type ?? 'document'} is not rendered early` });
      const built = folders(sites);
      const outcomes: FastPathRun['sites'] = sites.filter((site) => !built.some((b) => b.site === site)).map((site) => ({ site, ok: false, reason: 'no served build yet' }));
      if (!built.length) return remember({ ...base, seconds: seconds(), sites: outcomes });
      try {
        const response = await ask('render', built);
        outcomes.push(...response.sites.map(describe));
      } catch (error) {
        outcomes.push(...built.map(({ site }) => ({ site, ok: false, reason: `the warm renderer failed: ${(error as Error).message}` })));
      }
      return remember({ ...base, seconds: seconds(), sites: outcomes });
    },
    warm,
    async settled() {
      if (child) await ask('settle', []);
    },
    status: () => ({ enabled: true, rssBytes: rss, warmedAt, recent: recent.map((run) => ({ ...run, sites: run.sites.map(({ reason, ...site }) => ({ ...site, ...(reason ? { reason: firstLine(reason) } : {}) })) })) }),
    close() {
      stop(child);
    },
  };
}

function describe(outcome: SiteOutcome): FastPathRun['sites'][number] {
  if (outcome.ok) return { site: outcome.site, ok: true, written: outcome.result.written.length, removed: outcome.result.removed.length, ms: Math.round(outcome.result.ms) };
  return { site: outcome.site, ok: false, reason: outcome.reason };
}

/** A render error's stack stays in the log; the status shows what failed, never a path on the server. */
const firstLine = (text: string) => (text.split('\n')[0] ?? '').replace(/(?:file:\/\/)?\/(?:[\w.@+-]+\/)+([\w.@+-]*)/g, '…/$1');
