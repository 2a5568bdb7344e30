/**
 * `npm run bench:pages` — page rendering next to bare Astro again, on the folder the last
 * `npm run bench` left (.cache/bench/run-<events>-<sites>: its frozen code, dataset copy, site
 * folders and warm caches), without the half-hour cold build: every site built with its cards
 * and images from the cache and Astro's page cache empty (bench/lib/pages-only.ts), then the bare
 * project with as many pages of the same weight, both `concurrency` builds at once. Prints the
 * figures and writes them into bench/results.json (fasettMsPerPage, bareAstroMsPerPage,
 * overheadRatio; details.pagesOnly says when and how they were measured).
 *   options: --events N --sites M (default: those of bench/results.json), --concurrency N
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readArgs, value } from '../scripts/lib/args.ts';
import type { BuildEnv } from './lib/astro-build.ts';
import { bareAstro } from './lib/bare-astro.ts';
import { snapshot } from './lib/dist-snapshot.ts';
import { PAGES_METHOD, pagesOnly } from './lib/pages-only.ts';
import { repoRoot, runDirs } from './lib/work-dirs.ts';

const resultsFile = join(repoRoot, 'bench', 'results.json');
const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, any>;
const args = readArgs();
const events = Number(value(args, 'events') ?? results.parameters.events);
const siteCount = Number(value(args, 'sites') ?? results.parameters.sites);
const concurrency = Number(value(args, 'concurrency') ?? availableParallelism());
const dirs = runDirs(events, siteCount);
const root = dirs.root;
if (!existsSync(dirs.dist)) throw new Error(`No benchmark run in ${root}: run \`npm run bench -- --events ${events} --sites ${siteCount}\` first`);
const env: BuildEnv = { ...dirs, now: results.parameters.now };
const slugs = readdirSync(env.sites, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const log = (line: string) => console.log(line);
log(`Page rendering: ${slugs.length} sites of ${root}, ${concurrency} builds at a time`);

const pages = await pagesOnly(slugs, env, { concurrency, astroCache: join(root, 'astro-cache-pages'), log });
log(`  Fasett: ${pages.pages} pages in ${pages.seconds.toFixed(1)} s: ${pages.msPerPage.toFixed(2)} ms per page (${pages.cardsDrawn} cards drawn)`);
const html = slugs.flatMap((slug) => [...snapshot(join(env.dist, slug))].filter(([path]) => path.endsWith('.html')).map(([, f]) => f.bytes));
const bare = await bareAstro(dirs.bare, pages.pages, html.reduce((a, b) => a + b, 0) / html.length, log, concurrency);
log(`  bare Astro: ${bare.pages} pages in ${bare.seconds.toFixed(1)} s: ${bare.msPerPage.toFixed(2)} ms per page`);

const round = (n: number) => Math.round(n * 100) / 100;
const overheadRatio = pages.msPerPage / bare.msPerPage;
log(`  overheadRatio ${round(pages.msPerPage)} ÷ ${round(bare.msPerPage)} = ${round(overheadRatio)} (target ≤ 2)`);
// A results file from before the page step had the cold build's per-page time here.
if (results.details.fasettMsPerPageCold === undefined && results.method.fasettMsPerPage.includes('of the cold build'))
  results.details.fasettMsPerPageCold = results.fasettMsPerPage;
results.method = { ...results.method, ...PAGES_METHOD };
results.fasettMsPerPage = round(pages.msPerPage);
results.bareAstroMsPerPage = round(bare.msPerPage);
results.overheadRatio = round(overheadRatio);
results.details.bare = bare;
results.details.pagesOnly = {
  ...pages,
  seconds: round(pages.seconds),
  msPerPage: round(pages.msPerPage),
  measuredAt: new Date().toISOString(),
  how: 'npm run bench:pages on the folder of the run above (its frozen code and warm caches), after it',
};
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
log(`  → bench/results.json`);
