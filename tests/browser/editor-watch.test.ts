/** Offline: with --watch, an edit to the dataset on disk is published without any webhook. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startEditorFixture, waitFor, type EditorFixture } from './editor-fixture.ts';

const EVENT = 'event.bydelshus.juletrefest-pa-klyve';
let fx: EditorFixture;

test.before(async () => {
  fx = await startEditorFixture({ sites: ['bydelshus'], watch: true });
});
test.after(async () => {
  await fx?.close();
});

test('editing data.ndjson rebuilds the site and the page changes', async () => {
  const title = 'Juletrefest på Klyve – med nissen';
  const path = `/arrangementer/${(fx.doc(EVENT).slug as { current: string }).current}/`;
  assert.is((await fx.get('bydelshus', path)).status, 200);
  fx.edit(EVENT, (doc) => ({ ...doc, title }));
  await waitFor(async () => (await fx.get('bydelshus', path)).body.includes(title), 240_000, 200);
  await fx.editor.queue.idle();
  assert.match(fx.editor.log.recent()[0]!.job.reasons.join(' '), /dataset changed/);
  assert.is(fx.editor.status().content.watching, true);
});

test.run();
