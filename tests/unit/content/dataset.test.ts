/** Reading an export: folder or .tar.gz, asset fields resolved, drafts kept apart, bad input named. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { datasetMemo, loadDataset, DatasetError } from '../../../shared/content/dataset.ts';
import { datasetSource } from '../../../shared/content/dataset-source.ts';

const root = mkdtempSync(join(tmpdir(), 'fasett-dataset-'));
const folder = join(root, 'export');
mkdirSync(join(folder, 'images'), { recursive: true });
const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
writeFileSync(join(folder, 'images', 'abc123-40x30.png'), png);
const docs = [
  { _id: 'site.a', _type: 'site', title: 'A', slug: { _type: 'slug', current: 'a' } },
  { _id: 'event.1', _type: 'event', title: 'Konsert', site: { _type: 'reference', _ref: 'site.a' }, image: { _type: 'image', _sanityAsset: 'image@file://./images/abc123-40x30.png', alt: 'Blå flate' } },
  { _id: 'drafts.event.1', _type: 'event', title: 'Konsert (utkast)', site: { _type: 'reference', _ref: 'site.a' } },
];
writeFileSync(join(folder, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

test('a folder export loads, with image fields turned into asset references', async () => {
  const dataset = await loadDataset(folder);
  const event = dataset.documents.find((d) => d._id === 'event.1') as unknown as { image: { asset: { _ref: string }; alt: string } };
  assert.is(event.image.asset._ref, 'image-abc123-40x30-png');
  assert.is(event.image.alt, 'Blå flate');
  assert.is(dataset.assetFiles.get('image-abc123-40x30-png'), join(folder, 'images', 'abc123-40x30.png'));
  const source = datasetSource(dataset);
  const result = await source.fetch<{ url: string; width: number }>('*[_id == "event.1"][0].image.asset->{url, "width": metadata.dimensions.width}');
  assert.is(result.width, 40);
  assert.match(result.url, /^https:\/\/cdn\.sanity\.io\/images\//);
});

test('drafts never appear in the published view, and are laid over in the drafts view', async () => {
  const source = datasetSource(await loadDataset(folder));
  assert.equal(await source.fetch('*[_type == "event"].title'), ['Konsert']);
  assert.equal(await source.withPerspective('drafts').fetch('*[_type == "event"].title'), ['Konsert (utkast)']);
});

test('a .tar.gz export loads the same as the folder', async () => {
  const tarball = join(root, 'export.tar.gz');
  execFileSync('tar', ['-czf', tarball, '-C', root, 'export']);
  const dataset = await loadDataset(tarball);
  assert.is(dataset.documents.filter((d) => d._type === 'event').length, 2);
  assert.ok(dataset.assetFiles.get('image-abc123-40x30-png'));
});

test('a path that does not exist fails at once, naming the path', async () => {
  const error = await loadDataset(join(root, 'nope')).catch((e: Error) => e);
  assert.instance(error, DatasetError);
  assert.match((error as Error).message, join(root, 'nope'));
});

test('an unreadable .tar.gz fails with its path', async () => {
  const bad = join(root, 'broken.tar.gz');
  writeFileSync(bad, 'this is not gzip');
  const error = await loadDataset(bad).catch((e: Error) => e);
  assert.instance(error, DatasetError);
  assert.match((error as Error).message, bad);
});

test('a line of data.ndjson that is not JSON fails with the file and line number', async () => {
  const broken = join(root, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'data.ndjson'), `${JSON.stringify(docs[0])}\n{"_id": "x", oops\n`);
  const error = await loadDataset(broken).catch((e: Error) => e);
  assert.instance(error, DatasetError);
  assert.match((error as Error).message, `${join(broken, 'data.ndjson')}:2:`);
});

test('a dataset larger than memory allows fails with a clear message about its size', async () => {
  const big = join(root, 'big');
  mkdirSync(big);
  copyFileSync(join(folder, 'data.ndjson'), join(big, 'data.ndjson'));
  process.env.FASETT_DATASET_MEMORY_LIMIT = '100';
  const error = await loadDataset(big).catch((e: Error) => e);
  delete process.env.FASETT_DATASET_MEMORY_LIMIT;
  assert.instance(error, DatasetError);
  assert.match((error as Error).message, /too large for this machine/);
});

test('a read that reuses the last read\'s lines gives what a fresh read gives, after edits of every kind', async () => {
  const edited = join(root, 'edited');
  mkdirSync(join(edited, 'images'), { recursive: true });
  copyFileSync(join(folder, 'images', 'abc123-40x30.png'), join(edited, 'images', 'abc123-40x30.png'));
  const ndjson = join(edited, 'data.ndjson');
  const write = (list: object[]) => writeFileSync(ndjson, list.map((d) => JSON.stringify(d)).join('\n') + '\n');
  write([...docs, { _id: 'event.2', _type: 'event', title: 'Quiz' }]);
  const memo = datasetMemo();
  await loadDataset(edited, memo);
  // One title changed, one image added to another document, one document gone, one new.
  write([
    docs[0]!,
    { ...docs[1]!, title: 'Konsert i parken' },
    docs[2]!,
    { _id: 'event.3', _type: 'event', title: 'Bokprat', image: { _type: 'image', _sanityAsset: 'image@file://./images/abc123-40x30.png', alt: 'Samme bilde' } },
  ]);
  const reused = await loadDataset(edited, memo);
  const fresh = await loadDataset(edited);
  assert.equal(reused.documents, fresh.documents);
  assert.equal([...reused.assetFiles], [...fresh.assetFiles]);
  assert.is(reused.digest, fresh.digest);
  assert.equal(reused.documents.map((d) => d._id), ['site.a', 'event.1', 'drafts.event.1', 'event.3', 'image-abc123-40x30-png']);
  assert.is((reused.documents[1] as { title?: string }).title, 'Konsert i parken');
  // A broken line is still found, with its number, when the lines around it are known.
  writeFileSync(ndjson, `${JSON.stringify(docs[0])}\n{"_id": "x", oops\n`);
  const error = await loadDataset(edited, memo).catch((e: Error) => e);
  assert.instance(error, DatasetError);
  assert.match((error as Error).message, `${ndjson}:2:`);
});

test.run();
