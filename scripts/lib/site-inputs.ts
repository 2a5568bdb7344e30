/**
 * Whether a site needs building at all. A site's output is a function of three things: the code
 * (Astro config, shared/, themes/, server/, the site folders, the locked packages), the published
 * documents its output depends on, and what time has done to them — publication.ts answers both
 * of the last two, as it does for the publish webhook and the scheduler. The digest of the three
 * is the site's input key; a successful build leaves it beside the build report, and the next
 * build skips the site when the key is the same and its output is still there. One edit then
 * rebuilds the sites that depend on it, and a build with nothing changed builds nothing (each
 * page's cache key, a hash of its view model, makes the sites that do build incremental).
 *
 * Only for the dataset on disk: with a live Sanity project the build fetches its own content, and
 * every site is built (the publish webhook already rebuilds only the affected ones).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultDatasetPath, loadDataset } from '../../shared/content/dataset.ts';
import { documentsBySite, publicationIndex, timeFacts } from '../../shared/content/publication.ts';
import { liveSettingsFromEnv } from '../../shared/content/source.ts';
import { codeDigest } from '../../shared/build/code-digest.ts';

export interface SiteInputs {
  /** Site slug → its input key. */
  keys: Map<string, string>;
  /** Time it took to work them out (loading the dataset included). */
  ms: number;
}

const sha = (value: string | Buffer) => createHash('sha256').update(value).digest('base64url');

/**
 * The input key of every site in `slugs`, in the environment the builds will run with (the
 * dataset, the sites folder and the clock are read from `env`), or undefined when the content
 * comes from a live project (then every site is built).
 */
export async function siteInputs(root: string, slugs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<SiteInputs | undefined> {
  if (liveSettingsFromEnv(env)) return undefined;
  const started = performance.now();
  const code = codeDigest(root, env);
  const dataset = await loadDataset(env.CONTENT_DATASET ? resolve(env.CONTENT_DATASET) : defaultDatasetPath());
  const now = env.FASETT_NOW ? Date.parse(env.FASETT_NOW) : Date.now();
  if (Number.isNaN(now)) throw new Error(`FASETT_NOW="${env.FASETT_NOW}" is not an ISO 8601 time (e.g. 2026-12-01T10:00:00+01:00)`);
  const index = publicationIndex(dataset.documents, slugs);
  const digests = new Map<object, string>();
  const keys = new Map<string, string>();
  for (const [slug, documents] of documentsBySite(index)) {
    const hash = createHash('sha256').update(code).update(`\0${slug}\0${timeFacts(index, slug, now)}\0`);
    for (const doc of [...documents].sort((a, b) => (a._id < b._id ? -1 : 1))) {
      let digest = digests.get(doc);
      if (digest === undefined) digests.set(doc, (digest = sha(JSON.stringify(doc))));
      hash.update(`${doc._id}\0${digest}\0`);
    }
    keys.set(slug, hash.digest('base64url'));
  }
  return { keys, ms: performance.now() - started };
}

/** Where a site's input key is kept: beside its build report, outside the folder that is deployed. */
const stampFile = (distRoot: string, slug: string) => join(distRoot, '_reports', `.${slug}.inputs`);

/**
 * True when the site was last built from exactly these inputs and what that build left is still
 * there (its pages and its report).
 */
export function isUpToDate(distRoot: string, slug: string, key: string | undefined): boolean {
  if (!key) return false;
  const stamp = stampFile(distRoot, slug);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== key) return false;
  return existsSync(join(distRoot, slug, 'index.html')) && existsSync(join(distRoot, '_reports', `${slug}.json`));
}

/** Before a build starts: a build cut off half-way must not look finished. */
export function forgetInputs(distRoot: string, slug: string): void {
  rmSync(stampFile(distRoot, slug), { force: true });
}

/** After a successful build. */
export function rememberInputs(distRoot: string, slug: string, key: string | undefined): void {
  if (!key) return;
  const stamp = stampFile(distRoot, slug);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, key);
}
