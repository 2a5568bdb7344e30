/**
 * The differential test's edit generator (tests/differential/edits.ts): a seed names one sequence,
 * every kind of edit comes up, edits never change what they were given, and the times it writes
 * are the moments it means.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyEdit, EDIT_KINDS, nextEdit, osloIso, tourOfKinds, type Doc, type Edit } from '../../differential/edits.ts';
import { mulberry32 } from '../../differential/prng.ts';
import { readSample } from '../../differential/builds.ts';
import { START_CLOCK } from '../../differential/sequence.ts';

const sample = readSample();

function sequence(seed: number, count: number, docs: Doc[] = sample.docs): { edits: Edit[]; docs: Doc[] } {
  const rng = mulberry32(seed);
  const tour = tourOfKinds(rng);
  const edits: Edit[] = [];
  let clock = START_CLOCK;
  for (let n = 1; n <= count; n++) {
    const edit = nextEdit(docs, clock, rng, sample, n, tour);
    edits.push(edit);
    docs = applyEdit(docs, edit);
    clock = edit.clock;
  }
  return { edits, docs };
}

test('the same seed gives the same edits; another seed, others', () => {
  const a = sequence(7, 60).edits.map((e) => e.description);
  assert.equal(sequence(7, 60).edits.map((e) => e.description), a);
  assert.not.equal(sequence(8, 60).edits.map((e) => e.description), a);
});

test('the first edits take every kind once, whatever the seed', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    const kinds = new Set(sequence(seed, EDIT_KINDS.length + 4).edits.map((e) => e.kind));
    assert.equal([...EDIT_KINDS].filter((k) => !kinds.has(k)), [], `seed ${seed}`);
  }
});

test('a long sequence keeps finding edits, and every kind keeps coming up', () => {
  const { edits } = sequence(99, 400);
  const counts = new Map<string, number>();
  for (const edit of edits) counts.set(edit.kind, (counts.get(edit.kind) ?? 0) + 1);
  for (const kind of EDIT_KINDS) assert.ok((counts.get(kind) ?? 0) >= 3, `${kind}: ${counts.get(kind) ?? 0}`);
});

test('edits leave the documents they were given untouched', () => {
  const before = JSON.stringify(sample.docs);
  sequence(5, 120);
  assert.is(JSON.stringify(sample.docs), before);
});

test('each change names the document as it was and as it is after; the clock only moves forward', () => {
  const rng = mulberry32(11);
  const tour = tourOfKinds(rng);
  let docs = sample.docs;
  let clock = START_CLOCK;
  for (let n = 1; n <= 150; n++) {
    const edit = nextEdit(docs, clock, rng, sample, n, tour);
    const byId = new Map(docs.map((d) => [d._id, d]));
    for (const change of edit.changes) {
      assert.is(change.before, byId.get(change.id), `${n} ${edit.description}`);
      if (change.after) assert.is(change.after._id, change.id);
      assert.ok(change.before || change.after);
    }
    assert.ok(Date.parse(edit.clock) >= Date.parse(clock), `${n}: ${clock} → ${edit.clock}`);
    if (edit.clock !== clock) assert.is(edit.changes.length, 0, 'time moves on its own, with no edit');
    const next = applyEdit(docs, edit);
    const ids = next.map((d) => d._id);
    assert.is(new Set(ids).size, ids.length, 'ids stay unique');
    docs = next;
    clock = edit.clock;
  }
});

test('a swapped image is a file of the export, with its alt text', () => {
  const swaps = sequence(3, 300).edits.filter((e) => e.kind === 'swapImage' && e.changes[0]?.after?.image);
  assert.ok(swaps.length > 5);
  for (const swap of swaps) {
    const image = swap.changes[0]!.after!.image as { _sanityAsset: string; alt: string };
    const file = image._sanityAsset.replace('image@file://./images/', '');
    assert.ok(sample.images.includes(file), file);
    assert.ok(image.alt.length > 0);
  }
});

test('times are written in Oslo wall-clock time with the offset of that day', () => {
  for (const iso of ['2026-12-01T12:00:00+01:00', '2027-06-18T18:00:00+02:00', '2027-03-28T03:30:00+02:00', '2026-10-25T02:30:00+01:00']) {
    const ms = Date.parse(iso);
    assert.is(Date.parse(osloIso(ms)), ms, iso);
  }
  assert.is(osloIso(Date.parse('2027-06-18T16:00:00Z')), '2027-06-18T18:00:00+02:00');
  assert.is(osloIso(Date.parse('2026-12-01T11:00:00Z')), '2026-12-01T12:00:00+01:00');
});

test.run();
