/**
 * The digest of the code a site is built with: the Astro config, shared/, themes/, server/, the
 * site folders, the locked packages and the environment that changes output without changing a
 * file. The build's input key (scripts/lib/site-inputs.ts) starts from it, and the warm
 * renderer (shared/build/keep-renderer.ts) records it beside the bundle it keeps, so the server
 * knows when that bundle is no longer the code the next build would run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What the built sites are made of, besides content (relative to the project root). */
const CODE = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'shared', 'themes', 'server'];
const SKIP = new Set(['node_modules', '.astro', '.cache', 'dist']);
/** Environment that changes what a build produces without changing a file. */
const ENVIRONMENT = ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'FASETT_MODE'];

export function codeDigest(root: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  walkCode(root, env, (name, path) => hash.update(name).update('\0').update(readFileSync(path)).update('\0'));
  for (const name of ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('base64url');
}

/**
 * codeDigest, recomputed only when a code file's size, time or inode changed: the warm renderer
 * asks on every publish, and reading every file takes a few hundred ms where stat takes a few.
 */
export function cachedCodeDigest(): (root: string, env: NodeJS.ProcessEnv) => string {
  let last: { stamp: string; digest: string } | undefined;
  return (root, env) => {
    const hash = createHash('sha256');
    walkCode(root, env, (name, _path, stat) => hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}\0`));
    for (const name of ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\0`);
    const stamp = hash.digest('base64url');
    if (last?.stamp !== stamp) last = { stamp, digest: codeDigest(root, env) };
    return last.digest;
  };
}

/** Every code file, in a stable order, named relative to where it sits (the project, or the sites folder). */
function walkCode(root: string, env: NodeJS.ProcessEnv, visit: (name: string, path: string, stat: Stats) => void): void {
  const walk = (path: string, base: string, prefix: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) walk(join(path, entry), base, prefix);
    } else visit(prefix + relative(base, path), path, stat);
  };
  for (const entry of CODE) walk(join(root, entry), root, '');
  // The site folders may live elsewhere (FASETT_SITES_DIR); every site's config counts, as each
  // site shows the others' addresses (events cross-listed from them).
  const sites = env.FASETT_SITES_DIR ? resolve(env.FASETT_SITES_DIR) : join(root, 'sites');
  walk(sites, sites, 'sites/');
}
