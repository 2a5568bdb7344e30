/**
 * The digest of the code a site is built with: the Astro config, shared/, themes/, server/, the
 * site folders, the locked packages and the environment that changes output without changing a
 * file. The build's input key (scripts/lib/site-inputs.ts) starts from it, and the warm
 * renderer (shared/build/keep-renderer.ts) records it beside the bundle it keeps, so the server
 * knows when that bundle is no longer the code the next build would run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What the built sites are made of, besides content (relative to the project root). */
const CODE = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'shared', 'themes', 'server'];
const SKIP = new Set(['node_modules', '.astro', '.cache', 'dist']);
/** Environment that changes what a build produces without changing a file. */
const ENVIRONMENT = ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'FASETT_MODE'];

export function codeDigest(root: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  // Files are named relative to where they sit (the project, or the sites folder), so the same
  // files elsewhere are the same inputs.
  const walk = (path: string, base: string, prefix: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) walk(join(path, entry), base, prefix);
    } else hash.update(prefix + relative(base, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const entry of CODE) walk(join(root, entry), root, '');
  // The site folders may live elsewhere (FASETT_SITES_DIR); every site's config counts, as each
  // site shows the others' addresses (events cross-listed from them).
  const sites = env.FASETT_SITES_DIR ? resolve(env.FASETT_SITES_DIR) : join(root, 'sites');
  walk(sites, sites, 'sites/');
  for (const name of ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('base64url');
}
