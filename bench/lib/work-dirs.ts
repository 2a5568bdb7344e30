/**
 * Where the benchmark keeps its files: everything under .cache/bench/ (git-ignored), so a run
 * never touches dist/, .cache/cards or node_modules/.astro that everyday builds use.
 *   .cache/bench/scale-<events>-<sites>/   the generated dataset, kept and reused
 *   .cache/bench/run-<events>-<sites>/     one run: frozen code, dataset copy, site configs, dist, caches
 *   .cache/bench/bare/<events>-<sites>/     the bare Astro project of that run (the floor)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const benchRoot = () => resolve(process.env.FASETT_BENCH_DIR ?? join(repoRoot, '.cache', 'bench'));
export const astroBin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface RunDirs {
  root: string;
  /** The code the run measures, copied at its start (code-snapshot.ts). */
  code: string;
  /** The dataset this run builds from (a copy: the one-event step edits it). */
  dataset: string;
  sites: string;
  /**
   * The cold and warm builds' output, inside the frozen code folder the builds run in: Astro
   * puts its prerender bundle in <outDir>/.prerender only when outDir is inside the working
   * directory, and in one shared <cwd>/.astro otherwise — where builds running side by side
   * delete each other's chunks ("Cannot find module …/.astro/.prerender/chunks/…").
   */
  dist: string;
  cardCache: string;
  astroCache: string;
  bare: string;
}

/** The folders of the run at this scale (as the last `npm run bench` left them). */
export function runDirs(events: number, sites: number): RunDirs {
  const root = join(benchRoot(), `run-${events}-${sites}`);
  return {
    root,
    code: join(root, 'code'),
    dataset: join(root, 'dataset'),
    sites: join(root, 'sites'),
    dist: join(root, 'code', 'dist'),
    cardCache: join(root, 'cache'),
    astroCache: join(root, 'astro-cache'),
    bare: join(benchRoot(), 'bare', `${events}-${sites}`),
  };
}

/** Fresh folders for one run (an earlier run's are removed first); code/ is left for freezeCode to fill. */
export function freshRunDirs(events: number, sites: number): RunDirs {
  const dirs = runDirs(events, sites);
  rmSync(dirs.root, { recursive: true, force: true });
  for (const dir of [dirs.dataset, dirs.sites, dirs.cardCache, dirs.astroCache, dirs.bare]) mkdirSync(dir, { recursive: true });
  return dirs;
}
