/** What changed: the dataset on disk read again, a live project asked for one document, images by file. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadDataset } from '../../../shared/content/dataset.ts';
import { datasetTracker, diffDocuments, liveTracker } from '../../../server/content-snapshot.ts';
import { startSanityStandIn } from '../../support/sanity-standin.ts';

const ref = (id: string) => ({ _type: 'reference', _ref: id });
const folder = mkdtempSync(join(tmpdir(), 'fasett-snapshot-'));
mkdirSync(join(folder, 'images'));
const image = join(folder, 'images', 'abc123-40x30.png');
writeFileSync(image, await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer());
const docs = [
  { _id: 'event.a', _type: 'event', title: 'A', site: ref('site.bydelshus'), image: { _type: 'image', _sanityAsset: 'image@file://./images/abc123-40x30.png', alt: 'x' } },
  { _id: 'event.b', _type: 'event', title: 'B', site: ref('site.bydelshus') },
  { _id: 'drafts.event.b', _type: 'event', title: 'B (utkast)', site: ref('site.bydelshus') },
];
const write = (list: object[]) => writeFileSync(join(folder, 'data.ndjson'), list.map((d) => JSON.stringify(d)).join('\n') + '\n');
write(docs);

test('diffDocuments finds added, changed and deleted documents', () => {
  const before = new Map([['a', { _id: 'a', _type: 't', v: 1 }], ['b', { _id: 'b', _type: 't' }]]);
  const after = new Map([['a', { _id: 'a', _type: 't', v: 2 }], ['c', { _id: 'c', _type: 't' }]]);
  assert.equal(diffDocuments(before, after).map((c) => [c.id, !!c.before, !!c.after]), [['a', true, true], ['c', false, true], ['b', true, false]]);
});

test('the dataset tracker sees published changes, never drafts, and images replaced on disk', async () => {
  const tracker = await datasetTracker(folder);
  assert.not.ok(tracker.documents().has('drafts.event.b'));
  write([docs[0]!, { ...docs[1]!, title: 'B2' }, { ...docs[2]!, title: 'B (nytt utkast)' }]);
  assert.equal((await tracker.refresh()).map((c) => c.id), ['event.b']);
  utimesSync(image, new Date(), new Date(Date.now() + 5000));
  assert.equal((await tracker.refresh()).map((c) => c.id), ['image-abc123-40x30-png']);
  assert.equal(await tracker.refresh(), []);
  assert.equal(tracker.files, [join(folder, 'data.ndjson'), join(folder, 'images')]);
});

test('the live tracker asks for the document a webhook names and keeps its previous version', async () => {
  const dataset = await loadDataset(folder);
  const standIn = await startSanityStandIn(dataset);
  try {
    const tracker = await liveTracker({ projectId: 'p', dataset: 'production', apiVersion: '2025-02-19', apiHost: standIn.url });
    assert.ok(tracker.documents().has('event.a'));
    const live = dataset.documents.find((d) => d._id === 'event.a')!;
    live.site = ref('site.appelsinia');
    const changes = await tracker.refresh(['event.a']);
    assert.is(changes.length, 1);
    assert.equal((changes[0]!.before!.site as { _ref: string })._ref, 'site.bydelshus');
    assert.equal((changes[0]!.after!.site as { _ref: string })._ref, 'site.appelsinia');
    assert.equal(await tracker.refresh(['event.a']), []);
  } finally {
    await standIn.close();
  }
});

test.run();
