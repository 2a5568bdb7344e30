/**
 * The alert fast path at scale: a signed publish webhook for a new critical alert on every site,
 * sent to the real server (the editors' loop and the static sites, server/) over the cold build's
 * output, then
 *
 *   alertJs      → the alert shown by a page of every site loaded in Chromium (<alert-banner>
 *                  reading alerts.json), the slowest of the sites; each tab (open before the
 *                  webhook, as a visitor's browser) loads its page as soon as its site's
 *                  alerts.json lists the alert, while the webhook may still be answering;
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
  /** Webhook sent → the alert visible in a freshly loaded page of every site (the slowest site). */
  jsSeconds: number;
  /** Webhook sent → the first byte of every site's page (the slowest). */
  firstByteSeconds: number;
  /** Webhook sent → every page's static banner replaced. */
  staticSeconds: number;
  pagesWritten: number;
  /** HTML pages with a banner that do not name the alert after the fast path (should be 0). */
  pagesMissing: number;
  pagesChecked: number;
}

export interface AlertFastPath {
  runs: AlertRun[];
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
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"runs"'));
      if (code !== 0 || !line) reject(new Error(`alert fast path failed (${code}):\n${output.slice(-4000)}`));
      else resolvePromise(JSON.parse(line) as AlertFastPath);
    });
  });
}

/** How the two figures are measured, for results.json. */
export const ALERT_METHOD = {
  alertJsSeconds: 'signed publish webhook for a new critical alert on every site, sent to the server (editors\' loop and static sites) over a hard-linked copy of the cold build → the alert shown in a page of every site loaded in Chromium as soon as that site\'s alerts.json lists the alert (polled over HTTP every 25 ms; the webhook\'s answer also waits for the rebuild\'s journal entry to be synced, which visitors never wait for), the slowest site; the rebuild the webhook queues held back (it waits for the banners in production); median of three alerts (bench/lib/alert-fast-path.ts)',
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
  const ndjson = join(process.env.CONTENT_DATASET!, 'data.ndjson');
  const now = new Date(options.now);
  const runs: AlertRun[] = [];
  try {
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

      // A visitor's browser is already running: one tab per site, open on a blank page, before the webhook.
      const tabs = await Promise.all(options.sites.map(async (slug) => ({ slug, context: await browser.newContext() })).map(async (tab) => {
        const { slug, context } = await tab;
        return { slug, context, page: await context.newPage() };
      }));
      const body = JSON.stringify({ _id: alertId, _type: 'alert', sites: null });
      const signature = await encodeSignatureHeader(body, Date.now(), WEBHOOK_SECRET);
      const started = performance.now();
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
          await page.goto(`http://${slug}.localhost:${port}/`, { waitUntil: 'commit' });
          const loaded = (performance.now() - started) / 1000;
          await page.waitForSelector(`[data-alert-id="${alertId}"]`, { timeout: 120_000 });
          const seconds = (performance.now() - started) / 1000;
          await context.close();
          return { seconds, loaded };
        }),
      );
      const webhookSeconds = await answered;
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
      runs.push({ alertId, webhookSeconds, jsSeconds: Math.max(...shown.map((s) => s.seconds)), firstByteSeconds: Math.max(...shown.map((s) => s.loaded)), staticSeconds, pagesWritten: editor.alerts.last()?.pages?.written ?? 0, pagesMissing, pagesChecked });
      console.error(`  run ${run}: webhook ${webhookSeconds.toFixed(2)} s, shown by JS on all sites ${Math.max(...shown.map((s) => s.seconds)).toFixed(2)} s, static banner in every page ${staticSeconds.toFixed(1)} s (${pagesMissing} of ${pagesChecked} pages missing it)`);
    }
  } finally {
    await browser.close();
    editor.close();
    server.close();
    server.closeAllConnections();
  }
  return { runs, sites: options.sites.length, serverRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await main(JSON.parse(process.argv[2]!) as AlertOptions);
  console.log(JSON.stringify(result));
  process.exit(0);
}
