/**
 * The publish journal: an accepted request is on disk before the answer, survives a restart
 * (a new journal on the same folder), and goes only when each of its sites was built by a
 * build that started after it was recorded.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishJournal } from '../../../server/publish-journal.ts';

const folder = mkdtempSync(join(tmpdir(), 'fasett-journal-'));

test('a recorded request is a file once record() resolves, and a server started again finds it', async () => {
  const journal = publishJournal(folder);
  const recording = journal.record(['bydelshus'], 'publish: event «Konsert»');
  assert.is(journal.pending().length, 1, 'pending at once, before it is on disk');
  await recording;
  assert.is(readdirSync(folder).filter((n) => n.endsWith('.json')).length, 1);
  const restarted = publishJournal(folder);
  assert.equal(restarted.pending().map((e) => [e.sites, e.reason]), [[['bydelshus'], 'publish: event «Konsert»']]);
});

test('a build that fails or leaves a site out keeps the request; one that builds every site clears it', async () => {
  const journal = publishJournal(folder);
  const mark = journal.mark();
  journal.built([], mark);
  assert.is(journal.pending().length, 1);
  journal.built(['appelsinia'], mark);
  assert.equal(journal.pending()[0]?.sites, ['bydelshus']);
  await journal.settled();
  assert.equal(publishJournal(folder).pending()[0]?.sites, ['bydelshus'], 'the shorter entry is on disk');
  journal.built(['bydelshus'], mark);
  assert.equal(journal.pending(), []);
  await journal.settled();
  assert.equal(publishJournal(folder).pending(), []);
});

test('a request recorded after a build started waits for the next build', async () => {
  const journal = publishJournal(folder);
  await journal.record(['appelsinia', 'bydelshus'], 'publish: alert');
  const mark = journal.mark();
  await journal.record(['bydelshus'], 'publish: event, during the build');
  journal.built(['appelsinia', 'bydelshus'], mark);
  assert.equal(journal.pending().map((e) => e.reason), ['publish: event, during the build']);
  journal.built(['bydelshus'], journal.mark());
  assert.equal(journal.pending(), []);
  await journal.settled();
  assert.equal(readdirSync(folder), []);
});

test('a build that ends before a request is on disk still removes it, never leaving it behind', async () => {
  const journal = publishJournal(folder);
  // Not awaited: the build's removal is asked for while the write is still under way.
  const recording = journal.record(['appelsinia'], 'publish: event');
  journal.built(['appelsinia'], journal.mark());
  await recording;
  await journal.settled();
  assert.equal(readdirSync(folder), [], 'no entry, no temporary file');
  assert.equal(publishJournal(folder).pending(), [], 'nothing rebuilt at the next start');
});

test('a request that cannot be written is refused, not left pending', async () => {
  const gone = mkdtempSync(join(tmpdir(), 'fasett-journal-gone-'));
  const journal = publishJournal(gone);
  rmSync(gone, { recursive: true });
  const refused = await journal.record(['bydelshus'], 'publish: event').then(() => false, () => true);
  assert.ok(refused, 'record() rejects');
  assert.equal(journal.pending(), []);
});

test('a file cut short by a crash (never acknowledged) is dropped, not fatal', () => {
  writeFileSync(join(folder, 'zz-halv.json'), '{"id": "zz-halv", "sites": ["bydel');
  const journal = publishJournal(folder);
  assert.equal(journal.pending(), []);
  assert.not.ok(readdirSync(folder).includes('zz-halv.json'));
});

test.run();
