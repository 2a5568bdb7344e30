/**
 * Every page's alert banner brought up to date in place, without rendering the page: the banner
 * is one string between two markers (shared/site/alert-banner-html.ts), and page cache keys do
 * not include it, so an incremental build reuses pages whose banner is older than the content.
 * The build runs this over its output before the search index and the .br/.gz copies; the server
 * runs it over the served folders the moment an alert is published (server/alert-feeds.ts).
 * Pages are written atomically and only when their banner differs.
 */
import { readdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BANNER_END, BANNER_START } from '../site/alert-banner-html.ts';

/** The page with `banner` in place of the one it has; undefined when it already has it (or has no banner). */
export function withBanner(html: string, banner: string): string | undefined {
  const start = html.indexOf(BANNER_START);
  if (start < 0) return undefined;
  const end = html.indexOf(BANNER_END, start);
  if (end < 0) return undefined;
  const current = html.slice(start, end + BANNER_END.length);
  return current === banner ? undefined : html.slice(0, start) + banner + html.slice(end + BANNER_END.length);
}

/**
 * Replaces the banner in every HTML page under `root` (dot-folders aside); returns the pages
 * written. See replaceAlertBannersIn.
 */
export function replaceAlertBanners(root: string, banner: string, beforeReplace?: (file: string, html: string) => Promise<void>): Promise<string[]> {
  return replaceAlertBannersIn([[root, banner]], beforeReplace);
}

/**
 * Replaces the banner in every HTML page of every `[root, banner]` given; returns the pages
 * written. Asynchronous, a few pages at a time: the server keeps answering while it runs.
 * Shallow pages first, across all the folders — every site's home, then every site's lists, and
 * so on — so the pages visitors arrive on carry the alert on every site within the first moments
 * of the pass, not only on the first site's. `beforeReplace` runs for each changed page just
 * before it is renamed into place: the server writes the page's .br/.gz copies there, so a page
 * and its compressed copies differ for a moment, not for the whole pass.
 */
export async function replaceAlertBannersIn(jobs: ReadonlyArray<readonly [root: string, banner: string]>, beforeReplace?: (file: string, html: string) => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const queue = bannerQueue(jobs);
  const work = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      const { file, banner } = page;
      const next = withBanner(await readFile(file, 'utf8'), banner);
      if (next === undefined) continue;
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, next);
      await beforeReplace?.(file, next);
      await rename(partial, file);
      written.push(file);
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  return written.sort();
}

/** The pages of every `[root, banner]`, in the order the pass takes them up: shallow first across all folders, then folder by folder. */
export function bannerQueue(jobs: ReadonlyArray<readonly [root: string, banner: string]>): Array<{ file: string; banner: string }> {
  return jobs
    .flatMap(([root, banner], order) => htmlPages(root).map((file) => ({ file, banner, order, depth: relative(root, file).split(sep).length })))
    .sort((a, b) => a.depth - b.depth || a.order - b.order || a.file.localeCompare(b.file))
    .map(({ file, banner }) => ({ file, banner }));
}

function htmlPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'pagefind' || entry.name === '_astro' || entry.name === 'kort') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(path);
    }
  };
  walk(root);
  return out;
}
