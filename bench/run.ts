/**
 * `npm run bench` — how fast Fasett builds a whole municipality, next to the floor, measured in
 * one run on this machine. Prints progress, a table, and writes bench/results.json.
 *
 *   npm run bench                                  10,000 events, 12 sites (the issue's scale)
 *   npm run bench -- --events 300 --sites 3        small (the smoke test's size)
 *   options: --concurrency N (default: the core count, as `npm run build`)
 *            --repeats N (default 3: the short phases are repeated and their median reported)
 *            --results FILE (default bench/results.json)
 *            --no-interrupt-check (skip the killed-build check)
 *
 * Steps: the scale dataset (generated once, reused), site folders for every site, the card
 * floor, the dataset load, a cold build of every site (all caches empty), a warm build (no
 * change), a build killed half-way then built again, one event edited (only the sites that show
 * it rebuilt), a bare Astro project with as many pages of the same weight, and last one event
 * published through the running server (webhook → warm renderer → served; bench/lib/fast-path.ts). Figures, never
 * assertions: the targets are printed beside them.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readArgs, value, flag } from '../scripts/lib/args.ts';
import { buildAll, buildEnvironment, killRunningBuilds, type BuildEnv, type SiteBuild } from './lib/astro-build.ts';
import { bareAstro } from './lib/bare-astro.ts';
import { ALERT_METHOD, alertFastPath } from './lib/alert-fast-path.ts';
import { execFileSync } from 'node:child_process';
import { freezeCode } from './lib/code-snapshot.ts';
import { writeBenchSites } from './lib/bench-sites.ts';
import { cardFloor } from './lib/card-floor.ts';
import { datasetLoad } from './lib/dataset-load.ts';
import { diffSnapshots, largestFile, sameBytes, snapshot, type Snapshot } from './lib/dist-snapshot.ts';
import { interruptCheck } from './lib/interrupt-check.ts';
import { editOneEvent, rewrittenFiles } from './lib/one-event.ts';
import { FAST_PATH_METHOD, measureFastPath } from './lib/fast-path.ts';
import { PAGES_METHOD, pagesOnly } from './lib/pages-only.ts';
import { watchMemory } from './lib/process-tree.ts';
import { formatTable, rounded, type Figures } from './lib/results.ts';
import { scaleDataset } from './lib/scale-dataset.ts';
import { freshRunDirs, repoRoot } from './lib/work-dirs.ts';

const args = readArgs();
const positive = (name: string, fallback: number) => {
  const raw = value(args, name);
  const number = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
  return number;
};
const events = positive('events', 10_000);
const siteCount = positive('sites', 12);
const concurrency = positive('concurrency', availableParallelism());
const resultsFile = resolve(value(args, 'results') ?? join(repoRoot, 'bench', 'results.json'));
const checkInterrupt = !flag(args, 'no-interrupt-check');
const NOW = process.env.FASETT_NOW ?? '2026-12-01T12:00:00+01:00';
const atTargetScale = events === 10_000 && siteCount === 12;

const log = (line: string) => console.log(line);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const steps = checkInterrupt ? 12 : 11;
/** Short phases are run this many times and their median reported (`--repeats`; the smoke test runs each once). */
const REPEATS = positive('repeats', 3);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
let step = 0;
const stepLine = (title: string) => log(`\n[${++step}/${steps}] ${title}  (${elapsed()} since start)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunningBuilds();
    process.exit(130);
  });
}

const sum = (builds: SiteBuild[], pick: (b: SiteBuild) => number) => builds.reduce((n, b) => n + pick(b), 0);
const loadAtStart = loadavg();
log(`Fasett bench: ${events} events, ${siteCount} sites on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${concurrency} builds at a time`);
log(`  load average ${loadAtStart.map((n) => n.toFixed(2)).join(' ')}${loadAtStart[0]! > cpus().length ? ' — the machine is busy; timings will be slower than on a quiet one' : ''}`);

// 1. Dataset and site folders.
stepLine('scale dataset and site folders');
const dataset = await scaleDataset(events, siteCount, log);
const dirs = freshRunDirs(events, siteCount);
const code = freezeCode(dirs.code);
mkdirSync(dirs.dist, { recursive: true });
cpSync(dataset.dir, dirs.dataset, { recursive: true });
await writeBenchSites(dataset.sites, dirs.sites, code.root);
const slugs = dataset.sites.map((s) => s.slug);
log(`  ${slugs.length} sites: ${slugs.join(', ')}`);
log(`  run folder: ${relative(repoRoot, dirs.root)} (code frozen there at start: ${code.digest}${code.commit ? `, on commit ${code.commit.slice(0, 10)}` : ''})`);
const env: BuildEnv = { code: code.root, dataset: dirs.dataset, sites: dirs.sites, dist: dirs.dist, cardCache: dirs.cardCache, astroCache: dirs.astroCache, now: NOW };

// 2. The card floor, with as many copies at once as builds run at once; measured again after the
// cold build and averaged, so a machine whose load changes during the run weighs on both sides.
stepLine('card floor: satori + sharp in a minimal script');
const imagesDir = join(dirs.dataset, 'images');
const floorBefore = await cardFloor(imagesDir, { cards: 30, copies: concurrency });
log(`  ${floorBefore.msPerCard.toFixed(1)} ms per card (${floorBefore.perProcess.map((n) => n.toFixed(1)).join(' / ')} in ${concurrency} processes at once; photos from a pool of ${floorBefore.photos}; ${floorBefore.overLimit} over 300 KB)`);

// 3. Dataset load, in a fresh process, for the site with the most events.
stepLine('dataset load');
const loads = [];
for (let i = 0; i < REPEATS; i++) loads.push(await datasetLoad(slugs[0]!, code.root, buildEnvironment(env, slugs[0]!)));
const load = { ...loads[0]!, loadMs: median(loads.map((l) => l.loadMs)), siteDataMs: median(loads.map((l) => l.siteDataMs)), runs: loads.map((l) => [l.loadMs, l.siteDataMs]) };
log(`  loadDataset ${load.loadMs} ms for ${load.documents} documents; siteData(${load.site}) ${load.siteDataMs} ms (${load.events} events), heap ${load.heapMiB} MiB (medians of ${REPEATS})`);

// 4. Cold build: every cache empty (fresh card cache, Astro cache and output folders).
stepLine('cold build, every cache empty');
const memory = watchMemory();
const logDir = join(dirs.root, 'logs');
const cold = await buildAll(slugs, env, { concurrency, label: 'cold', log, logDir });
const peak = memory.stop();
log(`  ${cold.seconds.toFixed(1)} s; peak RSS of the build processes ${peak.treeMiB} MiB (PSS ${peak.treePssMiB} MiB; largest single process ${peak.processMiB} MiB, up to ${peak.processes} processes)`);
const coldSnapshots = new Map<string, Snapshot>(slugs.map((slug) => [slug, snapshot(join(dirs.dist, slug))]));
const floorAfter = [await cardFloor(imagesDir, { cards: 30, copies: concurrency }), await cardFloor(imagesDir, { cards: 30, copies: concurrency })];
const floorRuns = [floorBefore, ...floorAfter];
const floor = { msPerCard: median(floorRuns.map((f) => f.msPerCard)), perProcess: floorRuns.flatMap((f) => f.perProcess) };
log(`  card floor again, twice: ${floorAfter.map((f) => f.msPerCard.toFixed(1)).join(' and ')} ms per card; median of the three ${floor.msPerCard.toFixed(1)} ms`);

// 5. Warm build: nothing changed, run as `npm run build` runs it: no site has changed, so none
// is built. Then every site built anyway (--force), as the daily rebuild does when a new day
// changes every site's inputs: every card from the cache, unchanged pages from Astro's cache.
// Both must leave the output byte-identical to the cold build.
const differencesFromCold = () =>
  slugs.flatMap((slug) => {
    const diff = diffSnapshots(coldSnapshots.get(slug)!, snapshot(join(dirs.dist, slug)));
    return sameBytes(diff) ? [] : [`${slug}: ${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed (e.g. ${[...diff.changed, ...diff.added, ...diff.removed].slice(0, 3).join(', ')})`];
  });
stepLine(`warm build, nothing changed (npm run build), ${REPEATS} times`);
const warmRuns = [];
for (let i = 0; i < REPEATS; i++) warmRuns.push(await buildAll(slugs, env, { concurrency, label: 'warm', log, logDir }));
const warm = warmRuns[warmRuns.length - 1]!;
const warmSeconds = median(warmRuns.map((run) => run.seconds));
const warmDifferences = differencesFromCold();
log(`  ${warmRuns.map((run) => run.seconds.toFixed(1)).join(' / ')} s (median ${warmSeconds.toFixed(1)} s), ${warm.builds.filter((b) => !b.upToDate).length} sites built; output ${warmDifferences.length ? `DIFFERS from the cold build: ${warmDifferences.join('; ')}` : 'byte-identical to the cold build'}`);
stepLine(`warm build, every site built anyway (npm run build -- --force), ${REPEATS} times`);
const forcedRuns = [];
for (let i = 0; i < REPEATS; i++) forcedRuns.push(await buildAll(slugs, env, { concurrency, label: 'warm, forced', log, logDir, force: true }));
const forced = forcedRuns[forcedRuns.length - 1]!;
const forcedSeconds = median(forcedRuns.map((run) => run.seconds));
const forcedDifferences = differencesFromCold();
log(`  ${forcedRuns.map((run) => run.seconds.toFixed(1)).join(' / ')} s (median ${forcedSeconds.toFixed(1)} s); output ${forcedDifferences.length ? `DIFFERS from the cold build: ${forcedDifferences.join('; ')}` : 'byte-identical to the cold build'}`);

// 6. Interrupted build: killed once cards are being written, then built again; same bytes as clean?
const smallest = [...cold.builds].sort((a, b) => (a.report?.pages ?? 0) - (b.report?.pages ?? 0))[0]!;
let interrupt: Awaited<ReturnType<typeof interruptCheck>> | undefined;
if (checkInterrupt) {
  stepLine(`interrupted build (${smallest.slug}): SIGKILL half-way, then build again`);
  const killAfterCards = Math.max(3, Math.floor((smallest.report?.cards?.rendered ?? 30) / 3));
  interrupt = await interruptCheck(smallest.slug, env, { dist: dirs.dist }, { root: dirs.root, killAfterCards, log });
  log(
    interrupt.identical
      ? `  rebuild after the kill is byte-identical to the clean build (${interrupt.leftoverTempFiles} partial card files left, never read)`
      : `  rebuild after the kill DIFFERS from the clean build: ${interrupt.differences.slice(0, 10).join('; ')}`,
  );
}

// 7. One event edited, then `npm run build` of every site: only the sites whose inputs changed
// are built (they should be the ones the publish webhook names), with warm caches.
stepLine('one event edited');
const edit = editOneEvent(dirs.dataset, new Date(NOW), slugs);
log(`  «${edit.before}» → «${edit.after}» (${edit.eventId}); sites that show it: ${edit.sites.join(', ')}`);
const beforeEdit = new Map(slugs.map((slug) => [slug, snapshot(join(dirs.dist, slug))]));
const oneEvent = await buildAll(slugs, env, { concurrency, label: 'one event', log, logDir });
const rebuiltSites = oneEvent.builds.filter((b) => !b.upToDate).map((b) => b.slug);
const rewritten = slugs
  .map((slug) => ({ slug, ...rewrittenFiles(beforeEdit.get(slug)!, snapshot(join(dirs.dist, slug))) }))
  .filter((r) => r.files > 0 || rebuiltSites.includes(r.slug));
const rewrittenHtml = rewritten.reduce((n, r) => n + r.html, 0);
log(`  ${oneEvent.seconds.toFixed(1)} s; sites built: ${rebuiltSites.join(', ')}${rebuiltSites.join() === edit.sites.join() ? ' (as the webhook would)' : ` — the webhook would build ${edit.sites.join(', ')}`}; ${rewrittenHtml} pages rewritten (${rewritten.map((r) => `${r.slug}: ${r.html} pages, ${r.cards} cards, ${r.feeds} feeds`).join('; ')})`);

// 8. Page rendering alone: every site again, cards and images from the cache, no page cached.
stepLine(`pages only: every site built again, every page rendered, cards and images from the cache, ${REPEATS} times`);
const pagesRuns = [];
for (let i = 0; i < REPEATS; i++) pagesRuns.push(await pagesOnly(slugs, env, { concurrency, astroCache: join(dirs.root, `astro-cache-pages-${i}`), log, logDir }));
const pageRendering = { ...pagesRuns[0]!, seconds: median(pagesRuns.map((r) => r.seconds)), msPerPage: median(pagesRuns.map((r) => r.msPerPage)) };
log(`  ${pageRendering.pages} pages in ${pagesRuns.map((r) => r.seconds.toFixed(1)).join(' / ')} s: ${pagesRuns.map((r) => r.msPerPage.toFixed(2)).join(' / ')} ms per page (medians ${pageRendering.seconds.toFixed(1)} s, ${pageRendering.msPerPage.toFixed(2)} ms; ${pageRendering.cardsDrawn} cards drawn)`);

// 9. The floor: bare Astro, as many pages as Fasett's HTML pages, of the same average weight.
stepLine('bare Astro: the same number of pages, the same weight, no data layer');
const htmlFiles = [...coldSnapshots.values()].flatMap((files) => [...files].filter(([path]) => path.endsWith('.html')).map(([, f]) => f.bytes));
const fasettHtmlPages = sum(cold.builds, (b) => b.totals.htmlPages);
const averageHtmlBytes = htmlFiles.reduce((a, b) => a + b, 0) / Math.max(1, htmlFiles.length);
const bareRuns = [];
for (let i = 0; i < REPEATS; i++) bareRuns.push(await bareAstro(join(dirs.bare, `run-${i}`), fasettHtmlPages, averageHtmlBytes, log, concurrency));
const bare = { ...bareRuns[0]!, seconds: median(bareRuns.map((r) => r.seconds)), msPerPage: median(bareRuns.map((r) => r.msPerPage)) };
log(`  ${bare.pages} pages (~${(bare.averagePageBytes / 1024).toFixed(1)} KB) in ${bareRuns.map((r) => r.seconds.toFixed(1)).join(' / ')} s: ${bareRuns.map((r) => r.msPerPage.toFixed(2)).join(' / ')} ms per page (medians)`);
// The same pages as one bare project per site, built as many at a time as Fasett builds sites: the
// floor for the whole page build, start-ups included (overheadRatioWithContent).
const bareSitesRuns = [];
for (let i = 0; i < REPEATS; i++) bareSitesRuns.push(await bareAstro(join(dirs.bare, `sites-${i}`), fasettHtmlPages, averageHtmlBytes, log, slugs.length, concurrency));
const bareSitesSeconds = median(bareSitesRuns.map((r) => r.seconds));
log(`  as ${slugs.length} projects, ${concurrency} at a time: ${bareSitesRuns.map((r) => r.seconds.toFixed(1)).join(' / ')} s (median ${bareSitesSeconds.toFixed(1)} s) against Fasett's ${pageRendering.seconds.toFixed(1)} s`);

// 10. The alert fast path, on a hard-linked copy of the cold build's output (what it writes never
// touches the benchmark's own folders).
stepLine(`alert fast path: signed webhook → alert in Chromium on every site, and in every page's HTML, ${REPEATS} times`);
const alertDist = join(dirs.root, 'alert-dist');
const alertDataset = join(dirs.root, 'alert-dataset');
execFileSync('cp', ['-al', dirs.dist, alertDist]);
execFileSync('cp', ['-al', dirs.dataset, alertDataset]);
const alerts = await alertFastPath({ dist: alertDist, sites: slugs, runs: REPEATS, now: NOW }, code.root, {
  ...buildEnvironment(env, slugs[0]!),
  FASETT_DIST_DIR: alertDist,
  CONTENT_DATASET: alertDataset,
});
for (const run of alerts.runs)
  log(`  ${run.alertId}: webhook answered ${run.webhookSeconds.toFixed(2)} s, alerts.json served on every site ${run.servedSeconds.toFixed(2)} s, shown by every site's page ${run.jsSeconds.toFixed(2)} s (${run.shownByHtml} by its HTML), in the HTML of every page ${run.staticSeconds.toFixed(1)} s (${run.pagesWritten} pages written; ${run.pagesMissing} of ${run.pagesChecked} without it)`);

// 11. One event through the server: signed webhook → the warm renderer's pages served (server/event-fast-path.ts).
// Last, as the server turns dist/<slug> into links to its build folders.
stepLine('one event edited, published through the server (webhook → fast path → rebuild)');
const fastPath = await measureFastPath(env, slugs, { runs: REPEATS, now: new Date(NOW), log });
log(`  median ${fastPath.medianSeconds.toFixed(2)} s to serve (rebuild done after ${fastPath.medianServerRebuildSeconds.toFixed(1)} s); warm renderer ${fastPath.rendererRssMiB ?? '?'} MiB RSS for ${slugs.length} sites${fastPath.notUsed.length ? `; fast path not used: ${fastPath.notUsed.join('; ')}` : ''}`);

// Figures.
const coldCards = sum(cold.builds, (b) => b.report?.cards?.rendered ?? 0);
const coldCardMs = sum(cold.builds, (b) => (b.report?.cards?.rendered ?? 0) * (b.report?.cards?.msPerCard ?? 0));
const fasettHtmlMs = sum(cold.builds, (b) => b.totals.htmlMs);
const largest = [...coldSnapshots].map(([slug, files]) => ({ slug, file: largestFile(files, '.html') })).sort((a, b) => (b.file?.bytes ?? 0) - (a.file?.bytes ?? 0))[0];
const pages = sum(cold.builds, (b) => b.report?.pages ?? 0);
const cardMsCold = coldCards ? coldCardMs / coldCards : 0;
// Pages rendered with nothing else drawn (pages-only.ts); the cold build's own figure is in details.
const fasettMsPerPage = pageRendering.msPerPage;
const fasettMsPerPageCold = fasettHtmlMs / Math.max(1, fasettHtmlPages);
const figures: Figures = {
  fullBuildSeconds: cold.seconds,
  pages,
  pagesPerSecond: pages / cold.seconds,
  peakRssMiB: peak.treeMiB,
  bareAstroMsPerPage: bare.msPerPage,
  fasettMsPerPage,
  overheadRatio: fasettMsPerPage / bare.msPerPage,
  overheadRatioWithContent: pageRendering.seconds / bareSitesSeconds,
  cardsRendered: coldCards,
  cardMsCold,
  cardFloorMs: floor.msPerCard,
  cardRatio: cardMsCold / floor.msPerCard,
  warmBuildSeconds: warmSeconds,
  cardsRenderedWarm: sum([...warm.builds, ...forced.builds], (b) => b.report?.cards?.rendered ?? 0),
  warmForcedSeconds: forcedSeconds,
  oneEventSeconds: fastPath.medianSeconds,
  oneEventRebuildSeconds: oneEvent.seconds,
  pagesRewrittenOneEvent: rewrittenHtml,
  datasetLoadMs: load.loadMs,
  alertJsSeconds: median(alerts.runs.map((run) => run.jsSeconds)),
  alertServedSeconds: median(alerts.runs.map((run) => run.servedSeconds)),
  alertJsFloorSeconds: alerts.returningVisitorsFloorSeconds,
  alertStaticSeconds: median(alerts.runs.map((run) => run.staticSeconds)),
  largestPageKB: (largest?.file?.bytes ?? 0) / 1024,
};

// Where the cold build's time went, summed over the site builds (process time, not wall time).
const coldProcessSeconds = sum(cold.builds, (b) => b.seconds);
const split = {
  processSeconds: coldProcessSeconds,
  htmlPagesSeconds: fasettHtmlMs / 1000,
  cardsSeconds: coldCardMs / 1000,
  cardRoutesSeconds: sum(cold.builds, (b) => b.totals.cardRouteMs) / 1000,
  /** Putting the cards in place after the pages: drawing those no feed had drawn, linking the rest. */
  cardsPhaseSeconds: sum(cold.builds, (b) => b.log.cardsPhaseMs ?? 0) / 1000,
  feedsAndOtherRoutesSeconds: sum(cold.builds, (b) => b.totals.otherMs) / 1000,
  imagesSeconds: sum(cold.builds, (b) => b.log.imagesPhaseMs ?? 0) / 1000,
};
const accounted = split.htmlPagesSeconds + split.cardRoutesSeconds + split.cardsPhaseSeconds + split.feedsAndOtherRoutesSeconds + split.imagesSeconds;
const perSite = (builds: SiteBuild[]) =>
  builds.map((b) => ({
    site: b.slug,
    seconds: round(b.seconds),
    pages: b.report?.pages ?? 0,
    routes: b.totals.routes,
    routesSkipped: b.totals.skipped,
    htmlMs: Math.round(b.totals.htmlMs),
    cardRouteMs: Math.round(b.totals.cardRouteMs),
    otherRouteMs: Math.round(b.totals.otherMs),
    slowestPage: b.totals.slowestHtml ? `${b.totals.slowestHtml.path} ${Math.round(b.totals.slowestHtml.ms ?? 0)} ms` : undefined,
    cards: b.report?.cards,
    imagesEncoded: b.log.imagesEncoded,
    imagesReused: b.log.imagesReused,
    imagesPhaseMs: Math.round(b.log.imagesPhaseMs ?? 0),
    cardsPhaseMs: Math.round(b.log.cardsPhaseMs ?? 0),
    searchIndexReused: b.log.searchIndexReused,
    routesPhaseMs: Math.round(b.log.routesPhaseMs ?? 0),
    /** Start-up, Vite bundling, data loading in the config hooks, search index, report: the part that does not grow with pages. */
    fixedMs: Math.round(b.seconds * 1000 - (b.log.routesPhaseMs ?? 0) - (b.log.imagesPhaseMs ?? 0) - (b.log.cardsPhaseMs ?? 0)),
  }));

const results = {
  ...rounded(figures),
  measuredAt: new Date().toISOString(),
  parameters: { events, sites: siteCount, concurrency, now: NOW },
  code: { digest: code.digest, commit: code.commit },
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryMiB: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    astro: (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version,
    loadAverageAtStart: loadAtStart.map(round),
    loadAverageAtEnd: loadavg().map(round),
  },
  method: {
    fullBuildSeconds: 'wall time of building every site, one `astro build` process per site, `concurrency` at a time (as `npm run build`), with a fresh card cache, Astro cache and output folder',
    peakRssMiB: 'largest sum of VmRSS over every process the benchmark had started (builds and their children), sampled from /proc every 250 ms during the cold build; shared pages are counted once per process (details.peakMemory.treePssMiB splits them instead)',
    fasettMsPerPage: PAGES_METHOD.fasettMsPerPage,
    bareAstroMsPerPage: PAGES_METHOD.bareAstroMsPerPage,
    cardMsCold: "the build reports' msPerCard (time in cardFor for cards rendered, not taken from the cache), weighted by cards rendered",
    cardFloorMs: 'the best bare approach for the card a cold build draws most (an event\'s 1200×630 link card with its photo): one satori layout with the photo\'s box empty, one sharp rasterise to raw pixels, the photo pasted in (composite), one JPEG encode at Fasett\'s settings (quality 84, 4:4:4), within the same 300 KB limit; the photos in turn from the run\'s own pool, each cropped once per process; no title fitting, checks or cache; after a warm-up, 30 cards in each of `concurrency` processes at once; the median of a measure before and two after the cold build',
    overheadRatioWithContent: 'wall time of the pages-only build of every site (start-up, content layer and rulebook, every route, search index and precompression; cards and images from the cache) ÷ wall time of bare Astro with as many pages of the same weight as one project per site, built `concurrency` at a time: the real cost over bare Astro; medians of three runs each',
    alertJsSeconds: ALERT_METHOD.alertJsSeconds,
    alertStaticSeconds: ALERT_METHOD.alertStaticSeconds,
    alertServedSeconds: ALERT_METHOD.alertServedSeconds,
    alertJsFloorSeconds: ALERT_METHOD.alertJsFloorSeconds,
    warmBuildSeconds: 'median of three runs; wall time of `npm run build`\'s way of building every site again with nothing changed: working out each site\'s inputs (code, the documents it shows, time facts: scripts/lib/site-inputs.ts), then building those that changed (none)',
    cardsRenderedWarm: 'cards drawn in the warm build and in the forced warm build together',
    warmForcedSeconds: 'median of three runs; wall time of building every site again with nothing changed, each site built (`--force`): every card from the cache, unchanged pages from Astro\'s incremental cache — what the daily rebuild costs, when a new day changes every site\'s inputs',
    oneEventSeconds: FAST_PATH_METHOD,
    oneEventRebuildSeconds: 'wall time of `npm run build` of every site after one event\'s title was edited in the dataset, with the warm caches: working out which sites changed, building those',
    pagesRewrittenOneEvent: 'HTML pages whose bytes changed (or appeared or went away), over every site',
    datasetLoadMs: 'loadDataset() of the run\'s data.ndjson in a fresh process; median of three',
    largestPageKB: 'largest HTML file of the cold build',
  },
  details: {
    datasetGeneratedSeconds: round(dataset.generatedSeconds),
    datasetLoad: load,
    cardFloor: {
      runs: floorRuns.map((f) => round(f.msPerCard)),
      perProcess: floor.perProcess.map(round),
      photos: floorBefore.photos,
      overLimit: floorRuns.reduce((n, f) => n + f.overLimit, 0),
    },
    warmRuns: warmRuns.map((run) => round(run.seconds)),
    warmForcedRuns: forcedRuns.map((run) => round(run.seconds)),
    pagesOnlyRuns: pagesRuns.map((r) => ({ seconds: round(r.seconds), msPerPage: round(r.msPerPage) })),
    bareRuns: bareRuns.map((r) => ({ seconds: round(r.seconds), msPerPage: round(r.msPerPage) })),
    bareSitesRuns: bareSitesRuns.map((r) => round(r.seconds)),
    alertFastPath: alerts,
    peakMemory: peak,
    largestPage: largest?.file ? `${largest.slug}/${largest.file.path}` : undefined,
    averagePageKB: round(averageHtmlBytes / 1024),
    routes: sum(cold.builds, (b) => b.totals.routes),
    coldTimeSplit: {
      ...Object.fromEntries(Object.entries(split).map(([k, v]) => [k, round(v)])),
      startupBundlingSearchIndexSeconds: round(coldProcessSeconds - accounted),
    },
    imagesEncodedCold: sum(cold.builds, (b) => b.log.imagesEncoded),
    imagesReusedCold: sum(cold.builds, (b) => b.log.imagesReused),
    cold: perSite(cold.builds),
    warm: { identicalToCold: warmDifferences.length === 0, differences: warmDifferences, inputsMs: Math.round(warm.inputsMs), sitesBuilt: warm.builds.filter((b) => !b.upToDate).length },
    warmForced: { identicalToCold: forcedDifferences.length === 0, differences: forcedDifferences, sites: perSite(forced.builds) },
    oneEvent: { ...edit, sitesBuilt: rebuiltSites, sameAsWebhook: rebuiltSites.join() === edit.sites.join(), inputsMs: Math.round(oneEvent.inputsMs), rewritten: rewritten.map((r) => ({ ...r, paths: r.paths.slice(0, 50) })), sites: perSite(oneEvent.builds.filter((b) => !b.upToDate)) },
    fastPath,
    bare,
    fasettMsPerPageCold: round(fasettMsPerPageCold),
    pagesOnly: { ...pageRendering, seconds: round(pageRendering.seconds), msPerPage: round(pageRendering.msPerPage) },
    interrupt,
  },
};
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');

log(`\nFasett bench — ${events} events, ${siteCount} sites, ${cpus().length} cores, ${elapsed()} in all`);
log(formatTable(rounded(figures), atTargetScale));
if (!atTargetScale) log('  (targets are for 10,000 events and 12 sites; shown in parentheses at other sizes)');
log(
  `\n  cold build, process time by part: pages ${round(split.htmlPagesSeconds)} s, cards ${round(split.cardsSeconds)} s ` +
    `(drawn by feeds, and put in place after the pages: ${round(split.cardsPhaseSeconds)} s), feeds and other routes ${round(split.feedsAndOtherRoutesSeconds)} s, ` +
    `images ${round(split.imagesSeconds)} s, start-up/bundling/search index ${round(coldProcessSeconds - accounted)} s — of ${round(coldProcessSeconds)} s`,
);
log(`  warm build output ${warmDifferences.length ? 'DIFFERS from' : 'identical to'} the cold build's` + (interrupt ? `; rebuild after a killed build ${interrupt.identical ? 'identical to' : 'DIFFERS from'} a clean build` : ''));
log(`  → ${relative(process.cwd(), resultsFile) || resultsFile}`);

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
