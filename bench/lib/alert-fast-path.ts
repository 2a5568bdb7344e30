/**
 * The alert fast path at scale: a signed publish webhook for a new critical alert on every site,
 * sent to the real server (the editors' loop and the static sites, server/) over the cold build's
 * output, then
 *
 *   alertJs      → the alert shown by a page of every site loaded in Chromium, the slowest of
 *                  the sites. Each site has a visitor of its own (a browser context) who has
 *                  been on the site before: the home page was loaded before the webhook, so the
 *                  site's stylesheets, fonts and scripts are in the browser's cache, as for
 *                  anyone who has visited the site. As soon as the site's alerts.json lists the
 *                  alert, the visitor opens an event page — a deep page the banner replacement
 *                  reaches late, so it is <alert-banner> reading alerts.json that shows it,
 *                  unless the page's HTML already carries it (each run says which);
 *   alertStatic  → the banner in the static HTML of every page of every site (the server's
 *                  banner replacement, server/alert-feeds.ts), checked by reading every page.
 *
 * The server is started first and its event renderer warmed, as on a server that has been running.
 * Each run publishes a new alert (the previous run's stays: each run changes every page again).
 * The rebuild the webhook queues is held back for the run (a debounce longer than the run): in
 * production it waits for the banners anyway (server/editor-loop.ts), so the figure is the fast
 * path as it happens. The served folders are hard-linked copies of the cold build's (the fast path
 * replaces files by rename, never in place), so the run leaves the benchmark's output alone.
 *
 * Floors, measured once before the first alert with nothing published: the same twelve
 * returning visitors opening the same pages, and twelve first visitors (empty caches) opening
 * them — what loading twelve pages in Chromium costs on this machine by itself, beside the server.
 *
 * Run as `node bench/lib/alert-fast-path.ts <options JSON>` with the build environment; prints
 * one JSON line. alertFastPath() runs it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostRequest } from './host-request.ts';

export interface AlertRun {
  alertId: string;
  /** Webhook sent → answered (alerts.json written on every site). */
  webhookSeconds: number;
  /** Webhook sent → the alert visible in an event page loaded by a returning visitor of every site (the slowest site). */
  jsSeconds: number;
  /** Webhook sent → the server has written every site's alerts.json (its own record). */
  writtenSeconds: number;
  /** Webhook sent → every site's alerts.json, asked over HTTP, lists the alert (the slowest site). */
  servedSeconds: number;
  /** Webhook sent → the first byte of every site's page (the slowest). */
  firstByteSeconds: number;
  /** Sites whose page showed the alert from its HTML (the banner replacement had reached it) rather than by its script. */
  shownByHtml: number;
  /** Webhook sent → every page's static banner replaced. */
  staticSeconds: number;
  pagesWritten: number;
  /** HTML pages with a banner that do not name the alert after the fast path (should be 0). */
  pagesMissing: number;
  pagesChecked: number;
}

export interface AlertFastPath {
  runs: AlertRun[];
  /** With nothing published: twelve returning visitors open the event pages at once → the last page's <alert-banner> has read alerts.json. */
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
  alertJsSeconds: 'signed publish webhook for a new critical alert on every site, sent to the server (editors\' loop and static sites) over a hard-linked copy of the cold build → the alert shown in an event page of every site loaded in Chromium by a returning visitor (one browser context per site that loaded the site\'s home before the webhook, so stylesheets, fonts and scripts are cached), each page opened as soon as its site\'s alerts.json lists the alert (polled over HTTP every 25 ms; the webhook\'s answer also waits for the rebuild\'s journal entry to be synced, which visitors never wait for); the slowest site; the rebuild the webhook queues held back (it waits for the banners in production); median of three alerts. The twelve pages load at once in one Chromium on the server\'s own two cores: details.alertFastPath gives the floor, the same twelve loads with nothing published, for returning and for first visitors (bench/lib/alert-fast-path.ts)',
  alertServedSeconds: 'the same webhook → every site\'s alerts.json, asked over HTTP every 25 ms from the process that runs the server (no HTTP cache), lists the alert; the slowest site; median of three alerts',
  alertJsFloorSeconds: 'with nothing published, before the first alert: the twelve returning visitors (home loaded, caches warm) open the same event pages at once → the last page\'s <alert-banner> has read alerts.json. What the twelve page loads cost in Chromium on this machine by themselves; alertJsSeconds cannot be lower',
  alertStaticSeconds: 'the same webhook → the banner in the static HTML of every page of every site (the server\'s banner replacement and the pages\' .br/.gz copies, no Astro build), every page read afterwards to check; median of three alerts',
};

const WEBHOOK_SECRET = 'bench-webhook-secret';

/** Resolves once the site's /alerts.json lists the alert (asked every 25 ms, without the HTTP cache). */
async function servedAlert(port: number, slug: string, alertId: string): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    const response = await hostRequest(port, `${slug}.localhost`, 'GET', '/alerts.json', undefined, { 'cache-control': 'no-cache' }).catch(() => undefined);
    if (response?.status === 200 && response.body.includes(`"${alertId}"`)) return;
    if (Date.now() > until) throw new Error(`${slug}'s /alerts.json never listed ${alertId}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
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

async function main(options: AlertOptions): Promise<AlertFastPath> {
  const { encodeSignatureHeader, SIGNATURE_HEADER_NAME } = await import('@sanity/webhook');
  const { loadAllSiteConfigs } = await import('../../shared/config/site.ts');
  const { createFasettServer } = await import('../../server/app.ts');
  const { hostRoutes } = await import('../../server/hosts.ts');
  const { createEditorLoop } = await import('../../server/editor-loop.ts');
  const { currentBuild } = await import('../../server/atomic-swap.ts');
  const { launchChromium } = await import('../../tests/support/chromium.ts');

  const dist = options.dist;
  const editor = await createEditorLoop({
    distDir: () => dist,
    sites: options.sites,
    webhookSecret: WEBHOOK_SECRET,
    previewSecret: 'bench-preview-secret',
    debounceMs: 60 * 60 * 1000,
    maxWaitMs: 60 * 60 * 1000,
    quiet: true,
    catchUp: false,
  });
  const configs = (await loadAllSiteConfigs()).filter((config) => options.sites.includes(config.slug));
  const server = createFasettServer({ distDir: () => dist, sites: () => options.sites, hosts: hostRoutes(configs, ['localhost']), port: 0, handlers: editor.handlers });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // A server that has been running: its event renderer is warm (server/event-fast-path.ts warms
  // one at start-up, loading every site's bundle) before any editor publishes. Sending the webhook
  // while that start-up still fills both cores measured the start-up, not the alert.
  const warmSince = performance.now();
  while (editor.fastPath && !editor.fastPath.status().warmedAt && performance.now() - warmSince < 300_000) await new Promise((resolve) => setTimeout(resolve, 250));
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
    ).then(async (tabs) => {
      // They came earlier: their pages have finished loading and drawing, on this machine's two cores
      // too, before anything is published (a visitor's phone does that work, not the server's CPU).
      if (returning) await new Promise((resolve) => setTimeout(resolve, 2000));
      return tabs;
    });
  /** Every visitor opens the site's event page at once; seconds until the last banner has read alerts.json. */
  const floor = async (returning: boolean) => {
    const tabs = await visitors(returning);
    const started = performance.now();
    await Promise.all(tabs.map(async ({ slug, page }) => {
      await page.goto(`${origin(slug)}${pages[slug]}`, { waitUntil: 'commit' });
      await page.waitForFunction(bannerReady, undefined, { timeout: 120_000 });
    }));
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(tabs.map(({ context }) => context.close()));
    return seconds;
  };
  const ndjson = join(process.env.CONTENT_DATASET!, 'data.ndjson');
  const now = new Date(options.now);
  const runs: AlertRun[] = [];
  let returningVisitorsFloorSeconds = NaN;
  let firstVisitorsFloorSeconds = NaN;
  try {
    firstVisitorsFloorSeconds = await floor(false);
    returningVisitorsFloorSeconds = await floor(true);
    console.error(`  floor, nothing published: ${options.sites.length} event pages opened at once by returning visitors ${returningVisitorsFloorSeconds.toFixed(2)} s, by first visitors ${firstVisitorsFloorSeconds.toFixed(2)} s`);
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

      // Each site's visitor has been on the site before, and their browser is running.
      const tabs = await visitors(true);
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
      // A resident opens the page whenever they do: each tab loads it as soon as its site serves the
      // alert in alerts.json (polled over HTTP, as a visitor's browser or a CDN would get it), not
      // when the webhook's answer reaches Sanity — that answer also waits for the rebuild's journal
      // entry to be synced to disk, which says nothing about what visitors see.
      const shown = await Promise.all(
        tabs.map(async ({ slug, context, page }) => {
          await servedAlert(port, slug, alertId);
          const served = (performance.now() - started) / 1000;
          const response = await page.goto(`${origin(slug)}${pages[slug]}`, { waitUntil: 'commit' });
          const loaded = (performance.now() - started) / 1000;
          await page.waitForSelector(`[data-alert-id="${alertId}"]`, { timeout: 120_000 });
          const seconds = (performance.now() - started) / 1000;
          const byHtml = (await response?.text().catch(() => ''))?.includes(`data-alert-id="${alertId}"`) ?? false;
          await context.close();
          return { seconds, loaded, served, byHtml };
        }),
      );
      const webhookSeconds = await answered;
      const write = editor.alerts.last();
      const writtenSeconds = write ? (Date.parse(write.at) + write.ms - startedAt) / 1000 : NaN;
      await editor.alerts.settled();
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
      runs.push({ alertId, webhookSeconds, jsSeconds: Math.max(...shown.map((s) => s.seconds)), writtenSeconds, servedSeconds: Math.max(...shown.map((s) => s.served)), firstByteSeconds: Math.max(...shown.map((s) => s.loaded)), shownByHtml: shown.filter((s) => s.byHtml).length, staticSeconds, pagesWritten: editor.alerts.last()?.pages?.written ?? 0, pagesMissing, pagesChecked });
      console.error(`  run ${run}: webhook ${webhookSeconds.toFixed(2)} s, alerts.json written ${writtenSeconds.toFixed(2)} s, served on all sites ${Math.max(...shown.map((s) => s.served)).toFixed(2)} s, first byte ${Math.max(...shown.map((s) => s.loaded)).toFixed(2)} s, shown on all sites ${Math.max(...shown.map((s) => s.seconds)).toFixed(2)} s (${shown.filter((s) => s.byHtml).length} of ${shown.length} by the page's HTML), static banner in every page ${staticSeconds.toFixed(1)} s (${pagesMissing} of ${pagesChecked} pages missing it)`);
    }
  } finally {
    await browser.close();
    editor.close();
    server.close();
    server.closeAllConnections();
  }
  return { runs, returningVisitorsFloorSeconds, firstVisitorsFloorSeconds, pages, sites: options.sites.length, serverRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await main(JSON.parse(process.argv[2]!) as AlertOptions);
  console.log(JSON.stringify(result));
  process.exit(0);
}
