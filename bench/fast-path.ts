/**
 * `npm run bench:fast-path` — the event fast path alone, at a scale of your choice, without the
 * rest of `npm run bench`: the scale dataset, its site folders, a cold build of every site, then
 * oneEventSeconds through the running server as `npm run bench` measures it (bench/lib/fast-path.ts).
 * Kept apart from `npm run bench`'s folders (.cache/bench-fast-path/), so the two never share a run.
 *
 *   npm run bench:fast-path -- --events 2000 --sites 12 [--runs 3] [--concurrency N] [--reuse]
 * --reuse measures again on the last run's build at that scale (its frozen code, dataset and dist).
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { flag, readArgs, value } from '../scripts/lib/args.ts';
import { buildAll, type BuildEnv } from './lib/astro-build.ts';
import { freezeCode } from './lib/code-snapshot.ts';
import { writeBenchSites } from './lib/bench-sites.ts';
import { FAST_PATH_METHOD, measureFastPath } from './lib/fast-path.ts';
import { scaleDataset } from './lib/scale-dataset.ts';
import { freshRunDirs, repoRoot, runDirs } from './lib/work-dirs.ts';

process.env.FASETT_BENCH_DIR ??= join(repoRoot, '.cache', 'bench-fast-path');
const args = readArgs();
const number = (name: string, fallback: number) => Number(value(args, name) ?? fallback);
const events = number('events', 2000);
const siteCount = number('sites', 12);
const runs = number('runs', 3);
const concurrency = number('concurrency', availableParallelism());
const NOW = process.env.FASETT_NOW ?? '2026-12-01T12:00:00+01:00';
const log = (line: string) => console.log(line);

log(`Fast path bench: ${events} events, ${siteCount} sites; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
const reuse = flag(args, 'reuse') && existsSync(runDirs(events, siteCount).dist);
let dirs = runDirs(events, siteCount);
let slugs: string[];
if (reuse) {
  slugs = readdirSync(dirs.sites).filter((name) => !name.startsWith('.'));
  log(`reusing ${dirs.root}: ${slugs.length} sites`);
} else {
  const dataset = await scaleDataset(events, siteCount, log);
  dirs = freshRunDirs(events, siteCount);
  freezeCode(dirs.code);
  mkdirSync(dirs.dist, { recursive: true });
  cpSync(dataset.dir, dirs.dataset, { recursive: true });
  slugs = dataset.sites.map((s) => s.slug);
  await writeBenchSites(dataset.sites, dirs.sites, dirs.code);
}
const env: BuildEnv = { code: dirs.code, dataset: dirs.dataset, sites: dirs.sites, dist: dirs.dist, cardCache: dirs.cardCache, astroCache: dirs.astroCache, now: NOW };
if (!reuse) {
  const cold = await buildAll(slugs, env, { concurrency, label: 'cold', log, logDir: join(dirs.root, 'logs') });
  log(`cold build of ${slugs.length} sites: ${cold.seconds.toFixed(1)} s`);
}
const figures = await measureFastPath(env, slugs, { runs, now: new Date(NOW), log });
log(JSON.stringify({ oneEventSeconds: figures.medianSeconds, method: FAST_PATH_METHOD, ...figures }, null, 2));
