/**
 * `node bench/vitals.ts` — Core Web Vitals of the event list and an event page as a visitor
 * on a mid-range phone on a slow connection sees them: Largest Contentful Paint, Cumulative
 * Layout Shift and Total Blocking Time, in Debian's Chromium with a throttled mobile profile
 * (1.6 Mbps down, 750 kbps up, 150 ms round trip; CPU 4× slower; 412×823 at 1.75×, touch).
 * Figures, never assertions; the "good" thresholds are printed beside them.
 *
 *   node bench/vitals.ts                       bydelshus, 3 cold runs per page
 *   options: --site <slug>   --runs N   --dist <folder>  (use a build there instead of building)
 *
 * Without --dist it builds the site into bench/.work/vitals/ with "now" = this moment, so the
 * page's alerts and "upcoming" agree with the browser's clock (a pinned test build would not).
 * TBT is summed over long tasks after First Contentful Paint until the page has been quiet
 * for 3 s after load — the lab approximation Lighthouse also uses (to Time to Interactive).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { readArgs, value } from '../scripts/lib/args.ts';
import { buildSites, repoRoot } from '../scripts/lib/build-sites.ts';
import { createFasettServer } from '../server/app.ts';
import { hostRoutes } from '../server/hosts.ts';
import { loadSiteConfig } from '../shared/config/site.ts';
import { launchChromium } from '../tests/support/chromium.ts';

const args = readArgs();
const site = value(args, 'site') ?? 'bydelshus';
const runs = Number(value(args, 'runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number`);

const PROFILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
};
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// 1. A build whose clock is now.
let dist = value(args, 'dist') ? resolve(value(args, 'dist')!) : join(repoRoot, 'bench/.work/vitals');
if (!value(args, 'dist')) {
  console.log(`Building ${site} into ${dist} (now = ${new Date().toISOString()}) …`);
  const env = { FASETT_DIST_DIR: dist, FASETT_NOW: new Date().toISOString() };
  const { exitCode, results } = await buildSites({ sites: [site], env, quiet: true });
  if (exitCode !== 0) {
    console.error(results.map((r) => r.output).join('\n'));
    throw new Error(`building ${site} failed`);
  }
}
if (!existsSync(join(dist, site, 'index.html'))) throw new Error(`No build of ${site} in ${dist}`);

// 2. The pages: the list, and an upcoming event with an image (its picture is the likely LCP).
const list = JSON.parse(readFileSync(join(dist, site, 'arrangementer/data.json'), 'utf8')) as { events: Array<{ url: string; image?: unknown }> };
const event = list.events.find((e) => e.image) ?? list.events[0];
const pages = [
  { name: 'arrangementsliste', path: '/arrangementer/' },
  ...(event ? [{ name: 'arrangement', path: event.url }] : []),
];

// 3. Serve it and measure.
const server = createFasettServer({ distDir: () => dist, sites: () => [site], hosts: hostRoutes([await loadSiteConfig(site)]), port: 0 });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;
const browser = await launchChromium();

/** Runs in the page before anything else: collects LCP, layout shifts, long tasks and FCP. */
const observe = () => {
  const w = window as typeof window & { __vitals: { lcp: number; cls: number; longTasks: Array<[number, number]>; fcp: number } };
  const v: typeof w.__vitals = (w.__vitals = { lcp: 0, cls: 0, longTasks: [], fcp: 0 });
  let windowStart = -Infinity;
  let lastShift = -Infinity;
  let current = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) v.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // CLS as Chrome defines it: the largest session window (gaps < 1 s, windows ≤ 5 s).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (e.hadRecentInput) continue;
      if (e.startTime - lastShift > 1000 || e.startTime - windowStart > 5000) {
        windowStart = e.startTime;
        current = 0;
      }
      current += e.value;
      lastShift = e.startTime;
      v.cls = Math.max(v.cls, current);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) v.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') v.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
};

interface Sample {
  lcp: number;
  cls: number;
  tbt: number;
  fcp: number;
  kb: number;
}

async function measure(path: string): Promise<Sample> {
  const context = await browser.newContext(PROFILE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  await page.addInitScript(observe);
  await page.goto(`http://${site}.localhost:${port}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page.waitForTimeout(3000);
  const v = await page.evaluate(() => (window as unknown as { __vitals: { lcp: number; cls: number; longTasks: Array<[number, number]>; fcp: number } }).__vitals);
  await context.close();
  const tbt = v.longTasks.filter(([start]) => start >= v.fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return { lcp: v.lcp, cls: v.cls, tbt, fcp: v.fcp, kb: bytes / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[][] = [];
try {
  for (const { name, path } of pages) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await measure(path));
      process.stdout.write('.');
    }
    const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
    rows.push([name, path, `${Math.round(m('fcp'))} ms`, `${Math.round(m('lcp'))} ms`, m('cls').toFixed(3), `${Math.round(m('tbt'))} ms`, `${Math.round(m('kb'))} KB`]);
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

const header = ['side', 'adresse', 'FCP', 'LCP', 'CLS', 'TBT', 'overført'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`\n\nCore Web Vitals, ${site}: median of ${runs} cold loads, Chromium, 1.6 Mbps / 150 ms RTT, CPU ×${CPU_SLOWDOWN}, 412×823 mobile`);
console.log(line(header));
console.log('  ' + widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('\n  good: LCP ≤ 2500 ms, CLS ≤ 0.1, TBT ≤ 200 ms (Lighthouse mobile)');
