/**
 * The warm renderer's process (started by server/event-fast-path.ts with an IPC channel): one
 * process for every site, so the content is read once per publish and the sites' bundles share
 * Astro's runtime. A request names the sites and their served build folders; the answer says,
 * per site, what was written or why nothing was. Rendering never happens in the server's own
 * process: a slow or failing render cannot stall serving, and the server can kill it.
 */
import { astroInternals, type AstroInternals } from './astro-internals.ts';
import { FastPathRefused, loadSiteRenderer, type FastPathResult, type SiteRenderer } from './site-renderer.ts';
import { cachedCodeDigest } from '../../shared/build/code-digest.ts';
import { datasetMemo, datasetPath, loadDataset } from '../../shared/content/dataset.ts';
import { datasetSource } from '../../shared/content/dataset-source.ts';
import { liveSource } from '../../shared/content/live-source.ts';
import { liveSettingsFromEnv, type ContentSource } from '../../shared/content/source.ts';

export interface RenderRequest {
  id: number;
  /** render: write what changed; warm: load the bundles; settle: answer once every copy being compressed is in place. */
  type: 'render' | 'warm' | 'settle';
  sites: Array<{ site: string; folder: string }>;
  /** FASETT_NOW of the builds the server starts (its clock), or null for real time. */
  now: string | null;
}

export type SiteOutcome = { site: string; ok: true; result: FastPathResult } | { site: string; ok: false; refused: boolean; reason: string };

export interface RenderResponse {
  id: number;
  sites: SiteOutcome[];
  /** Resident memory of this process after the request, bytes. */
  rss: number;
  /** Bundles imported so far (each new served build of a site is one more), and bundles in use now. */
  loads: number;
  current: number;
  ms: number;
}

const root = process.env.FASETT_ROOT ?? process.cwd();
let astro: Promise<AstroInternals> | undefined;
const renderers = new Map<string, Promise<SiteRenderer>>();
let loads = 0;
/** The .br/.gz copies still being made for files already served (site-renderer.ts placeCopies). */
const compressing = new Set<Promise<void>>();
const codeDigest = cachedCodeDigest();

function rendererFor(site: string, folder: string): Promise<SiteRenderer> {
  const key = `${site}\0${folder}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    for (const old of renderers.keys()) if (old.startsWith(`${site}\0`)) renderers.delete(old);
    loads += 1;
    renderer = (astro ??= astroInternals()).then((internals) => loadSiteRenderer(folder, internals));
    renderers.set(key, renderer);
    renderer.catch(() => renderers.delete(key));
  }
  return renderer;
}

// Every publish reads the export again; only its changed lines are parsed again (shared/content/dataset.ts).
const memo = datasetMemo();

async function freshSource(): Promise<ContentSource> {
  const live = liveSettingsFromEnv();
  return live ? liveSource(live) : datasetSource(await loadDataset(datasetPath(), memo));
}

async function handle(request: RenderRequest): Promise<RenderResponse> {
  const started = performance.now();
  if (request.now) process.env.FASETT_NOW = request.now;
  else delete process.env.FASETT_NOW;
  const sites: SiteOutcome[] = [];
  if (request.type === 'settle') {
    await Promise.all(compressing);
    return { id: request.id, sites, rss: process.memoryUsage().rss, loads, current: renderers.size, ms: performance.now() - started };
  }
  const code = codeDigest(root, process.env);
  let source: Awaited<ReturnType<typeof freshSource>>;
  try {
    source = await freshSource();
  } catch (error) {
    // Content that cannot be read (a half-written export) is the rebuild's to report: nothing is written early.
    for (const { site } of request.sites) sites.push({ site, ok: false, refused: true, reason: `the content could not be read: ${(error as Error).message}` });
    return { id: request.id, sites, rss: process.memoryUsage().rss, loads, current: renderers.size, ms: performance.now() - started };
  }
  for (const { site, folder } of request.sites) {
    try {
      const renderer = await rendererFor(site, folder);
      if (renderer.code !== code) throw new FastPathRefused('the code changed since the served build');
      if (request.type === 'warm') {
        sites.push({ site, ok: true, result: { written: [], removed: [], rendered: 0, ms: 0 } });
        continue;
      }
      const { compressed, ...result } = await renderer.render(source);
      const tracked = compressed.catch((error: unknown) => console.error(`Fast path: compressing ${site}'s files: ${(error as Error).message}`)).finally(() => compressing.delete(tracked));
      compressing.add(tracked);
      sites.push({ site, ok: true, result });
    } catch (error) {
      const refused = error instanceof FastPathRefused;
      sites.push({ site, ok: false, refused, reason: refused ? (error as Error).message : ((error as Error).stack ?? String(error)) });
    }
  }
  return { id: request.id, sites, rss: process.memoryUsage().rss, loads, current: renderers.size, ms: performance.now() - started };
}

// One request at a time: two publishes in a row write in the order they came.
let queue: Promise<unknown> = Promise.resolve();
process.on('message', (request: RenderRequest) => {
  queue = queue.then(async () => process.send?.(await handle(request)));
});
process.on('disconnect', () => process.exit(0));
