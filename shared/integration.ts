/**
 * The Fasett Astro integration: injects the shared routes into the site being built,
 * hands the dataset's image files to Astro's image pipeline, and after the build writes
 * the build report, the Pagefind search index, and what the servers need (the CSP hashes
 * of the inline code, precompressed copies: shared/serving/).
 */
import { replaceAlertBanners } from './serving/alert-banners.ts';
import { alertBannerHtml } from './site/alert-banner-html.ts';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from './config/site.ts';
import { datasetImagesPlugin } from './content/images-plugin.ts';
import { themeCssPlugin } from './build/theme-plugin.ts';
import { bannerChunkPlugin } from './build/banner-chunk-plugin.ts';
import { getDataset } from './content/index.ts';
import { liveSettingsFromEnv } from './content/source.ts';
import { resetCardLog, writeBuildReport } from './report.ts';
import { indexForSearch } from './search-index.ts';
import { siteData } from './content/site-data.ts';
import { assetsUsedBy } from './content/publication.ts';
import { publishCards } from './build/card-store.ts';
import { finishSiteOutput } from './serving/manifest.ts';
import { keepRenderer } from './build/keep-renderer.ts';
import { wordsFor } from './i18n/index.ts';

/** URL pattern → entrypoint under shared/routes. Norwegian paths, as visitors read them. */
export const routes: Array<[pattern: string, entrypoint: string]> = [
  ['/', 'index.astro'],
  ['/arrangementer', 'events/index.astro'],
  ['/arrangementer/side/[page]', 'events/paged.astro'],
  ['/arrangementer/[slug]', 'events/[slug].astro'],
  ['/kampanjer', 'campaigns/index.astro'],
  ['/kampanjer/[slug]/[...side]', 'campaigns/[slug].astro'],
  ['/nyheter', 'news/index.astro'],
  ['/nyheter/[slug]', 'news/[slug].astro'],
  ['/[slug]', 'pages/[slug].astro'],
  ['/404', '404.astro'],
  ['/folg-med', 'follow.astro'],
  ['/rss.xml', 'feeds/rss.xml.ts'],
  ['/rss/kategori/[slug].xml', 'feeds/category-rss.ts'],
  ['/rss/for/[slug].xml', 'feeds/audience-rss.ts'],
  ['/events.ics', 'feeds/events.ics.ts'],
  ['/kalender/kategori/[slug].ics', 'feeds/category.ics.ts'],
  ['/arrangementer/[slug].ics', 'feeds/event.ics.ts'],
  ['/events.json', 'feeds/events.json.ts'],
  ['/alerts.json', 'feeds/alerts.json.ts'],
  ['/robots.txt', 'feeds/robots.txt.ts'],
  // Visitors: the list's data and facet pages, the archive, audience entrances, search.
  ['/arrangementer/data.json', 'events/data.json.ts'],
  ['/arrangementer/kategori/[slug]/[...side]', 'events/facet.astro'],
  ['/arrangementer/sted/[slug]/[...side]', 'events/facet.astro'],
  ['/arrangementer/for/[slug]/[...side]', 'events/facet.astro'],
  ['/arrangementer/maned/[slug]/[...side]', 'events/facet.astro'],
  ['/arrangementer/gratis/[...side]', 'events/facet.astro'],
  ['/arrangementer/i-dag/[...side]', 'events/facet.astro'],
  ['/arrangementer/denne-helgen/[...side]', 'events/facet.astro'],
  ['/arrangementer/denne-uken/[...side]', 'events/facet.astro'],
  ['/arrangementer/denne-maneden/[...side]', 'events/facet.astro'],
  ['/arrangementer/arkiv', 'events/archive.astro'],
  ['/arrangementer/arkiv/[month]/[...side]', 'events/archive-month.astro'],
  ['/for/[slug]', 'audiences/[slug].astro'],
  ['/sok', 'search.astro'],
];

/**
 * Share cards: routes only on the preview server, which draws them on demand. A static build
 * puts them in place after the pages (shared/build/card-store.ts publishCards), from the cache.
 */
export const cardRoutes: Array<[pattern: string, entrypoint: string]> = [['/kort/[...card]', 'cards/card.ts']];

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** `prerender: false` renders every route on demand (the preview build); static builds prerender. */
export function fasett({ site, prerender = true }: { site: SiteConfig; prerender?: boolean }): AstroIntegration {
  return {
    name: 'fasett',
    hooks: {
      // A static build keeps its prerender bundle for the server's warm renderer (event fast path).
      ...(prerender ? keepRenderer(site.slug) : {}),
      'astro:config:setup': async ({ injectRoute, updateConfig }) => {
        resetCardLog(site.slug);
        for (const [pattern, entrypoint] of prerender ? routes : [...routes, ...cardRoutes]) {
          if (entrypoint === 'campaigns/index.astro' && !site.features.campaigns) continue;
          injectRoute({ pattern, entrypoint: fileURLToPath(new URL(`./routes/${entrypoint}`, import.meta.url)), prerender });
        }
        // The dataset on disk hands its image files to Astro's image pipeline (a static build
        // only those its shown documents use); a live project's images come from Sanity's CDN.
        const dataset = liveSettingsFromEnv() ? undefined : await getDataset();
        let used: Set<string> | undefined;
        if (dataset && prerender) {
          const { check } = await siteData(site.slug);
          used = assetsUsedBy(check.index, site.slug, new Set(check.excluded));
        }
        updateConfig({ vite: { plugins: [datasetImagesPlugin(dataset, used), themeCssPlugin(site.theme, site.layout), bannerChunkPlugin()] } });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pages from Astro's cache carry the banner of when they were rendered (page keys leave
        // the alerts out: site/chrome-model.ts); every page gets today's before anything reads them.
        if (prerender) {
          const banners = await replaceAlertBanners(outDir, alertBannerHtml((await siteData(site.slug)).activeAlerts, wordsFor(site.locale).alerts));
          if (banners.length) logger.info(`alert banner: brought up to date in ${banners.length} pages`);
        }
        // The search index reads the pages only (Pagefind runs in its own process), the cards
        // are files beside them: the two are done at the same time.
        const search = site.features.search
          ? indexForSearch(outDir, `${site.slug}-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`, site.locale)
          : undefined;
        const placing = (async () => {
          const started = performance.now();
          const cards = await publishCards(await siteData(site.slug), outDir, (done, total) => {
            if (total >= 1000) logger.info(`share cards: ${done}/${total}`);
          });
          logger.info(`share cards: ${cards.cards} in place, ${cards.rendered} drawn now (${((performance.now() - started) / 1000).toFixed(1)} s)`);
          const report = await writeBuildReport(site, outDir, pages.length);
          logger.info(`${report.pages} pages, ${report.problems.length} content problems → ${report.file}`);
          // Said here too, not only in the report: a site without them fails its visitors in law.
          for (const problem of report.problems.filter((p) => p.rule.startsWith('site.accessibility'))) logger.warn(problem.message);
        })();
        const [, indexed] = await Promise.all([placing, search]);
        if (indexed) logger.info(`search index: ${indexed.pages} pages${indexed.reused ? ' (unchanged, reused)' : ''}`);
        // Last, over every file in place: the CSP hashes of the inline code, and the .br/.gz
        // copies (a preview build is never served statically, so it has neither).
        if (prerender) {
          const started = performance.now();
          const { manifest, compressed } = await finishSiteOutput(outDir, liveSettingsFromEnv() ? ['https://cdn.sanity.io'] : []);
          logger.info(
            `served with: ${manifest.csp.scripts.length + manifest.csp.styles.length} inline hashes in the CSP; ` +
              `${compressed.files} files precompressed (${compressed.compressed} copies made now, ${kib(compressed.bytes)} → br ${kib(compressed.brBytes)}, gz ${kib(compressed.gzBytes)}) ` +
              `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        }
      },
    },
  };
}
