/**
 * The alert fast path at scale: a signed publish webhook for a new critical alert on every site,
 * sent to the real server (the editors' loop and the static sites, server/, in a process of its
 * own: bench/lib/alert-server.ts) over the cold build's output, then
 *
 *   alertServed  → every site's alerts.json, asked over HTTP, lists the alert (the slowest site);
 *   alertJs      → the alert shown by an event page of every site loaded in Chromium, the slowest
 *                  of the sites. Each site has a visitor of its own (a browser context) who has
 *                  been on the site before: the home page was loaded before the webhook, so the
 *                  site's stylesheets, fonts and scripts are in the browser's cache, as for anyone
 *                  who has visited the site. Residents open pages on devices of their own, so the
 *                  twelve page loads are taken one at a time, each with the browser to itself,
 *                  while the server works on (its banner pass runs): a site's figure is when its
 *                  alerts.json was served plus how long its event page then took to show the
 *                  alert — from the page's HTML if the banner pass had reached it, else by
 *                  <alert-banner> reading alerts.json (each run says which);
 *   alertStatic  → the banner in the static HTML of every page of every site (the server's
 *                  banner replacement, server/alert-feeds.ts), checked by reading every page.
 *
 * The server's event renderer is warmed first, as on a server that has been running. Each run
 * publishes a new alert (the previous run's stays: each run changes every page again). The rebuild
 * the webhook queues is held back for the run (a debounce longer than the run): in production it
 * waits for the banners anyway (server/editor-loop.ts), so the figure is the fast path as it
 * happens. The served folders are hard-linked copies of the cold build's (the fast path replaces
 * files by rename, never in place), so the run leaves the benchmark's output alone.
 *
 * Floors, measured once before the first alert with nothing published: the same twelve returning
 * visitors opening the same pages one at a time, the slowest page until its banner has read
 * alerts.json, and the same for twelve first visitors (empty caches) — what a page load costs in
 * Chromium on this machine by itself, beside the server.
 *
 * Run as `node bench/lib/alert-fast-path.ts <options JSON>` with the build environment; prints
 * one JSON line. alertFastPath() runs it.
 */
import { fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AlertFeedsWrite } from '../../server/alert-feeds.ts';
import type { AlertServerQuestion } from './alert-server.ts';
import { hostRequest } from './host-request.ts';
import { machineQuiet } from './machine-quiet.ts';

export interface AlertRun {
  alertId: string;
  /** Webhook sent → answered (alerts.json written on every site). */
  webhookSeconds: number;
  /** Webhook sent → the alert visible in an event page loaded by a returning visitor of every site, as soon as the site served it (the slowest site). */
  jsSeconds: number;
  /** Webhook sent → the server has written every site's alerts.json (its own record). */
  writtenSeconds: number;
  /** Webhook sent → every site's alerts.json, asked over HTTP, lists the alert (the slowest site). */
  servedSeconds: number;
  /** Webhook sent → the first byte of every site's event page, loaded as soon as the site served the alert (the slowest). */
  firstByteSeconds: number;
  /** Sites whose page showed the alert from its HTML (the banner replacement had reached it) rather than by its script. */
  shownByHtml: number;
  /** Webhook sent → every page's static banner replaced. */
  staticSeconds: number;
  pagesWritten: number;
  /** HTML pages with a banner that do not name the alert after the fast path (should be 0). */
  pagesMissing: number;
  pagesChecked: number;
  /** The machine's idle CPU share just before the webhook (the benchmark waits for ≥ 0.9, 30 s at most). */
  idleShare: number;
  /** Each site's own figures (seconds from the webhook): alerts.json served, the event page's first byte, the alert shown. */
  bySite: Record<string, { served: number; firstByte: number; shown: number; byHtml: boolean }>;
}

export interface AlertFastPath {
  runs: AlertRun[];
  /** With nothing published: twelve returning visitors open the event pages one at a time → the slowest page until its <alert-banner> has read alerts.json. */
  returningVisitorsFloorSeconds: number;
  /** The same for twelve first visitors (empty caches). */
  firstVisitorsFloorSeconds: number;
  /** The event page each site's visitor opens. */
  pages: Record<string, string>;
  sites: number;
  serverRssMiB: number;
}

export interface AlertOptions {
  dist: string;
  sites: string[];
  runs: number;
  now: string;
}

export function alertFastPath(options: AlertOptions, codeRoot: string, env: NodeJS.ProcessEnv): Promise<AlertFastPath> {
  return new Promise((resolvePromise, reject) => {
    const script = join(codeRoot, 'bench', 'lib', 'alert-fast-path.ts');
    const child = spawn(process.execPath, [script, JSON.stringify(options)], { cwd: codeRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    // Its progress lines, as they come: a run takes a minute.
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"runs"'));
      if (code !== 0 || !line) reject(new Error(`alert fast path failed (${code}):\n${output.slice(-4000)}`));
      else resolvePromise(JSON.parse(line) as AlertFastPath);
    });
  });
}

/** How the two figures are measured, for results.json. */
export const ALERT_METHOD = {
  alertJsSeconds: 'signed publish webhook for a new critical alert on every site, sent to the server (editors\' loop and static sites, in a process of its own) over a hard-linked copy of the cold build → the alert shown in an event page of every site loaded in Chromium by a returning visitor (one browser context per site that loaded the site\'s home before the webhook, so stylesheets, fonts and scripts are cached). A site\'s figure is when its alerts.json was served (alertServedSeconds, per site) plus how long its event page, opened with the browser to itself, took to show the alert: residents open pages on devices of their own, so the twelve loads are taken one at a time, not twelve at once on the server\'s two cores, while the server works on (the banner pass runs). The slowest site; the rebuild the webhook queues held back (it waits for the banners in production); median of three alerts. details.alertFastPath gives the floor, the same page loads with nothing published (bench/lib/alert-fast-path.ts)',
  alertServedSeconds: 'the same webhook → every site\'s alerts.json, asked over HTTP every 100 ms from the benchmark\'s process (not the server\'s; no HTTP cache), lists the alert; the slowest site; median of three alerts',
  alertJsFloorSeconds: 'with nothing published, before the first alert: the twelve returning visitors (home loaded, caches warm) open the same event pages one at a time → the slowest page until its <alert-banner> has read alerts.json. What one page load costs in Chromium on this machine by itself; alertJsSeconds − alertServedSeconds cannot be lower',
  alertStaticSeconds: 'the same webhook → the banner in the static HTML of every page of every site (the server\'s banner replacement and the pages\' .br/.gz copies, no Astro build), every page read afterwards to check; median of three alerts',
};

const WEBHOOK_SECRET = 'bench-webhook-secret';

/** Resolves once the site's /alerts.json lists the alert (asked every 100 ms, without the HTTP cache). */
async function servedAlert(port: number, slug: string, alertId: string): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    const response = await hostRequest(port, `${slug}.localhost`, 'GET', '/alerts.json', undefined, { 'cache-control': 'no-cache' }).catch(() => undefined);
    if (response?.status === 200 && response.body.includes(`"${alertId}"`)) return;
    if (Date.now() > until) throw new Error(`${slug}'s /alerts.json never listed ${alertId}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An event page of the site: the first event its event list's data names. */
function eventPageOf(folder: string): string {
  const data = JSON.parse(readFileSync(join(folder, 'arrangementer', 'data.json'), 'utf8')) as { events: Array<{ url: string }> };
  const url = data.events[0]?.url;
  if (!url) throw new Error(`${folder} lists no event`);
  return new URL(url, 'http://x').pathname;
}

/** True once the page's <alert-banner> has read alerts.json and drawn what it lists. */
const bannerReady = () => (document.querySelector('alert-banner') as (Element & { hasUpdated?: boolean }) | null)?.hasUpdated === true;

function htmlPages(root: string, out: string[] = []): string[] {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || ['pagefind', '_astro', 'kort'].includes(entry.name)) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) htmlPages(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The benchmark's server, in a process of its own (bench/lib/alert-server.ts), and the questions it answers. */
async function startServer(options: AlertOptions) {
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'alert-server.ts'), [JSON.stringify({ dist: options.dist, sites: options.sites, webhookSecret: WEBHOOK_SECRET })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (answer: unknown) => void>();
  let asked = 0;
  let stopped: Error | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (message: { port?: number; id?: number; answer?: unknown }) => {
      if (message.port) resolve(message.port);
      else if (message.id !== undefined) waiting.get(message.id)?.(message.answer);
    });
    // A server that dies mid-run fails the questions still waiting, rather than hanging the bench.
    child.once('exit', (code) => {
      stopped = new Error(`the benchmark's server stopped (${code})`);
      reject(stopped);
      for (const answer of waiting.values()) answer(stopped);
    });
  });
  const ask = <T>(question: AlertServerQuestion['ask']) =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = ++asked;
      waiting.set(id, (answer) => (waiting.delete(id), answer === stopped ? reject(stopped) : resolve(answer as T)));
      child.send({ id, ask: question } satisfies AlertServerQuestion);
    });
  return {
    port,
    last: () => ask<AlertFeedsWrite | null>('last'),
    settled: () => ask<null>('settled'),
    rssMiB: () => ask<number>('rss'),
    stop: () => new Promise<void>((resolve) => (stopped || !child.connected ? resolve() : (child.once('exit', () => resolve()), child.disconnect()))),
  };
}

async function main(options: AlertOptions): Promise<AlertFastPath> {
  const { encodeSignatureHeader, SIGNATURE_HEADER_NAME } = await import('@sanity/webhook');
  const { currentBuild } = await import('../../server/atomic-swap.ts');
  const { launchChromium } = await import('../../tests/support/chromium.ts');

  const dist = options.dist;
  const server = await startServer(options);
  const port = server.port;
  const browser = await launchChromium();
  const folderOf = (slug: string) => currentBuild(dist, slug) ?? join(dist, slug);
  const pages = Object.fromEntries(options.sites.map((slug) => [slug, eventPageOf(folderOf(slug))]));
  const origin = (slug: string) => `http://${slug}.localhost:${port}`;
  /** One visitor per site, in a context of their own; a returning one has loaded the site's home first. */
  const visitors = (returning: boolean) =>
    Promise.all(
      options.sites.map(async (slug) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        if (returning) {
          await page.goto(`${origin(slug)}/`, { waitUntil: 'networkidle' });
          await page.waitForFunction(bannerReady, undefined, { timeout: 120_000 });
        }
        return { slug, context, page };
      }),
    );
  type Tab = Awaited<ReturnType<typeof visitors>>[number];
  /** The visitor opens the site's event page: seconds to its first byte and to `shown` (in the page). */
  const open = async ({ slug, page }: Tab, shown: () => Promise<unknown>) => {
    const started = performance.now();
    const response = await page.goto(`${origin(slug)}${pages[slug]}`, { waitUntil: 'commit' });
    const firstByte = (performance.now() - started) / 1000;
    await shown();
    return { firstByte, seconds: (performance.now() - started) / 1000, html: (await response?.text().catch(() => '')) ?? '' };
  };
  /** With nothing published, each visitor in turn opens the event page: the slowest page's seconds until its banner has read alerts.json. */
  const floor = async (returning: boolean) => {
    const tabs = await visitors(returning);
    await machineQuiet();
    let slowest = 0;
    for (const tab of tabs) slowest = Math.max(slowest, (await open(tab, () => tab.page.waitForFunction(bannerReady, undefined, { timeout: 120_000 }))).seconds);
    await Promise.all(tabs.map(({ context }) => context.close()));
    return slowest;
  };
  const ndjson = join(process.env.CONTENT_DATASET!, 'data.ndjson');
  const now = new Date(options.now);
  const runs: AlertRun[] = [];
  let returningVisitorsFloorSeconds = NaN;
  let firstVisitorsFloorSeconds = NaN;
  let serverRssMiB = NaN;
  try {
    firstVisitorsFloorSeconds = await floor(false);
    returningVisitorsFloorSeconds = await floor(true);
    console.error(`  floor, nothing published: the slowest site's event page opened by a returning visitor ${returningVisitorsFloorSeconds.toFixed(2)} s, by a first visitor ${firstVisitorsFloorSeconds.toFixed(2)} s`);
    for (let run = 1; run <= options.runs; run++) {
      const alertId = `alert.bench-beredskap-${run}`;
      const alert = {
        _id: alertId,
        _type: 'alert',
        _createdAt: now.toISOString(),
        _updatedAt: now.toISOString(),
        title: `Stengt vei ${run}: bruk omkjøring`,
        message: 'Fylkesvei 32 er stengt etter et ras. Følg skiltingen.',
        severity: 'critical',
        // Open at the pinned time the server builds for and at the browser's own clock alike.
        startsAt: new Date(Math.min(now.getTime(), Date.now()) - 3600_000).toISOString(),
        endsAt: new Date(Math.max(now.getTime(), Date.now()) + 86_400_000).toISOString(),
      };
      // The editor publishes in the Studio: the document is in the content before the webhook comes.
      const partial = `${ndjson}.bench.tmp`;
      writeFileSync(partial, `${readFileSync(ndjson, 'utf8').trimEnd()}\n${JSON.stringify(alert)}\n`);
      renameSync(partial, ndjson);

      // Each site's visitor has been on the site before, and their browser is running; the pages
      // they loaded have finished their work, so the server has the machine as it would in town.
      const tabs = await visitors(true);
      const idleShare = await machineQuiet();
      const body = JSON.stringify({ _id: alertId, _type: 'alert', sites: null });
      const signature = await encodeSignatureHeader(body, Date.now(), WEBHOOK_SECRET);
      const started = performance.now();
      const startedAt = Date.now();
      const answered = fetch(`http://127.0.0.1:${port}/api/publish`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      }).then(async (response) => {
        if (response.status !== 202) throw new Error(`the webhook answered ${response.status}: ${await response.text()}`);
        return (performance.now() - started) / 1000;
      });
      // When each site serves the alert in alerts.json, as a visitor's browser or a CDN would get
      // it — not when the webhook's answer reaches Sanity, which also waits for the rebuild's
      // journal entry to be synced to disk and says nothing about what visitors see.
      const served = await Promise.all(tabs.map(async ({ slug }) => (await servedAlert(port, slug, alertId), (performance.now() - started) / 1000)));
      // Each resident opens the event page on a device of their own: the page loads are taken one
      // at a time, each with the browser to itself, while the server works on as it does (the
      // banner pass runs). A site's figure is when its alerts.json was served plus how long its
      // page then took to show the alert.
      const shown: Array<{ slug: string; seconds: number; firstByte: number; byHtml: boolean }> = [];
      for (const [index, tab] of tabs.entries()) {
        const opened = await open(tab, () => tab.page.waitForSelector(`[data-alert-id="${alertId}"]`, { timeout: 120_000 }));
        shown.push({ slug: tab.slug, seconds: served[index]! + opened.seconds, firstByte: served[index]! + opened.firstByte, byHtml: opened.html.includes(`data-alert-id="${alertId}"`) });
        await tab.context.close();
      }
      const webhookSeconds = await answered;
      const write = await server.last();
      const writtenSeconds = write ? (Date.parse(write.at) + write.ms - startedAt) / 1000 : NaN;
      await server.settled();
      const staticSeconds = (performance.now() - started) / 1000;
      let pagesMissing = 0;
      let pagesChecked = 0;
      for (const slug of options.sites) {
        for (const file of htmlPages(currentBuild(dist, slug) ?? join(dist, slug))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('<!--fasett:alerts-->')) continue;
          pagesChecked++;
          if (!html.includes(`data-alert-id="${alertId}"`)) pagesMissing++;
        }
      }
      const slowest = (values: number[]) => Math.max(...values);
      runs.push({ alertId, webhookSeconds, jsSeconds: slowest(shown.map((s) => s.seconds)), writtenSeconds, servedSeconds: slowest(served), firstByteSeconds: slowest(shown.map((s) => s.firstByte)), shownByHtml: shown.filter((s) => s.byHtml).length, staticSeconds, pagesWritten: (await server.last())?.pages?.written ?? 0, pagesMissing, pagesChecked, idleShare, bySite: Object.fromEntries(shown.map((s, index) => [s.slug, { served: served[index]!, firstByte: s.firstByte, shown: s.seconds, byHtml: s.byHtml }])) });
      console.error(`  run ${run}: webhook ${webhookSeconds.toFixed(2)} s, alerts.json written ${writtenSeconds.toFixed(2)} s, served on all sites ${slowest(served).toFixed(2)} s, first byte ${slowest(shown.map((s) => s.firstByte)).toFixed(2)} s, shown on all sites ${slowest(shown.map((s) => s.seconds)).toFixed(2)} s (${shown.filter((s) => s.byHtml).length} of ${shown.length} by the page's HTML), static banner in every page ${staticSeconds.toFixed(1)} s (${pagesMissing} of ${pagesChecked} pages missing it); the machine ${Math.round(idleShare * 100)} % idle before the webhook`);
    }
    serverRssMiB = await server.rssMiB();
  } finally {
    await browser.close();
    await server.stop();
  }
  return { runs, returningVisitorsFloorSeconds, firstVisitorsFloorSeconds, pages, sites: options.sites.length, serverRssMiB };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await main(JSON.parse(process.argv[2]!) as AlertOptions);
  console.log(JSON.stringify(result));
  process.exit(0);
}
