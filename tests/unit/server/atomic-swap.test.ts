/** dist/<slug> swaps from one finished build to the next in one rename; old builds are pruned. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adoptPlainFolder, buildsDir, currentBuild, discardBuild, pruneBuilds, swapIn } from '../../../server/atomic-swap.ts';
import { fileFor } from '../../../server/static-sites.ts';

const dist = mkdtempSync(join(tmpdir(), 'fasett-swap-'));
const build = (name: string, text: string) => {
  const folder = join(buildsDir(dist), name, 'bydelshus');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
  return folder;
};

test('a site built by npm run build is adopted: dist/<slug> becomes a link, content unchanged', () => {
  mkdirSync(join(dist, 'bydelshus'));
  writeFileSync(join(dist, 'bydelshus', 'index.html'), 'v0');
  adoptPlainFolder(dist, 'bydelshus');
  assert.ok(lstatSync(join(dist, 'bydelshus')).isSymbolicLink());
  assert.is(readFileSync(join(dist, 'bydelshus', 'index.html'), 'utf8'), 'v0');
});

test('swapping in a new build serves it through the same path, and the static server follows the link', () => {
  const first = currentBuild(dist, 'bydelshus');
  const next = build('b1', 'v1');
  assert.is(swapIn(dist, 'bydelshus', next), first);
  assert.is(readFileSync(join(dist, 'bydelshus', 'index.html'), 'utf8'), 'v1');
  const file = fileFor(join(dist, 'bydelshus'), '/');
  assert.is(file && readFileSync(file, 'utf8'), 'v1');
  assert.is(fileFor(join(dist, 'bydelshus'), '/../../etc/passwd'), undefined);
});

test('pruning keeps the served build and the one before it', () => {
  const b1 = currentBuild(dist, 'bydelshus');
  const b2 = build('b2', 'v2');
  swapIn(dist, 'bydelshus', b2);
  const b3 = build('b3', 'v3');
  swapIn(dist, 'bydelshus', b3);
  pruneBuilds(dist, 'bydelshus', [b3, b2]);
  assert.ok(existsSync(b3) && existsSync(b2));
  assert.not.ok(existsSync(b1!));
  assert.is(readFileSync(join(dist, 'bydelshus', 'index.html'), 'utf8'), 'v3');
});

test('a failed build is discarded without touching the served one', () => {
  const failed = build('b4', 'half');
  discardBuild(failed);
  assert.not.ok(existsSync(join(buildsDir(dist), 'b4')));
  assert.is(readFileSync(join(dist, 'bydelshus', 'index.html'), 'utf8'), 'v3');
});

test.run();
