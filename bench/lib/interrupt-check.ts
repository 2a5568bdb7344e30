/**
 * Bad input: a build killed half-way must leave no cache that spoils the next one. One site is
 * built with empty caches of its own; once some share cards are in the card cache the build is
 * killed with SIGKILL (with everything it started — no chance to clean up); then the same site
 * is built again on what was left (card cache, Astro's image and incremental caches, the
 * half-written output folder). Its output must equal, byte for byte, a clean build's — the cold
 * build's output of that site — and its report must say the same (the time it was built and
 * the card cache counters aside).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteBuild, type BuildEnv } from './astro-build.ts';
import { diffSnapshots, reportContent, sameBytes, snapshot } from './dist-snapshot.ts';

export interface InterruptCheck {
  site: string;
  /** Cards in the cache when the build was killed. */
  killedAfterCards: number;
  killedAfterSeconds: number;
  /** The build had already finished before enough cards were written (the check did not happen). */
  interrupted: boolean;
  rebuildSeconds: number;
  /** Output of the rebuild equals the clean build's, and so does the report. */
  identical: boolean;
  differences: string[];
  /** Partial files an interrupted write left in the card cache (harmless: never read). */
  leftoverTempFiles: number;
}

const countCards = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png') || f.endsWith('.jpg')).length : 0);

export async function interruptCheck(
  slug: string,
  base: BuildEnv,
  reference: { dist: string },
  options: { root: string; killAfterCards: number; log: (line: string) => void },
): Promise<InterruptCheck> {
  const root = join(options.root, 'interrupt');
  rmSync(root, { recursive: true, force: true });
  // Output inside the code folder, as the other builds' (see work-dirs.ts on Astro's prerender folder).
  const env: BuildEnv = { ...base, dist: join(base.code, 'interrupt-dist'), cardCache: join(root, 'cache'), astroCache: join(root, 'astro-cache') };
  rmSync(env.dist, { recursive: true, force: true });
  for (const dir of [env.dist, env.cardCache, env.astroCache]) mkdirSync(dir, { recursive: true });
  const cardsDir = join(env.cardCache, 'cards');

  const started = performance.now();
  const first = startSiteBuild(slug, env);
  let killedAfterCards = 0;
  let interrupted = false;
  await new Promise<void>((resolvePromise) => {
    const poll = setInterval(() => {
      const cards = countCards(cardsDir);
      if (cards >= options.killAfterCards) {
        killedAfterCards = cards;
        interrupted = true;
        clearInterval(poll);
        try {
          process.kill(-first.child.pid!, 'SIGKILL');
        } catch {
          interrupted = false; // it ended on its own between the count and the kill
        }
      }
    }, 100);
    first.done.then(() => {
      clearInterval(poll);
      resolvePromise();
    });
  });
  const killedAfterSeconds = (performance.now() - started) / 1000;
  options.log(
    interrupted
      ? `    killed ${slug} after ${killedAfterSeconds.toFixed(1)} s with ${killedAfterCards} cards in the cache; building again…`
      : `    ${slug} finished before ${options.killAfterCards} cards were written: nothing to interrupt`,
  );

  const second = await startSiteBuild(slug, env).done;
  if (!second.ok) throw new Error(`The rebuild of ${slug} after the interrupted build failed:\n${second.output.slice(-4000)}`);

  const diff = diffSnapshots(snapshot(join(reference.dist, slug)), snapshot(join(env.dist, slug)));
  const differences = [
    ...diff.changed.map((p) => `changed ${p}`),
    ...diff.added.map((p) => `only after the interrupted build: ${p}`),
    ...diff.removed.map((p) => `missing after the interrupted build: ${p}`),
  ];
  const reportFile = (dist: string) => join(dist, '_reports', `${slug}.json`);
  if (reportContent(reportFile(reference.dist)) !== reportContent(reportFile(env.dist))) differences.push(`report _reports/${slug}.json`);
  const leftoverTempFiles = existsSync(cardsDir) ? readdirSync(cardsDir).filter((f) => f.endsWith('.tmp')).length : 0;
  return {
    site: slug,
    killedAfterCards,
    killedAfterSeconds,
    interrupted,
    rebuildSeconds: second.seconds,
    identical: sameBytes(diff) && differences.length === 0,
    differences,
    leftoverTempFiles,
  };
}
