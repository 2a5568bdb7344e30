/**
 * Alerts on a page that is already open: within 30 s of alerts.json changing (or of an
 * alert's window opening or closing by the clock) the banner shows the new alert in its
 * place by severity, or drops the ended one; nothing else on the page moves, a critical
 * alert is role="alert" and a lesser one is announced politely.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import type { PublicAlert } from '../../shared/elements/alert-list.ts';
import { openPage, siteDir } from './visitor-support.ts';

const SITE = 'bydelshus';
let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;
let page: Page;
let served: { generatedAt: string; alerts: PublicAlert[] };
let original: typeof served;

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
  original = JSON.parse(readFileSync(join(siteDir(SITE), 'alerts.json'), 'utf8'));
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});
test.before.each(async () => {
  served = structuredClone(original);
  page = await openPage(browser);
  // alerts.json as the test says it is now: the file an editor just republished.
  await page.route('**/alerts.json', (route) => route.fulfill({ json: served, headers: { 'cache-control': 'no-store' } }));
  await page.goto(server.url(SITE, '/'));
  await page.waitForLoadState('networkidle');
});
test.after.each(async () => {
  await page.context().close();
});

const ids = () => page.locator('[data-alerts] > [data-alert-id]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.alertId));
/** The banner reads alerts.json every 30 s while the page is open. */
const halfAMinute = () => page.clock.runFor(30_000);
const critical: PublicAlert = {
  id: 'alert.test-stengt-bro',
  title: 'Brua er stengt',
  message: 'Bruk omkjøring via sentrum.',
  severity: 'critical',
  startsAt: '2026-12-01T11:00:00+01:00',
  endsAt: '2026-12-02T11:00:00+01:00',
  link: 'https://www.skien.kommune.no/',
};

test('the server-rendered alerts are there before any script', async () => {
  const before = await ids();
  assert.ok(before.length >= 1, 'the sample dataset has an active alert for every site');
  assert.is(await page.getAttribute('[data-alerts]', 'role'), 'region');
});

test('a new critical alert shows within 30 s, first, as role="alert"; the others stay untouched', async () => {
  const before = await ids();
  await page.evaluate(() => document.querySelectorAll('[data-alert-id]').forEach((n) => ((n as HTMLElement & { kept?: boolean }).kept = true)));
  served.alerts.push(critical);
  await halfAMinute();
  await page.waitForSelector(`[data-alert-id="${critical.id}"]`);
  assert.equal(await ids(), [critical.id, ...before]);
  assert.is(await page.getAttribute(`[data-alert-id="${critical.id}"]`, 'role'), 'alert');
  assert.match((await page.textContent(`[data-alert-id="${critical.id}"]`)) ?? '', /Beredskap: Brua er stengt/);
  const kept = await page.evaluate(() => [...document.querySelectorAll('[data-alert-id]')].filter((n) => (n as HTMLElement & { kept?: boolean }).kept).length);
  assert.is(kept, before.length, 'existing alerts are the same nodes, not redrawn');
});

test('a new lesser alert is announced politely, not as role="alert", and is a service notice, not "Beredskap"', async () => {
  served.alerts.push({ ...critical, id: 'alert.test-info', severity: 'info', title: 'Nye åpningstider' });
  served.alerts.push({ ...critical, id: 'alert.test-warning', severity: 'warning', title: 'Vannlekkasje: biblioteket er stengt' });
  await halfAMinute();
  await page.waitForSelector('[data-alert-id="alert.test-info"]');
  assert.is(await page.getAttribute('[data-alert-id="alert.test-info"]', 'role'), null);
  assert.match((await page.textContent('[data-alert-id="alert.test-info"]')) ?? '', /^\s*Driftsmelding: Nye åpningstider/);
  assert.match((await page.textContent('[data-alert-id="alert.test-warning"]')) ?? '', /^\s*Viktig melding: Vannlekkasje/);
  assert.match((await page.textContent('[data-alert-status]')) ?? '', /Nytt varsel: .*Nye åpningstider/);
});

test('an alert taken out of alerts.json goes within 30 s', async () => {
  const [gone, ...rest] = await ids();
  served.alerts = served.alerts.filter((a) => a.id !== gone);
  await halfAMinute();
  await page.waitForFunction((id) => !document.querySelector(`[data-alert-id="${id}"]`), gone);
  assert.equal(await ids(), rest);
  if (rest.length === 0) assert.is(await page.getAttribute('[data-alerts]', 'role'), null, 'no empty landmark');
});

test('an alert whose window closes goes by the browser clock, even if the file does not change', async () => {
  const warning = original.alerts.find((a) => a.endsAt && a.severity === 'warning')!;
  assert.ok((await ids()).includes(warning.id));
  await page.clock.setSystemTime(new Date(new Date(warning.endsAt!).getTime() + 1_000));
  await halfAMinute();
  await page.waitForFunction((id) => !document.querySelector(`[data-alert-id="${id}"]`), warning.id);
});

test('the `now` attribute pins the clock (a hook for tests and previews)', async () => {
  const [first] = await ids();
  const alert = original.alerts.find((a) => a.id === first)!;
  await page.evaluate((at) => document.querySelector('alert-banner')!.setAttribute('now', at), new Date(new Date(alert.endsAt!).getTime() + 1_000).toISOString());
  await page.waitForFunction((id) => !document.querySelector(`[data-alert-id="${id}"]`), first);
});

test('a page opened after a new alert shows it at once, from one read of alerts.json that starts before the banner\'s script', async () => {
  const fresh = await openPage(browser);
  const now = structuredClone(original);
  now.alerts.push(critical);
  const requests: string[] = [];
  fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await fresh.route('**/alerts.json', (route) => route.fulfill({ json: now, headers: { 'cache-control': 'public, max-age=0, must-revalidate' } }));
  await fresh.goto(server.url(SITE, '/'));
  await fresh.waitForSelector(`[data-alert-id="${critical.id}"]`, { timeout: 5_000 });
  await fresh.waitForLoadState('networkidle');
  // The page preloads the file from its <head>, and the banner's first read is that response:
  // one request, made before the banner's script (and Lit with it) is even asked for.
  const reads = requests.filter((path) => path === '/alerts.json');
  assert.is(reads.length, 1, `alerts.json read ${reads.length} times`);
  const script = requests.findIndex((path) => /\/_astro\/AlertBanner\.[^/]*\.js$/.test(path));
  assert.ok(script > 0, `the banner's script was loaded: ${requests.join(', ')}`);
  assert.ok(requests.indexOf('/alerts.json') < script, `alerts.json is asked for before the banner's script: ${requests.join(', ')}`);
  await fresh.context().close();
});

test('a tab shown again reads alerts.json at once, without waiting for the next 30 s', async () => {
  served.alerts.push(critical);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForSelector(`[data-alert-id="${critical.id}"]`, { timeout: 5_000 });
});

test('when nothing changed, nothing on the page moves', async () => {
  const top = () => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top);
  const before = await top();
  await halfAMinute();
  await halfAMinute();
  await page.waitForLoadState('networkidle');
  assert.is(await top(), before);
});

test.run();
