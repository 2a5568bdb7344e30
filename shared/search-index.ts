/**
 * Pagefind full-text index for one built site, written into its own folder (/pagefind/).
 *
 * Pagefind has no incremental mode and reads every page, so the index is kept by a digest of
 * what it reads (every HTML file's path and bytes): a build whose pages are all unchanged puts
 * the previous index back (hard links) instead of indexing again. One index is kept per site
 * and output folder; it is written under a temporary name and renamed, so an interrupted
 * build never leaves half an index to be reused. The index is in the site's language (every
 * page's <html lang>, so a change of language changes the digest): Pagefind's script picks the
 * index by the page's lang, and stems bokmål and nynorsk alike (its Norwegian stemmer).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { projectRoot } from './config/root.ts';

export interface SearchIndexResult {
  pages: number;
  /** Put back from the cache: no page had changed. */
  reused: boolean;
}

async function htmlFiles(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro' && entry.name !== 'kort') await htmlFiles(path, out);
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

async function pagesDigest(siteDir: string): Promise<{ digest: string; pages: number }> {
  const files = (await htmlFiles(siteDir)).sort();
  const hash = createHash('sha256').update('pagefind 1\n');
  for (const file of files) hash.update(`${relative(siteDir, file)}\n`).update(await readFile(file));
  return { digest: hash.digest('hex').slice(0, 32), pages: files.length };
}

/** Hard links (or copies, across file systems) of every file under `from`, into `to`. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

async function runPagefind(siteDir: string, language: string): Promise<number> {
  // One index per site, in the site's language, whatever a page's <html lang>: Pagefind would
  // otherwise split pages in Northern Sami or English into indexes the site's search never loads.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/** `cacheKey` names the kept index (e.g. the site and its output folder). */
export async function indexForSearch(siteDir: string, cacheKey: string, language: string): Promise<SearchIndexResult> {
  const cacheDir = join(process.env.FASETT_CACHE_DIR ?? join(projectRoot(), '.cache'), 'pagefind', cacheKey.replace(/[^a-z0-9-]/gi, '_'));
  const { digest } = await pagesDigest(siteDir);
  const kept = join(cacheDir, digest);
  const output = join(siteDir, 'pagefind');
  if (existsSync(join(kept, '.complete'))) {
    await rm(output, { recursive: true, force: true });
    await linkTree(join(kept, 'pagefind'), output);
    const pages = Number(await readFile(join(kept, '.complete'), 'utf8'));
    return { pages, reused: true };
  }
  const pages = await runPagefind(siteDir, language);
  // Keep this index (only this one) for the next build.
  // Assembled beside the site's cache folder, then renamed into it whole.
  const partial = `${cacheDir}.${digest}.${process.pid}.tmp`;
  await rm(partial, { recursive: true, force: true });
  await linkTree(output, join(partial, 'pagefind'));
  await writeFile(join(partial, '.complete'), String(pages));
  await rm(cacheDir + '.old', { recursive: true, force: true });
  if (existsSync(cacheDir)) await rename(cacheDir, cacheDir + '.old');
  await mkdir(cacheDir, { recursive: true });
  await rename(partial, kept);
  await rm(cacheDir + '.old', { recursive: true, force: true });
  return { pages, reused: false };
}

