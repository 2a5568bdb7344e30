/**
 * One rebuild job: `astro build` of the requested sites into a fresh folder, then each
 * site that built is swapped in atomically; a site that failed keeps serving its last
 * good build, and the failure is kept for /api/status and the log.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSites, repoRoot, type BuildReport } from '../scripts/lib/build-sites.ts';
import { clockEnv, type Clock } from './clock.ts';
import { buildsDir, currentBuild, discardBuild, pruneBuilds, swapIn } from './atomic-swap.ts';
import type { RebuildJob } from './rebuild-queue.ts';
import { writeNginxConfig } from '../shared/serving/nginx.ts';

export interface SiteRebuild {
  site: string;
  ok: boolean;
  seconds: number;
  /** Pages in the site after the build; `rendered`/`skipped`: paths (pages, feeds, cards) Astro rendered or reused from its incremental cache. */
  pages?: number;
  rendered?: number;
  skipped?: number;
  /** The content problems the rulebook reported. */
  problems?: number;
  /** The folder now served (ok), or the last lines of the build's output (failed). */
  folder?: string;
  error?: string;
}

export interface RebuildOutcome {
  job: RebuildJob;
  finishedAt: Date;
  seconds: number;
  sites: SiteRebuild[];
}

export interface SiteRebuildOptions {
  distDir: () => string;
  clock: Clock;
  /** `astro build` processes at once; default: the core count. */
  concurrency?: number;
  /** Extra environment for the builds (tests point CONTENT_DATASET at a copy). */
  env?: NodeJS.ProcessEnv;
  /** Aborted when the server stops: the builds are killed and nothing is swapped in. */
  signal?: AbortSignal;
}

export async function rebuildSites(job: RebuildJob, options: SiteRebuildOptions): Promise<RebuildOutcome> {
  const dist = options.distDir();
  const started = performance.now();
  // Astro's incremental cache keys each page on a hash of its built code, which embeds the
  // outDir: every build of a site goes to the same staging folder, and the finished folder
  // is then renamed (instantly, same file system) to a fresh one under .builds/.
  const staging = join(dist, '.staging');
  const root = join(buildsDir(dist), `${Date.now().toString(36)}-${job.id}`);
  for (const slug of job.sites) rmSync(join(staging, slug), { recursive: true, force: true });
  const { results } = await buildSites({
    sites: job.sites,
    quiet: true,
    concurrency: insideRepo(staging) ? options.concurrency : 1,
    env: { ...options.env, ...clockEnv(options.clock), FASETT_DIST_DIR: staging },
    signal: options.signal,
  });
  const sites: SiteRebuild[] = [];
  for (const slug of job.sites) {
    const result = results.find((r) => r.slug === slug);
    const built = join(staging, slug);
    if (result?.ok && !options.signal?.aborted && existsSync(join(built, 'index.html'))) {
      const folder = join(root, slug);
      mkdirSync(root, { recursive: true });
      renameSync(built, folder);
      const previous = swapIn(dist, slug, folder);
      publishReport(staging, dist, slug);
      pruneBuilds(dist, slug, [currentBuild(dist, slug), previous]);
      sites.push(summary(slug, true, result.seconds, result.report, folder));
    } else {
      discardBuild(built);
      const output = result?.output ?? 'the build did not run';
      sites.push({ site: slug, ok: false, seconds: result?.seconds ?? 0, error: failureSummary(output) });
    }
  }
  // nginx, where used, reads the sites' policies from its configuration: keep it that of the builds served.
  if (sites.some((site) => site.ok)) await writeNginxConfig(dist).catch((error) => console.error(`nginx configuration not written: ${(error as Error).message}`));
  return { job, finishedAt: new Date(), seconds: (performance.now() - started) / 1000, sites };
}

function summary(site: string, ok: boolean, seconds: number, report: BuildReport | undefined, folder: string): SiteRebuild {
  return {
    site,
    ok,
    seconds,
    pages: report?.pages,
    rendered: report?.rebuilt?.pagesRendered,
    skipped: report?.rebuilt?.pagesSkipped,
    problems: report?.problems.length,
    folder,
  };
}

/**
 * dist/_reports/<slug>.json follows the build that is served, and so does its input key
 * (.<slug>.inputs, scripts/lib/site-inputs.ts): at start the server compares that key with the
 * current content to find the sites whose served build is stale.
 */
function publishReport(staging: string, dist: string, slug: string): void {
  for (const name of [`${slug}.json`, `.${slug}.inputs`]) {
    const from = join(staging, '_reports', name);
    const to = join(dist, '_reports', name);
    if (!existsSync(from)) {
      rmSync(to, { force: true });
      continue;
    }
    mkdirSync(join(dist, '_reports'), { recursive: true });
    const partial = `${to}.${process.pid}.tmp`;
    copyFileSync(from, partial);
    renameSync(partial, to);
  }
}

/**
 * Astro puts a build's prerender chunks under its outDir, or in <repo>/.astro/.prerender/ when
 * the outDir is outside the repository: builds there would overwrite each other's chunks,
 * so they run one at a time.
 */
const insideRepo = (folder: string) => !relative(repoRoot, folder).startsWith('..');

/** The first line that names an error (what went wrong), then the end of the output (where). */
function failureSummary(output: string): string {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n');
  const first = lines.find((line) => /error/i.test(line) && !/^\s+at /.test(line))?.trim();
  const tail = lines.filter((line) => !/^\s+at /.test(line)).slice(-12);
  return [...(first && !tail.some((line) => line.trim() === first) ? [first, '…'] : []), ...tail].join('\n');
}
