/**
 * Page rendering alone, for overheadRatio ("page rendering only, images and cards excluded"):
 * every site built again with its cards and images in the cache and Astro's page cache empty,
 * so every page is rendered and nothing is drawn or encoded, `concurrency` builds at once, as
 * the bare project is built. In the cold build a site's pages render while another site draws
 * its cards (libvips' threads beside that build's own), which slows them down more than two
 * bare builds slow each other: a measure of the machine's load, not of the page code.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { buildAll, type BuildEnv } from './astro-build.ts';

/** How fasettMsPerPage and bareAstroMsPerPage are measured (results.json's `method`). */
export const PAGES_METHOD = {
  fasettMsPerPage:
    "Astro's own per-route time ('├─ /x/index.html (+N ms)' at info level) summed over the HTML pages, divided by their number, in a build of every site (`concurrency` at once) with the cards and images in the cache and Astro's page cache empty: page rendering only; excludes share cards, feeds, calendar files and images (details.fasettMsPerPageCold: the same measure in the cold build, where pages render while another build draws cards)",
  bareAstroMsPerPage:
    'the same measure in a minimal Astro project (layout, header, footer, list components, data made up in getStaticPaths) with the build settings Fasett uses (directory format, compressed HTML, incremental build with a cache key per page, from an empty cache), rendering as many pages of the same average HTML weight, split over `concurrency` projects built at once as the page step builds `concurrency` sites at once',
};

export interface PagesOnly {
  seconds: number;
  /** HTML pages rendered. */
  pages: number;
  msPerPage: number;
  /** Cards drawn in these builds (0: every card came from the cache). */
  cardsDrawn: number;
}

export async function pagesOnly(
  slugs: string[],
  env: BuildEnv,
  options: { concurrency: number; astroCache: string; log: (line: string) => void; logDir?: string },
): Promise<PagesOnly> {
  rmSync(options.astroCache, { recursive: true, force: true });
  mkdirSync(options.astroCache, { recursive: true });
  const result = await buildAll(slugs, { ...env, astroCache: options.astroCache }, { ...options, label: 'pages only', force: true });
  const failed = result.builds.filter((b) => !b.ok);
  if (failed.length) throw new Error(`pages only: ${failed.map((b) => b.slug).join(', ')} failed:\n${failed[0]!.output.slice(-3000)}`);
  const pages = result.builds.reduce((n, b) => n + b.totals.htmlRendered, 0);
  const htmlMs = result.builds.reduce((n, b) => n + b.totals.htmlMs, 0);
  return {
    seconds: result.seconds,
    pages,
    msPerPage: htmlMs / Math.max(1, pages),
    cardsDrawn: result.builds.reduce((n, b) => n + (b.report?.cards?.rendered ?? 0), 0),
  };
}
