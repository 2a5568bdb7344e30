/**
 * Work proportional to change: building a site again with no content change renders no
 * share card (all come from the content-hash cache) and takes unchanged pages from Astro's
 * incremental cache, and the output is the same.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites } from '../../scripts/lib/build-sites.ts';
import { distRoot } from '../support/built.ts';

const before = readFileSync(join(distRoot(), 'bydelshus', 'arrangementer', 'index.html'), 'utf8');
const { exitCode, results } = await buildSites({ sites: ['bydelshus'], env: { FASETT_DIST_DIR: distRoot() }, quiet: true });
const report = results[0]?.report;

test('a second build with no content change renders zero cards', () => {
  assert.is(exitCode, 0, results[0]?.output.slice(-2000));
  assert.ok(report?.cards, 'the report counts cards');
  assert.is(report!.cards!.rendered, 0);
  assert.ok(report!.cards!.reused > 50, `cards reused: ${report!.cards!.reused}`);
});

test('unchanged pages come from the incremental cache, and the output is the same', () => {
  assert.ok(report?.rebuilt && report.rebuilt.pagesSkipped > 30, `pages taken from the cache: ${report?.rebuilt?.pagesSkipped}`);
  assert.is(readFileSync(join(distRoot(), 'bydelshus', 'arrangementer', 'index.html'), 'utf8'), before);
});

test.run();
