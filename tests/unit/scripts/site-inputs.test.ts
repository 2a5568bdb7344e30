/**
 * Whether a site needs building: its input key changes with what it shows — an edited event
 * changes the keys of exactly the sites the publish webhook would rebuild — and with time only
 * when a moment in its content is reached, or a new day begins; a finished build is remembered,
 * a half-done one never is.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgetInputs, isUpToDate, rememberInputs, siteInputs } from '../../../scripts/lib/site-inputs.ts';
import { buildSites, repoRoot } from '../../../scripts/lib/build-sites.ts';
import { affectedSites } from '../../../shared/content/publication.ts';
import { loadDataset, defaultDatasetPath } from '../../../shared/content/dataset.ts';
import { osloDay } from '../../../shared/format/datetime.ts';
import { copyDataset } from '../../support/dataset-copy.ts';

const SITES = ['bydelshus', 'appelsinia', 'ibsenbiblioteket'];
const NOW = '2026-12-01T12:00:00+01:00';
const base = { CONTENT_DATASET: defaultDatasetPath(), FASETT_NOW: NOW, SANITY_PROJECT_ID: '', SANITY_DATASET: '' };
const keysAt = async (env: Record<string, string>) => (await siteInputs(repoRoot, SITES, { ...base, ...env }))!.keys;
const changed = (a: Map<string, string>, b: Map<string, string>) => SITES.filter((slug) => a.get(slug) !== b.get(slug));

const sample = await loadDataset(defaultDatasetPath());
const published = new Map(sample.documents.filter((d) => !d._id.startsWith('drafts.')).map((d) => [d._id, d]));
const before = await keysAt({});

test('the same code, content and time give the same keys, one per site', async () => {
  const again = await keysAt({});
  assert.equal([...again], [...before]);
  assert.is(new Set(before.values()).size, SITES.length);
});

test('an edited event changes the keys of exactly the sites the publish webhook rebuilds', async () => {
  const event = [...published.values()].find((d) => d._type === 'event' && Array.isArray(d.alsoOn) && d.alsoOn.length > 0)!;
  const edited = { ...event, title: `${String(event.title)} (endret)` };
  const dataset = copyDataset((docs) => docs.map((d) => (d._id === event._id ? edited : d)));
  try {
    const after = await keysAt({ CONTENT_DATASET: dataset });
    const expected = affectedSites({ changes: [{ id: event._id, before: event, after: edited }], documents: published, sites: SITES }).sites;
    assert.ok(expected.length >= 2 && expected.length < SITES.length, `the event is shown on ${expected.join(', ')}`);
    assert.equal(changed(before, after), expected);
  } finally {
    rmSync(dataset, { recursive: true, force: true });
  }
});

test('a draft changes no key', async () => {
  const dataset = copyDataset((docs) => [...docs, { _id: 'drafts.event.nytt-utkast', _type: 'event', title: 'Utkast', site: { _type: 'reference', _ref: 'site.bydelshus' } }]);
  try {
    assert.equal(changed(before, await keysAt({ CONTENT_DATASET: dataset })), []);
  } finally {
    rmSync(dataset, { recursive: true, force: true });
  }
});

test('time changes a key when an event ends, not in between', async () => {
  // An event of one site that ends later the same day in Oslo, with no other moment close by.
  const moments = [...published.values()].flatMap((d) => [d.startsAt, d.endsAt].filter((t): t is string => typeof t === 'string').map(Date.parse));
  const ending = [...published.values()]
    .filter((d) => d._type === 'event' && typeof d.endsAt === 'string')
    .map((d) => ({ doc: d, end: Date.parse(d.endsAt as string) }))
    .find(({ end }) => osloDay(new Date(end - 60_000)) === osloDay(new Date(end + 1)) && !moments.some((t) => t !== end && Math.abs(t - end) <= 60_000));
  assert.ok(ending, 'the sample has an event to try this with');
  const { doc, end } = ending!;
  const at = (ms: number) => keysAt({ FASETT_NOW: new Date(ms).toISOString() });
  const justBefore = await at(end - 60_000);
  const stillBefore = await at(end - 1);
  const atTheEnd = await at(end);
  const after = await at(end + 1);
  assert.equal(changed(justBefore, stillBefore), [], 'a minute with no moment in it changes nothing');
  const shownOn = affectedSites({ changes: [{ id: doc._id, after: doc }], documents: published, sites: SITES }).sites;
  assert.ok(changed(stillBefore, atTheEnd).length > 0, 'reaching the end is a change');
  assert.equal(changed(stillBefore, after).filter((slug) => !shownOn.includes(slug)), [], 'only the sites that show the event');
  assert.ok(changed(atTheEnd, after).length > 0, 'passing the end is a change');
});

test('a new day in Oslo changes every key ("i dag", dates)', async () => {
  const day2 = await keysAt({ FASETT_NOW: '2026-12-02T12:00:00+01:00' });
  assert.equal(changed(before, day2), SITES);
});

test('a change to a site folder changes every key (each site shows the others’ addresses)', async () => {
  const sites = mkdtempSync(join(tmpdir(), 'fasett-sites-'));
  try {
    cpSync(join(repoRoot, 'sites'), sites, { recursive: true });
    const copied = await keysAt({ FASETT_SITES_DIR: sites });
    assert.equal(changed(before, copied), [], 'the same files in another folder are the same inputs');
    appendFileSync(join(sites, 'appelsinia', 'site.config.ts'), '\n// endret\n');
    assert.equal(changed(before, await keysAt({ FASETT_SITES_DIR: sites })), SITES);
  } finally {
    rmSync(sites, { recursive: true, force: true });
  }
});

test('a live Sanity project has no keys: every site is built', async () => {
  assert.is(await siteInputs(repoRoot, SITES, { ...base, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }), undefined);
});

test('a site is up to date only after a finished build with the same key, while its output is there', () => {
  const dist = mkdtempSync(join(tmpdir(), 'fasett-stamp-'));
  try {
    const key = before.get('bydelshus')!;
    mkdirSync(join(dist, 'bydelshus'), { recursive: true });
    mkdirSync(join(dist, '_reports'), { recursive: true });
    writeFileSync(join(dist, 'bydelshus', 'index.html'), '<!doctype html>');
    writeFileSync(join(dist, '_reports', 'bydelshus.json'), '{}');
    assert.not.ok(isUpToDate(dist, 'bydelshus', key), 'never built with these inputs');
    rememberInputs(dist, 'bydelshus', key);
    assert.ok(isUpToDate(dist, 'bydelshus', key));
    assert.not.ok(isUpToDate(dist, 'bydelshus', before.get('appelsinia')), 'other inputs');
    forgetInputs(dist, 'bydelshus');
    assert.not.ok(isUpToDate(dist, 'bydelshus', key), 'a build that started and did not finish');
    rememberInputs(dist, 'bydelshus', key);
    rmSync(join(dist, 'bydelshus', 'index.html'));
    assert.not.ok(isUpToDate(dist, 'bydelshus', key), 'the output is gone');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a dataset file that cannot be read fails every site with its line number, and builds none', async () => {
  const dataset = copyDataset(() => {});
  appendFileSync(join(dataset, 'data.ndjson'), '{"_id": "event.halvskrevet", \n');
  const out = mkdtempSync(join(repoRoot, 'tests/.tmp/inputs-corrupt-'));
  try {
    const { exitCode, results } = await buildSites({ quiet: true, env: { ...base, CONTENT_DATASET: dataset, FASETT_DIST_DIR: out } });
    assert.is(exitCode, 1);
    assert.equal(results.map((r) => [r.slug, r.ok]).sort(), SITES.map((slug) => [slug, false]).sort());
    for (const r of results) assert.match(r.output, /data\.ndjson:\d+: not valid JSON/);
  } finally {
    rmSync(dataset, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

test.run();
