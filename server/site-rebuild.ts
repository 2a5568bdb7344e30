/**
 * One rebuild job: `astro build` of the requested sites into a fresh folder, then each
 * site that built is swapped in atomically; a site that failed keeps serving its last
 * good build, and the failure is kept for /api/status and the log.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites, type BuildReport } from '../scripts/lib/build-sites.ts';
import { clockEnv, type Clock } from './clock.ts';
import { buildsDir, currentBuild, discardBuild, pruneBuilds, swapIn } from './atomic-swap.ts';
import type { RebuildJob } from './rebuild-queue.ts';

export interface SiteRebuild {
  site: string;
  ok: boolean;
  seconds: number;
  /** Pages in the site after the build; `rendered`/`skipped` when the build was incremental. */
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
}

export async function rebuildSites(job: RebuildJob, options: SiteRebuildOptions): Promise<RebuildOutcome> {
  const dist = options.distDir();
  const started = performance.now();
  const root = join(buildsDir(dist), `${Date.now().toString(36)}-${job.id}`);
  const { results } = await buildSites({
    sites: job.sites,
    quiet: true,
    concurrency: options.concurrency,
    env: { ...options.env, ...clockEnv(options.clock), FASETT_DIST_DIR: root },
  });
  const sites: SiteRebuild[] = [];
  for (const slug of job.sites) {
    const result = results.find((r) => r.slug === slug);
    const folder = join(root, slug);
    if (result?.ok && existsSync(join(folder, 'index.html'))) {
      const previous = swapIn(dist, slug, folder);
      publishReport(root, dist, slug);
      pruneBuilds(dist, slug, [currentBuild(dist, slug), previous]);
      sites.push(summary(slug, true, result.seconds, result.report, folder));
    } else {
      discardBuild(folder);
      const output = result?.output ?? 'the build did not run';
      sites.push({ site: slug, ok: false, seconds: result?.seconds ?? 0, error: lastLines(output, 20) });
    }
  }
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

/** dist/_reports/<slug>.json follows the build that is served. */
function publishReport(root: string, dist: string, slug: string): void {
  const from = join(root, '_reports', `${slug}.json`);
  if (!existsSync(from)) return;
  const to = join(dist, '_reports', `${slug}.json`);
  mkdirSync(join(dist, '_reports'), { recursive: true });
  const partial = `${to}.${process.pid}.tmp`;
  copyFileSync(from, partial);
  renameSync(partial, to);
}

const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n).join('\n');
