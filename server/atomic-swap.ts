/**
 * The last good build stays served until a new one is complete: each rebuild writes a
 * fresh folder under <dist>/.builds/, and dist/<slug> is a symlink that rename(2) swaps in
 * one step (a rename over an existing name is atomic on POSIX). A request opens files
 * through the link, so it sees the old build or the new one, never half of each.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const buildsDir = (distDir: string) => join(distDir, '.builds');

/** The build folder dist/<slug> points at now, or undefined when there is none (or it is a plain folder). */
export function currentBuild(distDir: string, slug: string): string | undefined {
  const link = join(distDir, slug);
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined;
    return resolve(dirname(link), readlinkSync(link));
  } catch {
    return undefined;
  }
}

/** Points dist/<slug> at `folder` (a finished build), atomically. Returns the folder it pointed at before. */
export function swapIn(distDir: string, slug: string, folder: string): string | undefined {
  const link = join(distDir, slug);
  adoptPlainFolder(distDir, slug);
  const previous = currentBuild(distDir, slug);
  const temporary = join(distDir, `.${slug}.swap-${process.pid}-${Date.now()}`);
  symlinkSync(relative(distDir, folder), temporary, 'dir');
  renameSync(temporary, link);
  return previous;
}

/**
 * A site built by `npm run build` is a plain folder. It moves under .builds/ and a link
 * takes its place, so later swaps are atomic. Done once at server start, before serving:
 * during the two renames the site is briefly missing.
 */
export function adoptPlainFolder(distDir: string, slug: string): void {
  const link = join(distDir, slug);
  let isPlainFolder = false;
  try {
    const stat = lstatSync(link);
    isPlainFolder = stat.isDirectory() && !stat.isSymbolicLink();
  } catch {
    return;
  }
  if (!isPlainFolder) return;
  const target = join(buildsDir(distDir), `adopted-${Date.now().toString(36)}`, slug);
  mkdirSync(dirname(target), { recursive: true });
  renameSync(link, target);
  symlinkSync(relative(distDir, target), link, 'dir');
}

/**
 * Removes old build folders of a site, keeping the current one and the one before it
 * (a page already loaded may still ask for its images for a moment).
 */
export function pruneBuilds(distDir: string, slug: string, keep: Array<string | undefined>): void {
  const root = buildsDir(distDir);
  if (!existsSync(root)) return;
  const kept = new Set(keep.filter((k): k is string => !!k).map((k) => resolve(k)));
  for (const build of readdirSync(root)) {
    const folder = join(root, build, slug);
    if (existsSync(folder) && !kept.has(resolve(folder))) rmSync(folder, { recursive: true, force: true });
    removeIfEmpty(join(root, build));
  }
}

/** Removes a build folder that was never swapped in (a failed build). */
export function discardBuild(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  removeIfEmpty(dirname(folder));
}

/** A build folder holds <slug>/ folders and _reports/; without site folders it goes. */
function removeIfEmpty(folder: string): void {
  try {
    if (readdirSync(folder).every((name) => name === '_reports')) rmSync(folder, { recursive: true, force: true });
  } catch {
    // Already gone.
  }
}
