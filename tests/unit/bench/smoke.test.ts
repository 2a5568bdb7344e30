/**
 * The benchmark keeps working: `npm run bench` at a small size (300 events, 3 sites) runs to the
 * end and writes every figure as a number. No timing is asserted — timings belong to the
 * benchmark, not to tests. The run's own checks that are not about time are asserted: a
 * build killed half-way leaves caches that give the same output as a clean build, and a build
 * with nothing changed renders no card.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURE_NAMES } from '../../../bench/lib/results.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const resultsFile = join(mkdtempSync(join(tmpdir(), 'fasett-bench-')), 'results.json');

function runBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(root, 'bench/run.ts'), '--events', '300', '--sites', '3', '--repeats', '1', '--results', resultsFile], {
      cwd: root,
      // Its own folder under .cache/bench: a bench someone runs by hand at the same size is left alone.
      env: { ...process.env, FASETT_BENCH_DIR: join(root, '.cache', 'bench', 'smoke'), FASETT_NOW: '2026-12-01T12:00:00+01:00' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

const run = runBench();

test('the bench runs to the end at 300 events and 3 sites and writes every figure as a finite number', async () => {
  const { code, output } = await run;
  assert.is(code, 0, output.slice(-3000));
  assert.ok(existsSync(resultsFile), 'results.json was written');
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
  for (const name of FIGURE_NAMES) {
    assert.type(results[name], 'number', `${name} is a number`);
    assert.ok(Number.isFinite(results[name] as number), `${name} is finite (${results[name]})`);
  }
  assert.match(output, /overheadRatio/, 'the table is printed');
});

test('a build killed half-way leaves caches from which the next build gives a clean build’s output', async () => {
  await run;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    cardsRenderedWarm: number;
    details: {
      interrupt: { interrupted: boolean; identical: boolean; differences: string[] };
      warm: { identicalToCold: boolean; differences: string[]; sitesBuilt: number };
      warmForced: { identicalToCold: boolean; differences: string[] };
    };
  };
  assert.ok(results.details.interrupt.interrupted, 'the build was killed before it finished');
  assert.ok(results.details.interrupt.identical, results.details.interrupt.differences.slice(0, 10).join('\n'));
  assert.ok(results.details.warm.identicalToCold, results.details.warm.differences.join('\n'));
  assert.ok(results.details.warmForced.identicalToCold, results.details.warmForced.differences.join('\n'));
  assert.is(results.cardsRenderedWarm, 0, 'a build with nothing changed renders no card');
});

test('the alert fast path puts a new alert into the static HTML of every page of every site', async () => {
  await run;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { details: { alertFastPath: { sites: number; runs: Array<{ pagesChecked: number; pagesMissing: number; pagesWritten: number }> } } };
  const { alertFastPath } = results.details;
  assert.is(alertFastPath.sites, 3);
  for (const run of alertFastPath.runs) {
    assert.ok(run.pagesChecked > 100, `${run.pagesChecked} pages checked`);
    assert.is(run.pagesMissing, 0, 'every page names the new alert');
    assert.is(run.pagesWritten, run.pagesChecked, 'every page was written by the fast path (none by a build)');
  }
});

test('with nothing changed no site is built; after one edit, only the sites that show the event', async () => {
  await run;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    details: { warm: { sitesBuilt: number }; oneEvent: { sites: unknown[]; sitesBuilt: string[]; sameAsWebhook: boolean; rewritten: Array<{ slug: string; html: number }> } };
  };
  assert.is(results.details.warm.sitesBuilt, 0);
  const { oneEvent } = results.details;
  assert.ok(oneEvent.sitesBuilt.length > 0, `sites built: ${oneEvent.sitesBuilt.join(', ')}`);
  assert.ok(oneEvent.sameAsWebhook, `built ${oneEvent.sitesBuilt.join(', ')}, not the sites the publish webhook names`);
  assert.ok(oneEvent.rewritten.every((r) => oneEvent.sitesBuilt.includes(r.slug)), 'no other site changed');
  assert.ok(oneEvent.rewritten.some((r) => r.html > 0), 'the edit reached the pages');
});

test.run();
