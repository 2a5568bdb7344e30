/**
 * Time moves on without any webhook: with the clock pinned (FASETT_NOW) and then moved past
 * an alert's end, the scheduler rebuilds the site and the banner is gone from the served page.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startEditorFixture, waitFor, type EditorFixture } from './editor-fixture.ts';

const ALERT = 'alert.glatte-veier-og-forsinket-broyting';
let fx: EditorFixture;

test.before(async () => {
  process.env.FASETT_NOW = '2026-12-01T12:00:00+01:00';
  // One site keeps the rebuild short; the alert is on every site.
  fx = await startEditorFixture({ sites: ['bydelshus'] });
});
test.after(async () => {
  await fx?.close();
});

test('the alert banner shows now, and its end is among the next scheduled rebuilds', async () => {
  const alert = fx.doc(ALERT);
  const home = await fx.get('bydelshus', '/');
  assert.ok(home.body.includes(String(alert.title)), 'the banner is on the home page before its end');
  const endsAt = Date.parse(String(alert.endsAt));
  const scheduled = fx.editor.scheduler.upcoming(50).find((rebuild) => rebuild.reasons.some((reason) => reason.includes(String(alert.title))));
  assert.ok(scheduled, 'the alert end is scheduled');
  assert.ok(scheduled.at.getTime() > endsAt && scheduled.at.getTime() - endsAt <= 5000);
  assert.equal(scheduled.sites, ['bydelshus']);
  assert.ok(fx.editor.status().schedule.length > 0, '/api/status lists the next rebuilds');
});

test('moving the pinned clock past the end rebuilds the site, and the banner is gone — no webhook', async () => {
  const alert = fx.doc(ALERT);
  const jobsBefore = fx.editor.log.jobs();
  fx.editor.clock.set(new Date(Date.parse(String(alert.endsAt)) + 10_000));
  assert.ok(fx.editor.queue.pending() || fx.editor.queue.running(), 'a rebuild is queued at once');
  await waitFor(async () => !(await fx.get('bydelshus', '/')).body.includes(String(alert.title)), 240_000, 200);
  await fx.editor.queue.idle();
  assert.is(fx.editor.log.jobs() - jobsBefore, 1);
  assert.match(fx.editor.log.recent()[0]!.job.reasons.join(' '), /ends/);
  assert.is((await fx.get('bydelshus', '/')).status, 200);
});

test.run();
