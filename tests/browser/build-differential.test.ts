/**
 * Issue 13's proof, short form: a fixed seed's editorial edits applied one after another to a copy
 * of the sample dataset (tests/differential/). After every edit, each site whose incremental
 * output changed must be one the publish webhook (or the scheduler, when only time moved) would
 * rebuild; at four checkpoints, every site's incremental build must be byte-identical to a clean
 * build of the same content at the same clock. The 18 edits take every kind of edit once.
 * The long form: npm run test:differential -- --edits 300 --seed N.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EDIT_KINDS } from '../differential/edits.ts';
import { formatMismatch, runSequence } from '../differential/sequence.ts';

const SEED = 20261201;
const EDITS = 18;
// After 16 as well: edit 15 removes the only use of an image, and two sites are not rebuilt until 18.
const CHECKPOINTS = [6, 12, 16, 18];

const lines: string[] = [];
const result = await runSequence({ seed: SEED, edits: EDITS, compareAfter: (n) => CHECKPOINTS.includes(n), log: (line) => lines.push(line) });
// Shown by tests/run.ts when a test fails: what each edit was, what it rebuilt and how long it took.
console.log(lines.join('\n'));
const listed = (check: string) => result.mismatches.filter((m) => m.check === check).map(formatMismatch).join('\n\n');

test('the sequence ran every edit and every kind of edit', () => {
  assert.is(result.edits.length, EDITS, lines.join('\n'));
  assert.equal(EDIT_KINDS.filter((kind) => !result.edits.some((edit) => edit.kind === kind)), []);
  assert.equal(result.checkpoints, CHECKPOINTS);
});

test('every build succeeded', () => {
  assert.is(listed('build'), '');
});

test('at each checkpoint, every site built incrementally is byte-identical to a clean build', () => {
  assert.is(listed('output'), '');
});

test('every site whose output an edit changed is one the publish webhook or the scheduler would rebuild', () => {
  assert.is(listed('webhook'), '');
});

test.run();
