/**
 * The event fast path through the server, as an editor meets it: a signed publish of an edited
 * event is on the event's pages of both sites that show it before the rebuild of those sites is
 * done, /api/status says what the fast path wrote, and the rebuild that follows keeps it. A
 * publish the fast path does not handle (a venue) waits for the rebuild, and the status says why.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startEditorFixture } from './editor-fixture.ts';

const EVENT = 'event.appelsinia.skoytedisko-i-skien-fritidspark';
const PAGE = '/arrangementer/skoytedisko-i-skien-fritidspark/';
const SITES = ['appelsinia', 'bydelshus'];
// A long debounce: the rebuild cannot be what put the title there within the test's window.
const fixture = await startEditorFixture({ sites: SITES, debounceMs: 300 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Status {
  queue: unknown;
  running: unknown;
  fastPath: { warmedAt?: string; rssBytes?: number; recent: Array<{ document: string; skipped?: string; sites: Array<{ site: string; ok: boolean; written?: number; reason?: string }> }> };
  recent: Array<{ job: number; reasons: string[] }>;
}
// The editor routes answer on 127.0.0.1, a loopback name of the editor host.
const status = async () => (await (await fetch(`${fixture.origin}/api/status`)).json()) as Status;
// Generous: a rebuild on a busy 2-core machine takes minutes.
const until = async <T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 900_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
};
const idle = () => until('the rebuild', async () => {
  const now = await status();
  return !now.queue && !now.running ? now : undefined;
});

test.after(() => fixture.close());

test('an edited event is served on both sites before the rebuild, and the rebuild keeps it', async () => {
  await until('the warm renderer', async () => (await status()).fastPath.warmedAt);
  const jobsBefore = (await status()).recent.length;
  const title = 'Skøytedisko med levende musikk';
  fixture.edit(EVENT, (doc) => ({ ...doc, title }));
  const started = Date.now();
  const answer = await fixture.webhook({ _id: EVENT, _type: 'event', site: 'site.appelsinia', alsoOn: ['site.bydelshus'] });
  assert.is(answer.status, 202);
  for (const site of SITES) await until(`${site} to show the title`, async () => ((await fixture.get(site, PAGE)).body.includes(title) ? true : undefined));
  const seconds = (Date.now() - started) / 1000;
  assert.is((await status()).recent.length, jobsBefore, `served before the rebuild finished (${seconds} s)`);
  // The files are in place a moment before the renderer's answer is recorded.
  const run = await until('the status entry', async () => (await status()).fastPath.recent.find((entry) => entry.document === EVENT));
  for (const site of run.sites) assert.ok(site.ok && (site.written ?? 0) > 0, `${site.site}: ${site.reason}`);
  const done = await idle();
  assert.ok(done.recent.length > jobsBefore, 'the rebuild ran after the fast path');
  for (const site of SITES) assert.ok((await fixture.get(site, PAGE)).body.includes(title), `${site}: the rebuild kept it`);
});

test('a venue publish waits for the rebuild, and the status says why', async () => {
  const answer = await fixture.webhook({ _id: 'venue.skien-fritidspark', _type: 'venue' });
  assert.is(answer.status, 202);
  const run = await until('the status entry', async () => (await status()).fastPath.recent.find((entry) => entry.document === 'venue.skien-fritidspark'));
  assert.match(run.skipped ?? '', /venue/);
  await idle();
});

test.run();
