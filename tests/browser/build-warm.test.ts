/**
 * Work proportional to change. Built again with no change, a site is not built at all: its
 * code, content and time facts are those of its last build (scripts/lib/site-inputs.ts). Built
 * anyway (--force), it renders no share card (all come from the content-hash cache) and takes
 * unchanged pages from Astro's incremental cache. Either way the output is the same.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites } from '../../scripts/lib/build-sites.ts';
import { distRoot } from '../support/built.ts';

const before = readFileSync(join(distRoot(), 'bydelshus', 'arrangementer', 'index.html'), 'utf8');
const { exitCode, results } = await buildSites({ sites: ['bydelshus'], env: { FASETT_DIST_DIR: distRoot() }, quiet: true, force: true });
const report = results[0]?.report;
const again = await buildSites({ sites: ['bydelshus'], env: { FASETT_DIST_DIR: distRoot() }, quiet: true });

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

test('built again without --force, an unchanged site is not built at all, and its report is kept', () => {
  assert.is(again.exitCode, 0);
  assert.is(again.results[0]?.upToDate, true, again.results[0]?.output.slice(-2000));
  assert.is(again.results[0]?.output, '', 'no astro build ran');
  assert.is(again.results[0]?.report?.pages, report?.pages, 'the last build report still stands');
  assert.is(readFileSync(join(distRoot(), 'bydelshus', 'arrangementer', 'index.html'), 'utf8'), before);
});

test.run();
