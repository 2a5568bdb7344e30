/**
 * One `astro build` per site, as `npm run build` runs them (same command, one process per site,
 * up to `concurrency` at once), but at Astro's info log level so the route and image timings
 * can be read (build-log.ts), and through bench/astro.config.mjs so Astro's own cache lives in
 * the run's folder. Each build runs in its own process group: the interrupt check can kill a
 * build with everything it started, and Ctrl-C on the benchmark leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetInputs, isUpToDate, rememberInputs, siteInputs } from '../../scripts/lib/site-inputs.ts';
import { parseBuildLog, routeTotals, type BuildLogSummary } from './build-log.ts';

export interface BuildEnv {
  /** The frozen copy of the code the builds run (code-snapshot.ts). */
  code: string;
  dataset: string;
  sites: string;
  dist: string;
  cardCache: string;
  astroCache: string;
  now: string;
}

export interface SiteReport {
  site: string;
  builtAt: string;
  documents: number;
  pages: number;
  problems: unknown[];
  cards?: { rendered: number; reused: number; msPerCard: number };
}

export interface SiteBuild {
  slug: string;
  ok: boolean;
  seconds: number;
  report?: SiteReport;
  log: BuildLogSummary;
  totals: ReturnType<typeof routeTotals>;
  output: string;
  /** Not built: its inputs were those of its last build (scripts/lib/site-inputs.ts), as `npm run build` decides. */
  upToDate?: boolean;
}

const running = new Set<ChildProcess>();

/** Kills every build still running (the benchmark was interrupted). */
export function killRunningBuilds(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export function buildEnvironment(env: BuildEnv, slug: string): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  // A live project in the caller's shell must not replace the dataset on disk.
  delete inherited.SANITY_PROJECT_ID;
  delete inherited.SANITY_DATASET;
  return {
    // One card renderer per build, as `npm run build` runs them (scripts/lib/build-sites.ts): with
    // a build per core, more would draw more cards at once than there are cores.
    FASETT_CARD_CONCURRENCY: '1',
    ...inherited,
    ASTRO_TELEMETRY_DISABLED: '1',
    FASETT_SITE: slug,
    FASETT_SITES_DIR: env.sites,
    FASETT_DIST_DIR: env.dist,
    FASETT_CACHE_DIR: env.cardCache,
    FASETT_BENCH_ASTRO_CACHE: env.astroCache,
    CONTENT_DATASET: env.dataset,
    FASETT_NOW: env.now,
  };
}

export interface BuildHandle {
  child: ChildProcess;
  done: Promise<SiteBuild>;
  /** Routes generated so far (for progress lines). */
  routesSoFar: () => number;
}

export function startSiteBuild(slug: string, env: BuildEnv, extraArgs: string[] = []): BuildHandle {
  const started = performance.now();
  const astro = join(env.code, 'node_modules', 'astro', 'bin', 'astro.mjs');
  forgetInputs(env.dist, slug);
  const child = spawn(process.execPath, [astro, 'build', '--config', 'bench/astro.config.mjs', ...extraArgs], {
    cwd: env.code,
    env: buildEnvironment(env, slug),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let output = '';
  let routes = 0;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    for (const char of text) if (char === '├') routes += 1;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const done = new Promise<SiteBuild>((resolvePromise) => {
    child.on('close', (code) => {
      running.delete(child);
      const seconds = (performance.now() - started) / 1000;
      const reportFile = join(env.dist, '_reports', `${slug}.json`);
      const report = code === 0 && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as SiteReport) : undefined;
      const log = parseBuildLog(output);
      resolvePromise({ slug, ok: code === 0 && !!report, seconds, report, log, totals: routeTotals(log), output });
    });
  });
  return { child, done, routesSoFar: () => routes };
}

export interface BuildAllResult {
  seconds: number;
  builds: SiteBuild[];
  /** Time spent working out which sites changed. */
  inputsMs: number;
}

/** A site left as it was: no time, no card drawn; pages and problems are its last build's. */
function unchangedSite(slug: string, env: BuildEnv): SiteBuild {
  const report = JSON.parse(readFileSync(join(env.dist, '_reports', `${slug}.json`), 'utf8')) as SiteReport;
  const log = parseBuildLog('');
  return { slug, ok: true, seconds: 0, report: { ...report, cards: { rendered: 0, reused: 0, msPerCard: 0 } }, log, totals: routeTotals(log), output: '', upToDate: true };
}

/** Builds the sites `concurrency` at a time, printing a line per site and a heartbeat while they run. */
export async function buildAll(
  slugs: string[],
  env: BuildEnv,
  options: { concurrency: number; label: string; log: (line: string) => void; heartbeatSeconds?: number; logDir?: string; force?: boolean },
): Promise<BuildAllResult> {
  const { log, label } = options;
  const started = performance.now();
  const builds: SiteBuild[] = [];
  // As `npm run build`: a site whose code, content and time facts are unchanged is not built (unless forced).
  // Forced, the keys are still worked out: each build leaves its key for the next build to compare.
  const inputs = await siteInputs(env.code, slugs, buildEnvironment(env, slugs[0]!));
  const queue = slugs.filter((slug) => {
    if (options.force || !isUpToDate(env.dist, slug, inputs?.keys.get(slug))) return true;
    builds.push(unchangedSite(slug, env));
    return false;
  });
  if (inputs) log(`    ${label}: which sites changed, worked out in ${(inputs.ms / 1000).toFixed(1)} s: ${queue.length} to build${builds.length ? `, ${builds.length} unchanged` : ''}`);
  const active = new Map<string, BuildHandle>();
  const heartbeat = setInterval(() => {
    if (!active.size) return;
    const elapsed = ((performance.now() - started) / 1000).toFixed(0);
    const parts = [...active].map(([slug, handle]) => `${slug} ${handle.routesSoFar()} routes`);
    log(`    … ${label} ${elapsed} s: ${parts.join(', ')}; ${builds.length}/${slugs.length} sites done`);
  }, (options.heartbeatSeconds ?? 30) * 1000);
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.concurrency, slugs.length)) }, async () => {
        for (let slug = queue.shift(); slug; slug = queue.shift()) {
          const handle = startSiteBuild(slug, env);
          active.set(slug, handle);
          const build = await handle.done;
          active.delete(slug);
          builds.push(build);
          if (build.ok) rememberInputs(env.dist, slug, inputs?.keys.get(slug));
          // Astro's own log of each build, kept for reading the timings afterwards.
          if (options.logDir) {
            mkdirSync(options.logDir, { recursive: true });
            writeFileSync(join(options.logDir, `${options.label.replace(/\W+/g, '-')}-${slug}.log`), build.output);
          }
          if (!build.ok) {
            log(build.output.trimEnd().split('\n').slice(-40).join('\n'));
            throw new Error(`${label}: the build of ${slug} failed after ${build.seconds.toFixed(1)} s (output above)`);
          }
          const cards = build.report?.cards;
          log(
            `    ✓ ${slug}: ${build.report?.pages} pages, ${build.totals.routes} routes` +
              (build.totals.skipped ? ` (${build.totals.skipped} skipped)` : '') +
              `, cards ${cards?.rendered ?? 0} new / ${cards?.reused ?? 0} reused, images ${build.log.imagesEncoded} new / ${build.log.imagesReused} reused` +
              ` in ${build.seconds.toFixed(1)} s  [${builds.length}/${slugs.length}]`,
          );
        }
      }),
    );
  } catch (error) {
    killRunningBuilds();
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
  builds.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug));
  return { seconds: (performance.now() - started) / 1000, builds, inputsMs: inputs?.ms ?? 0 };
}
