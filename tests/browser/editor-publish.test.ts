/**
 * The publish loop with real builds: a signed webhook after an edit to (a copy of) the
 * dataset makes the served page change, rebuilds only the sites the document touches,
 * and the page answers 200 throughout; a forged webhook changes nothing; a burst of
 * twenty becomes at most two builds and every change arrives. Prints the figures: time
 * from webhook to the changed page being served, for an event and for an alert on every site.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites, repoRoot } from '../../scripts/lib/build-sites.ts';
import { startEditorFixture, waitFor, type EditorFixture } from './editor-fixture.ts';

const EVENT = 'event.bydelshus.julemarked-pa-gulset-bydelshus';
const EVENT_PATH = '/arrangementer/julemarked-pa-gulset-bydelshus/';
const ALERT = 'alert.glatte-veier-og-forsinket-broyting';
const BUILD_TIMEOUT = 240_000;

let fx: EditorFixture;
const figures: string[] = [];

test.before(async () => {
  fx = await startEditorFixture();
});
test.after(async () => {
  await fx?.close();
  if (figures.length) console.log(`\nFigures (sample dataset, FASETT_NOW=${process.env.FASETT_NOW}):\n${figures.join('\n')}\n`);
});

/** Polls a page while `until` is pending; returns every status seen. */
async function pollDuring(site: string, path: string, until: Promise<unknown>): Promise<number[]> {
  const statuses: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    statuses.push((await fx.get(site, path)).status);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return statuses;
}

test('a forged or missing signature: 401, and nothing is rebuilt', async () => {
  fx.edit(EVENT, (doc) => ({ ...doc, title: 'Forfalsket tittel' }));
  const forged = await fx.webhook({ _id: EVENT, _type: 'event', site: 'site.bydelshus' }, 'not-the-secret');
  const missing = await fx.webhook({ _id: EVENT, _type: 'event', site: 'site.bydelshus' }, null);
  assert.is(forged.status, 401);
  assert.is(missing.status, 401);
  await new Promise((resolve) => setTimeout(resolve, 700));
  assert.is(fx.editor.queue.pending(), undefined);
  assert.is(fx.editor.queue.running(), undefined);
  assert.is(fx.editor.log.jobs(), 0);
  assert.not.match((await fx.get('bydelshus', EVENT_PATH)).body, 'Forfalsket tittel');
});

test('a signed webhook for an edited event: its page changes, only its site is rebuilt, 200 throughout', async () => {
  const title = 'Julemarked på Gulset – nå med pepperkakeverksted';
  fx.edit(EVENT, (doc) => ({ ...doc, title }));
  const started = performance.now();
  const response = await fx.webhook({ _id: EVENT, _type: 'event', site: 'site.bydelshus', alsoOn: null });
  assert.is(response.status, 202);
  assert.equal((response.body as { rebuilding: string[] }).rebuilding, ['bydelshus']);
  const served = waitFor(async () => (await fx.get('bydelshus', EVENT_PATH)).body.includes(title), BUILD_TIMEOUT);
  const statuses = await pollDuring('bydelshus', EVENT_PATH, served);
  const ms = await served;
  figures.push(`  webhook → changed page served, one event (bydelshus):  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(statuses.length > 3, 'the page was polled during the rebuild');
  assert.ok(statuses.every((status) => status === 200), `statuses during the rebuild: ${[...new Set(statuses)].join(', ')}`);
  assert.ok(ms > 0);
  await fx.editor.queue.idle();
  const sites = fx.editor.log.sites();
  assert.is(sites.bydelshus?.builds, 1);
  assert.is(sites.appelsinia?.builds, 0);
  assert.is(sites.ibsenbiblioteket?.builds, 0);
  const status = fx.editor.status();
  assert.equal(status.recent[0]?.sites.map((s) => s.site), ['bydelshus']);
  assert.ok((status.recent[0]?.sites[0]?.pages ?? 0) > 10, 'the status says how many pages were built');
  assert.match(status.recent[0]!.reasons.join(' '), EVENT);
});

test('a signed webhook for an alert on every site rebuilds every site and the banner changes everywhere', async () => {
  const title = 'Glatte veier – strøbil er på vei';
  fx.edit(ALERT, (doc) => ({ ...doc, title }));
  const started = performance.now();
  const rebuildsBefore = fx.editor.log.recent().length;
  const response = await fx.webhook({ _id: ALERT, _type: 'alert', sites: null });
  assert.equal((response.body as { rebuilding: string[] }).rebuilding, ['appelsinia', 'bydelshus', 'ibsenbiblioteket']);
  // The fast path: when the webhook answers, every site's alerts.json already says it — no build has finished.
  const feeds = await Promise.all(['appelsinia', 'bydelshus', 'ibsenbiblioteket'].map((site) => fx.get(site, '/alerts.json')));
  figures.push(`  webhook → alerts.json changed on all 3 sites (alert fast path): ${((performance.now() - started) / 1000).toFixed(2)} s`);
  assert.is(fx.editor.log.recent().length, rebuildsBefore, 'no rebuild had finished');
  for (const feed of feeds) {
    assert.is(feed.status, 200);
    assert.ok((JSON.parse(feed.body) as { alerts: Array<{ title: string }> }).alerts.some((alert) => alert.title === title), 'alerts.json lists the new title');
  }
  assert.equal(fx.editor.status().alertFastPath?.written, ['appelsinia', 'bydelshus', 'ibsenbiblioteket']);
  // Then the static banner, for visitors without JavaScript: replaced in every served page, without rendering one.
  await fx.editor.alerts.settled();
  const pages = fx.editor.status().alertFastPath?.pages;
  assert.ok(pages && pages.written > 300, `every page of the three sites had its banner replaced (${pages?.written})`);
  figures.push(`  webhook → banner in the static HTML of all ${pages.written} pages (alert fast path): ${((performance.now() - started) / 1000).toFixed(2)} s`);
  for (const site of ['appelsinia', 'bydelshus', 'ibsenbiblioteket']) {
    for (const path of ['/', '/arrangementer/']) assert.ok((await fx.get(site, path)).body.includes(title), `${site}${path}: the banner says it`);
  }
  const everywhere = waitFor(async () => {
    const pages = await Promise.all(['appelsinia', 'bydelshus', 'ibsenbiblioteket'].map((site) => fx.get(site, '/')));
    return pages.every((page) => page.body.includes(title));
  }, BUILD_TIMEOUT);
  const statuses = await pollDuring('ibsenbiblioteket', '/', everywhere);
  await everywhere;
  figures.push(`  webhook → changed page served, one alert (all 3 sites): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(statuses.every((status) => status === 200));
  await fx.editor.queue.idle();
  const outcome = fx.editor.log.recent()[0]!;
  figures.push(`    (that rebuild: ${outcome.sites.map((s) => `${s.site} ${s.pages} pages ${s.seconds.toFixed(1)} s`).join(', ')}; ${outcome.seconds.toFixed(1)} s in all)`);
});

test('an alert whose window has closed is never written, by the fast path or the rebuild', async () => {
  fx.edit(ALERT, (doc) => ({ ...doc, title: 'Glatte veier – over', startsAt: '2026-11-20T08:00:00+01:00', endsAt: '2026-11-21T08:00:00+01:00' }));
  const response = await fx.webhook({ _id: ALERT, _type: 'alert', sites: null });
  assert.is(response.status, 202);
  for (const site of ['appelsinia', 'bydelshus', 'ibsenbiblioteket']) {
    const feed = JSON.parse((await fx.get(site, '/alerts.json')).body) as { alerts: Array<{ id: string }> };
    assert.not.ok(feed.alerts.some((alert) => alert.id === ALERT), `${site}: the closed alert is gone from alerts.json at once`);
  }
  await fx.editor.queue.idle();
  for (const site of ['appelsinia', 'bydelshus', 'ibsenbiblioteket']) {
    assert.not.ok((await fx.get(site, '/alerts.json')).body.includes(ALERT), `${site}: not after the rebuild either`);
    assert.not.ok((await fx.get(site, '/')).body.includes('Glatte veier – over'), `${site}: no banner`);
  }
});

test('twenty webhooks in a burst give at most two builds, and every change is served', async () => {
  const events = [...fx.editor.content.documents().values()]
    .filter((doc) => doc._type === 'event' && (doc.site as { _ref?: string })?._ref === 'site.bydelshus' && !doc.alsoOn && !String(doc._id).includes('julemarked'))
    .slice(0, 20);
  assert.is(events.length, 20);
  const jobsBefore = fx.editor.log.jobs();
  const titles = new Map<string, string>();
  const sent: Array<Promise<unknown>> = [];
  for (const [i, event] of events.entries()) {
    const title = `${String(event.title)} (endret ${i + 1})`;
    titles.set(String((event.slug as { current: string }).current), title);
    fx.edit(event._id, (doc) => ({ ...doc, title }));
    sent.push(fx.webhook({ _id: event._id, _type: 'event', site: 'site.bydelshus' }));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Promise.all(sent);
  await waitFor(async () => !fx.editor.queue.pending() && !fx.editor.queue.running(), BUILD_TIMEOUT, 200);
  const builds = fx.editor.log.jobs() - jobsBefore;
  assert.ok(builds >= 1 && builds <= 2, `${builds} builds for 20 webhooks`);
  for (const [slug, title] of titles) {
    const page = await fx.get('bydelshus', `/arrangementer/${slug}/`);
    assert.is(page.status, 200);
    assert.ok(page.body.includes(title.replace(/&/g, '&amp;')), `${slug} shows «${title}»`);
  }
  figures.push(`  twenty webhooks in a burst: ${builds} build${builds === 1 ? '' : 's'}`);
});

test('a failed build leaves the last good build served, and says so', async () => {
  const before = (await fx.get('bydelshus', EVENT_PATH)).body;
  const ndjson = join(fx.dataset, 'data.ndjson');
  const good = readFileSync(ndjson, 'utf8');
  writeFileSync(ndjson, `${good}{"_id": "event.halvskrevet", \n`);
  const response = await fx.webhook({ _id: EVENT, _type: 'event', site: 'site.bydelshus' });
  assert.equal((response.body as { rebuilding: string[] }).rebuilding, ['bydelshus'], 'the webhook alone still names the site');
  await waitFor(() => fx.editor.log.sites().bydelshus?.last?.ok === false, BUILD_TIMEOUT, 200);
  const site = fx.editor.status().sites.bydelshus!;
  assert.match(site.last!.error!, /not valid JSON|data\.ndjson/);
  assert.ok(site.lastGood, 'the last good build is still known');
  const now = await fx.get('bydelshus', EVENT_PATH);
  assert.is(now.status, 200);
  assert.is(now.body, before, 'the same page is served as before the failed build');
  writeFileSync(ndjson, good);
});

// FASETT_FIGURES=1: also time a full build of every site (what `npm run build` does), for comparison.
if (process.env.FASETT_FIGURES) {
  test('figure: a full build of every site', async () => {
    const dist = mkdtempSync(join(repoRoot, 'tests/.tmp/full-build-'));
    const started = performance.now();
    const { exitCode, results } = await buildSites({ quiet: true, env: { FASETT_DIST_DIR: dist } });
    assert.is(exitCode, 0);
    figures.push(`  full build of every site (npm run build):              ${((performance.now() - started) / 1000).toFixed(1)} s  (${results.map((r) => `${r.slug} ${r.seconds.toFixed(1)} s`).join(', ')})`);
    rmSync(dist, { recursive: true, force: true });
  });
}

test.run();
