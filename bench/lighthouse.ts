/**
 * `npm run bench:lighthouse` — Lighthouse (the npm package, mobile profile: a mid-range phone,
 * simulated slow 4G) in Debian's Chromium, headless, on the home page, the event list, an
 * event page, a campaign page and the search page of every built site, served from dist/ by
 * the project's own server. Writes bench/lighthouse.json: the four category scores, LCP, CLS
 * and TBT per page, and what the page's HTML and CSS weigh gzipped. Figures, never assertions;
 * the targets are printed beside them.
 *
 * Each page is audited three times and the median run is reported (Lighthouse's own
 * computeMedianRun, as PageSpeed Insights and Lighthouse CI pick theirs), with every run's LCP
 * beside it. One run is not a measurement: headless Chromium now and then holds a page's first
 * frame for one or two whole seconds with nothing left to do (GoogleChrome/lighthouse#17148),
 * and Lighthouse's simulation then counts every request that ended before that late paint.
 *
 *   npm run bench:lighthouse                  every site
 *   npm run bench:lighthouse -- --site x      one site
 *   --runs <n>                                runs per page (default 3)
 *   --dist <folder>                           audit a build there instead of building
 *
 * Without --dist it builds the sites into bench/.work/lighthouse/ with "now" = this moment, so
 * alerts and "upcoming" in the pages agree with the browser's clock (a build pinned to another
 * day would be corrected by the page scripts after load, and the audit would count that shift).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { readArgs, value } from '../scripts/lib/args.ts';
import { resolve } from 'node:path';
import { buildSites, repoRoot } from '../scripts/lib/build-sites.ts';
import { createFasettServer } from '../server/app.ts';
import { hostRoutes } from '../server/hosts.ts';
import { loadAllSiteConfigs } from '../shared/config/site.ts';
import { CHROMIUM, ensureChromium } from '../tests/support/chromium.ts';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 1500, cls: 0.02, htmlCssKbGzip: 60 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const args = readArgs();
const only = value(args, 'site');
const given = value(args, 'dist');
const runs = Math.max(1, Number(value(args, 'runs') ?? 3));
const dist = given ? resolve(given) : join(repoRoot, 'bench/.work/lighthouse');
const wanted = (await loadAllSiteConfigs()).filter((c) => !only || c.slug === only);
if (!given) {
  console.log(`Building ${wanted.map((c) => c.slug).join(', ')} into ${dist} (now = ${new Date().toISOString()}) …`);
  const { exitCode, results } = await buildSites({ sites: wanted.map((c) => c.slug), env: { FASETT_DIST_DIR: dist, FASETT_NOW: new Date().toISOString() }, quiet: true });
  if (exitCode !== 0) {
    console.error(results.map((r) => r.output).join('\n'));
    throw new Error('building the sites failed');
  }
}
const configs = wanted.filter((c) => existsSync(join(dist, c.slug, 'index.html')));
if (configs.length === 0) throw new Error(`No built site${only ? ` "${only}"` : ''} in ${dist}`);

/** The five audited pages of a site, found in what was built. */
function pagesOf(site: string): Array<{ name: string; path: string }> {
  const root = join(dist, site);
  const list = JSON.parse(readFileSync(join(root, 'arrangementer/data.json'), 'utf8')) as { events: Array<{ url: string; image?: unknown }> };
  const event = list.events.find((e) => e.image) ?? list.events[0];
  const campaigns = existsSync(join(root, 'kampanjer'))
    ? readdirSync(join(root, 'kampanjer'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, 'kampanjer', d.name, 'index.html'))).map((d) => d.name).sort()
    : [];
  return [
    { name: 'forside', path: '/' },
    { name: 'arrangementsliste', path: '/arrangementer/' },
    ...(event ? [{ name: 'arrangement', path: event.url }] : []),
    ...(campaigns[0] ? [{ name: 'kampanje', path: `/kampanjer/${campaigns[0]}/` }] : []),
    { name: 'søk', path: '/sok/' },
  ];
}

/** The page's HTML and its stylesheets, gzipped, in KB: what must arrive before the first paint. */
function htmlCssKb(site: string, path: string): number {
  const root = join(dist, site);
  const html = readFileSync(join(root, path.replace(/\/$/, '/index.html')));
  let bytes = gzipSync(html, { level: 9 }).length;
  for (const [, href] of html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const file = join(root, href!);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

ensureChromium();
const server = createFasettServer({ distDir: () => dist, sites: () => configs.map((c) => c.slug), hosts: hostRoutes(configs, ['localhost']), port: 0 });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  userDataDir: mkdtempSync(join(tmpdir(), 'fasett-lighthouse-')),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});

interface Row {
  site: string;
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  htmlCssKbGzip: number;
  /** Every run's LCP and observed first paint (the browser's own, before simulation), in run order. */
  runs: Array<{ lcpMs: number; observedFcpMs: number }>;
  failedAudits: string[];
}
const rows: Row[] = [];
try {
  for (const { slug } of configs) {
    for (const { name, path } of pagesOf(slug)) {
      const url = `http://${slug}.localhost:${port}${path}`;
      const lhrs: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      const lhr = computeMedianRun(lhrs) as Result;
      const metricsOf = (r: Result) => ((r.audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items?.[0] ?? {});
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const row: Row = {
        site: slug,
        page: name,
        path,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        htmlCssKbGzip: htmlCssKb(slug, path),
        runs: lhrs.map((r) => ({ lcpMs: Math.round(r.audits['largest-contentful-paint']?.numericValue ?? NaN), observedFcpMs: Math.round(metricsOf(r).observedFirstContentfulPaint ?? NaN) })),
        // What keeps a category under 100, so a low figure says where to look.
        failedAudits: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id),
      };
      rows.push(row);
      console.log(`${slug.padEnd(17)} ${name.padEnd(18)} P ${row.scores.performance} A ${row.scores.accessibility} BP ${row.scores['best-practices']} SEO ${row.scores.seo}  LCP ${row.lcpMs} ms  CLS ${row.cls}  TBT ${row.tbtMs} ms  HTML+CSS ${row.htmlCssKbGzip} KB gz  (runs: LCP ${row.runs.map((r) => r.lcpMs).join(' / ')} ms)`);
    }
  }
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.close(resolve));
}

const worst = {
  performance: Math.min(...rows.map((r) => r.scores.performance)),
  accessibility: Math.min(...rows.map((r) => r.scores.accessibility)),
  'best-practices': Math.min(...rows.map((r) => r.scores['best-practices'])),
  seo: Math.min(...rows.map((r) => r.scores.seo)),
  lcpMs: Math.max(...rows.map((r) => r.lcpMs)),
  cls: Math.max(...rows.map((r) => r.cls)),
  htmlCssKbGzip: Math.max(...rows.map((r) => r.htmlCssKbGzip)),
};
const output = {
  measuredAt: new Date().toISOString(),
  method: `Lighthouse (npm lighthouse) default mobile profile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown; Debian Chromium headless; sites built with now = the run\'s start, served by the Fasett server (precompressed files) over HTTP/1.1 on loopback; ${runs} runs per page on a 2-core machine, the median run reported (Lighthouse computeMedianRun, by FCP and TTI) and every run\'s LCP and observed first paint in runs[]. htmlCssKbGzip: the page HTML plus its stylesheets, gzip -9.`,
  lighthouseVersion: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
  targets: TARGETS,
  worst,
  pages: rows,
};
writeFileSync(join(repoRoot, 'bench/lighthouse.json'), `${JSON.stringify(output, null, 2)}\n`);
console.log(`\nWorst of ${rows.length} pages: P ${worst.performance} (≥ ${TARGETS.performance}), A ${worst.accessibility}, BP ${worst['best-practices']}, SEO ${worst.seo} (100), LCP ${worst.lcpMs} ms (≤ ${TARGETS.lcpMs}), CLS ${worst.cls} (≤ ${TARGETS.cls}), HTML+CSS ${worst.htmlCssKbGzip} KB gz (≤ ${TARGETS.htmlCssKbGzip})`);
console.log('→ bench/lighthouse.json');
