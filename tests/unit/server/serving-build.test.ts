/**
 * What the build leaves for its servers: the CSP hashes of exactly the inline code the pages
 * run (known hashes, not recomputed here), and .br/.gz copies beside every compressible file,
 * made once and reused from the cache on the next build.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cspSourcesOf } from '../../../shared/serving/csp-sources.ts';
import { contentSecurityPolicy } from '../../../shared/serving/headers.ts';
import { precompressFolder } from '../../../shared/serving/precompress.ts';
import { finishSiteOutput, readServingManifest } from '../../../shared/serving/manifest.ts';

// The example in MDN's CSP documentation: <script>alert('Hello, world.');</script>
const HELLO = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

test('inline scripts that run are hashed; data blocks and external scripts are not', () => {
  const sources = cspSourcesOf([
    `<script>alert('Hello, world.');</script><script type="application/ld+json">{"@type":"Event"}</script><script type="module" src="/_astro/a.js"></script>`,
    `<script type="module">alert('Hello, world.');</script>`,
  ]);
  assert.equal(sources.scripts, [HELLO]);
});

test('style elements and style="" attributes are hashed as the DOM holds them (entities decoded)', () => {
  const plain = cspSourcesOf(['<p style="color: inherit">a</p>']).styles;
  const encoded = cspSourcesOf(['<p title="a > b" style="color:&#32;inherit">a</p>']).styles;
  assert.equal(encoded, plain, 'an entity and a «>» inside another attribute change nothing');
  const both = cspSourcesOf(['<style>alert</style><div data-style="x" style="margin-inline: 0"></div>']).styles;
  assert.is(both.length, 2, 'the element and the attribute; data-style is not a style');
  assert.is(cspSourcesOf(['<p>style="color: red" is text here</p>']).styles.length, 0);
  assert.match(contentSecurityPolicy({ scripts: [HELLO], styles: plain, images: [] }), new RegExp(`script-src 'self' 'wasm-unsafe-eval' '${HELLO.replace(/[+/]/g, '\\$&')}'; style-src 'self' 'unsafe-hashes' 'sha256-`));
});

test('images from another origin (a live project\'s CDN) are allowed by origin', () => {
  const sources = cspSourcesOf(['<img src="https://cdn.sanity.io/images/p/d/a.jpg?w=400" srcset="https://cdn.sanity.io/x.jpg 400w, /local.webp 800w">']);
  assert.equal(sources.images, ['https://cdn.sanity.io']);
});

const site = mkdtempSync(join(tmpdir(), 'fasett-output-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'fasett-compressed-'));
const page = `<!doctype html><html lang="nb"><body>${'<p style="color: inherit">Konsert i kveld</p>'.repeat(100)}</body></html>`;
mkdirSync(join(site, 'arrangementer'), { recursive: true });
writeFileSync(join(site, 'index.html'), page);
writeFileSync(join(site, 'arrangementer', 'data.json'), JSON.stringify({ events: Array.from({ length: 50 }, (_, i) => ({ title: `Arrangement ${i}` })) }));
writeFileSync(join(site, 'liten.txt'), 'kort');
writeFileSync(join(site, 'bilde.png'), Buffer.alloc(4096, 7));

test('every compressible file gets .br and .gz that unpack to it; small and binary files get none', async () => {
  const result = await precompressFolder(site, { cacheDir });
  for (const file of ['index.html', 'arrangementer/data.json']) {
    const original = readFileSync(join(site, file));
    assert.equal(brotliDecompressSync(readFileSync(join(site, `${file}.br`))), original, `${file}.br`);
    assert.equal(gunzipSync(readFileSync(join(site, `${file}.gz`))), original, `${file}.gz`);
    assert.ok(readFileSync(join(site, `${file}.br`)).length < original.length);
  }
  for (const file of ['liten.txt', 'bilde.png']) assert.not.ok(existsSync(join(site, `${file}.br`)) || existsSync(join(site, `${file}.gz`)), file);
  assert.is(result.files, 2);
  assert.is(result.compressed, 4);
});

test('the next build compresses nothing it compressed before, and drops copies of removed or changed files', async () => {
  const again = await precompressFolder(site, { cacheDir });
  assert.is(again.compressed, 0);
  writeFileSync(join(site, 'arrangementer', 'data.json'), '[]');
  await precompressFolder(site, { cacheDir });
  assert.not.ok(existsSync(join(site, 'arrangementer', 'data.json.br')), 'a file too small now has no stale copy');
});

test('the manifest beside the pages holds their hashes and the servers read it back', async () => {
  process.env.FASETT_CACHE_DIR = cacheDir;
  const { manifest } = await finishSiteOutput(site);
  assert.is(manifest.csp.styles.length, 1);
  assert.equal(readServingManifest(site), manifest);
  assert.equal(readServingManifest(join(site, 'finnes-ikke')).csp.styles, [], 'no manifest: no inline allowances');
});

test.run();
