import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadTheme } from '../../../themes/index.ts';
import { cardFor, cardHashFor, cardStats, defaultCardCacheDir, formatCardStats, resetCardStats } from '../../../shared/cards/index.ts';
import { eventInput, photoJpeg, rules, tempDir } from './fixtures.ts';

const theme = await loadTheme('bydelshus');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

test('a second call with the same input is served from the cache: nothing is rendered again', async () => {
  const cacheDir = tempDir();
  resetCardStats();
  const input = eventInput(theme, { image: { buffer: await photoJpeg() } });
  const first = await cardFor(input, 'og', { cacheDir });
  assert.is(first.reused, false);
  assert.is(cardStats().rendered, 1);
  assert.ok(cardStats().renderMs > 0);

  const second = await cardFor(eventInput(theme, { image: { buffer: await photoJpeg() } }), 'og', { cacheDir });
  assert.is(second.reused, true);
  assert.is(cardStats().rendered, 1, 'rendered counter unchanged');
  assert.is(cardStats().reused, 1);
  assert.is(second.hash, first.hash);
  assert.is(second.file, first.file);
  assert.ok(second.png.equals(first.png));
  assert.equal(readdirSync(cacheDir).sort(), [`${first.hash}.json`, `${first.hash}.png`], 'no temporary files left behind');
  assert.match(formatCardStats(), /^cards rendered 1, reused 1, \d+ ms per card$/);
});

test('the cache survives the process: what is on disk is reused, with the problems found when it was drawn', async () => {
  const cacheDir = tempDir();
  const input = eventInput(theme, { image: { path: join(cacheDir, 'slettet-bilde.jpg') } });
  const first = await cardFor(input, 'square', { cacheDir });
  assert.equal(rules(first.problems), ['image-missing']);
  const meta = JSON.parse(readFileSync(join(cacheDir, `${first.hash}.json`), 'utf8'));
  assert.is(meta.bytes, first.png.length);

  // Another build: a fresh counter, the same folder.
  resetCardStats();
  const again = await cardFor(input, 'square', { cacheDir });
  assert.is(again.reused, true);
  assert.is(cardStats().rendered, 0);
  assert.equal(again.problems, first.problems, 'the warning is reported again, not lost');
});

test('a damaged cache entry is rendered again, not served', async () => {
  const cacheDir = tempDir();
  const input = eventInput(theme);
  const first = await cardFor(input, 'og', { cacheDir });
  writeFileSync(first.file, first.png.subarray(0, 100));
  resetCardStats();
  const again = await cardFor(input, 'og', { cacheDir });
  assert.is(again.reused, false);
  assert.is(cardStats().rendered, 1);
  assert.ok(readFileSync(first.file).equals(again.png));
});

test('the same card asked for twice at once is rendered once', async () => {
  const cacheDir = tempDir();
  resetCardStats();
  const input = eventInput(theme, { title: 'Samtidig' });
  const [a, b] = await Promise.all([cardFor(input, 'og', { cacheDir }), cardFor(input, 'og', { cacheDir })]);
  assert.is(cardStats().rendered, 1);
  assert.is(cardStats().reused, 1);
  assert.is(a.hash, b.hash);
});

test('the hash follows what the card shows: status, text, accent, image bytes, size, theme', async () => {
  const base = eventInput(theme, { image: { buffer: await photoJpeg() } });
  const hash = await cardHashFor(base, 'og');
  const differs = async (what: string, input: Parameters<typeof cardHashFor>[0], size: Parameters<typeof cardHashFor>[1] = 'og') =>
    assert.is.not(await cardHashFor(input, size), hash, what);

  await differs('status', { ...base, status: 'cancelled' });
  await differs('another status', { ...base, status: 'soldOut' });
  await differs('title', { ...base, title: `${base.title}!` });
  await differs('date', { ...base, dateText: 'søndag 6. desember kl. 19.00' });
  await differs('venue', { ...base, venueText: 'Gulset bydelshus' });
  await differs('accent', { ...base, accent: 'kveld' });
  await differs('image bytes', { ...base, image: { buffer: await photoJpeg(901, 600) } });
  await differs('size', base, 'square');
  await differs('theme', { ...base, theme: await loadTheme('appelsinia') });

  // What the card does not show does not count: the same bytes from a file, extra whitespace.
  const dir = tempDir();
  writeFileSync(join(dir, 'bilde.jpg'), await photoJpeg());
  assert.is(await cardHashFor({ ...base, image: { path: join(dir, 'bilde.jpg') } }, 'og'), hash);
  assert.is(await cardHashFor({ ...base, title: `  ${base.title.replace(' ', '\n ')} ` }, 'og'), hash);
  assert.is(await cardHashFor({ ...base, status: 'scheduled' }, 'og'), hash);
});

test('the cache folder: FASETT_CACHE_DIR/cards when set, else .cache/cards in the project', () => {
  const saved = process.env.FASETT_CACHE_DIR;
  try {
    process.env.FASETT_CACHE_DIR = '/tmp/fasett-cache-test';
    assert.is(defaultCardCacheDir(), '/tmp/fasett-cache-test/cards');
    delete process.env.FASETT_CACHE_DIR;
    assert.match(defaultCardCacheDir(), /\/\.cache\/cards$/);
  } finally {
    if (saved === undefined) delete process.env.FASETT_CACHE_DIR;
    else process.env.FASETT_CACHE_DIR = saved;
  }
});

/** Renders a card in a fresh process (as a site build is one), with the given shared cache. */
function renderInNewProcess(cacheRoot: string, photo: string, size: string): { png: Buffer; made: number; read: number } {
  const script = `
    import { loadTheme } from './themes/index.ts';
    import { renderCard } from './shared/cards/index.ts';
    import { keptPhotoStats } from './shared/cards/photo-cache.ts';
    import { eventInput } from './tests/unit/cards/fixtures.ts';
    const card = await renderCard(eventInput(await loadTheme('bydelshus'), { image: { path: ${JSON.stringify(photo)} } }), ${JSON.stringify(size)});
    process.stdout.write(JSON.stringify({ png: card.png.toString('base64'), ...keptPhotoStats() }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, FASETT_CACHE_DIR: cacheRoot }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const out = JSON.parse(run.stdout) as { png: string; made: number; read: number };
  return { png: Buffer.from(out.png, 'base64'), made: out.made, read: out.read };
}

test('a photo prepared for a card by one build process is read from the disk by the next, and the card is the same bytes', async () => {
  const cacheRoot = tempDir();
  const photo = join(cacheRoot, 'lokale.jpg');
  writeFileSync(photo, await photoJpeg(1600, 1067));
  const first = renderInNewProcess(cacheRoot, photo, 'story');
  assert.ok(first.made >= 1, 'the first process crops the photo');
  assert.is(first.read, 0);
  const second = renderInNewProcess(cacheRoot, photo, 'story');
  assert.is(second.made, 0, 'the second process crops nothing');
  assert.is(second.read, first.made);
  assert.ok(second.png.equals(first.png), 'the same card');
  const files = readdirSync(join(cacheRoot, 'card-photos'), { recursive: true }).map(String);
  assert.equal(files.filter((f) => f.endsWith('.tmp')), [], 'no temporary files left behind');

  // A file cut short (by something else: a full disk, a copy interrupted) is made again, never used.
  const kept = files.filter((f) => f.endsWith('.bin')).map((f) => join(cacheRoot, 'card-photos', f));
  for (const file of kept) writeFileSync(file, readFileSync(file).subarray(0, 200));
  const third = renderInNewProcess(cacheRoot, photo, 'story');
  assert.is(third.read, 0);
  assert.is(third.made, first.made);
  assert.ok(third.png.equals(first.png), 'the same card again');
});

test.run();
