/**
 * A site's output as bytes: every file under a folder with its SHA-1, so two builds can be
 * compared file by file (warm against cold, a rebuild after an interrupted build against a clean
 * one) and a one-event rebuild can count the files whose bytes changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type Snapshot = Map<string, { sha1: string; bytes: number }>;

const KEPT_RENDERER = join('.fasett', 'renderer');

export function snapshot(dir: string): Snapshot {
  const files: Snapshot = new Map();
  if (!existsSync(dir)) return files;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      // The prerender bundle a build keeps for the server's warm renderer (shared/build/keep-renderer.ts)
      // is code, not output: it names the folder it was built for, so two builds of the same
      // content elsewhere differ there and nowhere a visitor can see.
      if (entry.isDirectory() && relative(dir, path) === KEPT_RENDERER) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const data = readFileSync(path);
        files.set(relative(dir, path), { sha1: createHash('sha1').update(data).digest('hex'), bytes: data.length });
      }
    }
  };
  walk(dir);
  return files;
}

export interface SnapshotDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [path, file] of after) {
    const old = before.get(path);
    if (!old) added.push(path);
    else if (old.sha1 !== file.sha1) changed.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) removed.push(path);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

export const sameBytes = (diff: SnapshotDiff) => !diff.added.length && !diff.removed.length && !diff.changed.length;

/** A build report without what differs between two correct builds: when, and how many cards came from the cache. */
export function reportContent(file: string): string | undefined {
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const { builtAt: _builtAt, cards: _cards, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** Largest file with the given ending under a folder. */
export function largestFile(files: Snapshot, ending: string): { path: string; bytes: number } | undefined {
  let best: { path: string; bytes: number } | undefined;
  for (const [path, file] of files) if (path.endsWith(ending) && (!best || file.bytes > best.bytes)) best = { path, bytes: file.bytes };
  return best;
}
