/**
 * The preview build: the same Astro project, built per site with FASETT_MODE=preview into
 * .cache/preview-build/<slug>/<build>/ (server output, @astrojs/node in middleware mode,
 * nothing prerendered), and loaded into this process. Pages render on demand, so content
 * needs no rebuild; the code does: a bundle older than the newest file under shared/,
 * themes/, sites/<slug>/ (or the dataset's images, which the build bundles) is rebuilt on
 * the next preview request.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../scripts/lib/build-sites.ts';
import { datasetPath } from '../shared/content/dataset.ts';
import { liveSettingsFromEnv } from '../shared/content/source.ts';

export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

export interface PreviewBundle {
  slug: string;
  folder: string;
  /** Static files of the build (/_astro/…, public/), served under the preview base. */
  clientDir: string;
  handler: NodeMiddleware;
}

export type PreviewState =
  | { state: 'ready'; bundle: PreviewBundle }
  | { state: 'building'; since: Date }
  | { state: 'failed'; error: string };

export interface PreviewBuilds {
  /** The bundle when it is ready (a stale one serves while a fresh one builds); otherwise starts or reports its build. */
  get(slug: string): PreviewState;
}

const MARKER = 'fasett-preview.json';
const STAMP_TTL_MS = 2000;
const RETRY_FAILED_MS = 30_000;

export function previewBuilds(options: { cacheDir?: string; env?: NodeJS.ProcessEnv } = {}): PreviewBuilds {
  const cacheDir = options.cacheDir ?? join(repoRoot, '.cache/preview-build');
  const loaded = new Map<string, { stamp: number; bundle: PreviewBundle }>();
  const building = new Map<string, { stamp: number; since: Date; promise: Promise<PreviewBundle> }>();
  const failed = new Map<string, { stamp: number; at: number; error: string }>();
  const stamps = new Map<string, { at: number; value: number }>();

  const stampOf = (slug: string) => {
    const cached = stamps.get(slug);
    if (cached && Date.now() - cached.at < STAMP_TTL_MS) return cached.value;
    const value = sourceStamp(slug);
    stamps.set(slug, { at: Date.now(), value });
    return value;
  };

  const start = (slug: string, stamp: number) => {
    const since = new Date();
    const promise = (async () => {
      const existing = freshFolder(join(cacheDir, slug), stamp);
      const folder = existing ?? (await buildPreview(slug, join(cacheDir, slug), stamp, options.env));
      const bundle = await loadBundle(slug, folder);
      loaded.set(slug, { stamp, bundle });
      failed.delete(slug);
      removeOtherBuilds(join(cacheDir, slug), folder);
      return bundle;
    })();
    building.set(slug, { stamp, since, promise });
    promise
      .catch((error: unknown) => failed.set(slug, { stamp, at: Date.now(), error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        if (building.get(slug)?.promise === promise) building.delete(slug);
      });
    return promise;
  };

  const get = (slug: string): PreviewState => {
    const stamp = stampOf(slug);
    const current = loaded.get(slug);
    if (current && current.stamp >= stamp) return { state: 'ready', bundle: current.bundle };
    const failure = failed.get(slug);
    const recentlyFailed = failure && failure.stamp >= stamp && Date.now() - failure.at < RETRY_FAILED_MS;
    if (!building.has(slug) && !recentlyFailed) start(slug, stamp);
    // A bundle behind the code still renders the content: it serves until the fresh one is in.
    if (current) return { state: 'ready', bundle: current.bundle };
    const inProgress = building.get(slug);
    if (inProgress) return { state: 'building', since: inProgress.since };
    return { state: 'failed', error: failure?.error ?? `the preview build of ${slug} failed` };
  };

  return { get };
}

/** The newest modification time of what a site's preview bundle is built from. */
function sourceStamp(slug: string): number {
  let newest = 0;
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(join(path, entry));
  };
  for (const path of ['astro.config.mjs', 'package-lock.json', 'shared', 'themes', join('sites', slug)]) visit(join(repoRoot, path));
  for (const file of readdirSync(join(repoRoot, 'server'))) if (file.startsWith('preview-')) visit(join(repoRoot, 'server', file));
  if (!liveSettingsFromEnv()) {
    const dataset = datasetPath();
    const images = join(dataset, 'images');
    newest = Math.max(newest, safeMtime(existsSync(images) ? images : dataset));
  }
  return Math.floor(newest);
}

const safeMtime = (path: string) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** A finished build of this site at least as new as `stamp`, if one is on disk already (a restart reuses it). */
function freshFolder(siteDir: string, stamp: number): string | undefined {
  if (!existsSync(siteDir)) return undefined;
  const candidates = readdirSync(siteDir)
    .map((name) => join(siteDir, name))
    .filter((folder) => existsSync(join(folder, MARKER)) && existsSync(join(folder, 'server/entry.mjs')))
    .map((folder) => ({ folder, stamp: (JSON.parse(readFileSync(join(folder, MARKER), 'utf8')) as { stamp: number }).stamp }))
    .filter((c) => c.stamp >= stamp)
    .sort((a, b) => b.stamp - a.stamp);
  return candidates[0]?.folder;
}

function buildPreview(slug: string, siteDir: string, stamp: number, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const folder = join(siteDir, `${stamp.toString(36)}-${Date.now().toString(36)}`);
  mkdirSync(siteDir, { recursive: true });
  const started = performance.now();
  console.log(`Preview: building ${slug} for rendering on demand…`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FASETT_MODE: 'preview', FASETT_SITE: slug, FASETT_PREVIEW_OUT_DIR: folder },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0 && existsSync(join(folder, 'server/entry.mjs'))) {
        writeFileSync(join(folder, MARKER), JSON.stringify({ slug, stamp, builtAt: new Date().toISOString() }) + '\n');
        console.log(`Preview: ${slug} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        resolve(folder);
      } else {
        rmSync(folder, { recursive: true, force: true });
        reject(new Error(`The preview build of ${slug} failed:\n${output.trimEnd().split('\n').slice(-30).join('\n')}`));
      }
    });
  });
}

async function loadBundle(slug: string, folder: string): Promise<PreviewBundle> {
  const entry = (await import(pathToFileURL(join(folder, 'server/entry.mjs')).href)) as { handler?: NodeMiddleware };
  if (typeof entry.handler !== 'function') throw new Error(`${folder}/server/entry.mjs has no handler: not a preview build`);
  return { slug, folder, clientDir: join(folder, 'client'), handler: entry.handler };
}

/**
 * Older builds go once a new one is loaded (this process keeps what it imported in memory).
 * A folder without a marker may be another server's build in progress: left alone for an hour.
 */
function removeOtherBuilds(siteDir: string, keep: string): void {
  for (const name of readdirSync(siteDir)) {
    const folder = join(siteDir, name);
    if (folder === keep) continue;
    const finished = existsSync(join(folder, MARKER));
    if (finished || Date.now() - safeMtime(folder) > 60 * 60 * 1000) rmSync(folder, { recursive: true, force: true });
  }
}
