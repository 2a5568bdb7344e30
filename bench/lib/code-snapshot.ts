/**
 * The code a run measures, frozen at its start: the project's sources (Astro config, shared/,
 * themes/, sites/, server/, scripts/, bench/) are copied into the run's folder and every build
 * runs there, with node_modules linked to the installed packages. A run at full size takes
 * long and the working tree is shared: without the copy, an edit made half-way (a card module,
 * a component) would change what the later builds measure, or turn a warm build cold because
 * the card renderer's fingerprint moved. The digest names the code that was measured.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './work-dirs.ts';

// tests/support: launching Debian's Chromium, for the alert fast path (bench/lib/alert-fast-path.ts);
// studio/actions: the preview address partner links share with the Studio (server/partner-links.ts).
const ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'shared', 'themes', 'sites', 'server', 'scripts', 'bench', 'tests/support', 'studio/actions', 'studio/lib'];
const SKIP = new Set(['node_modules', '.astro', '.cache', 'dist', 'results.json']);

export interface CodeSnapshot {
  root: string;
  /** SHA-256 (first 16 hex digits) over every copied file's path and bytes. */
  digest: string;
  /** The commit the working tree was on (uncommitted edits are in the digest, not here). */
  commit?: string;
}

export function freezeCode(dir: string): CodeSnapshot {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ENTRIES) {
    const from = join(repoRoot, entry);
    if (!existsSync(from)) continue;
    cpSync(from, join(dir, entry), { recursive: true, filter: (source) => !SKIP.has(source.split('/').pop()!) });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { root: dir, digest: digestOf(dir), commit: headCommit() };
}

export function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      if (entry === 'node_modules') continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update('\0').update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

/** Read from .git directly (no git command: the benchmark never touches the repository's state). */
function headCommit(): string | undefined {
  try {
    const head = readFileSync(join(repoRoot, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = join(repoRoot, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(join(repoRoot, '.git', 'packed-refs'), 'utf8');
    return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.split(' ')[0];
  } catch {
    return undefined;
  }
}
