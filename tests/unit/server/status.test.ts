/**
 * /api/status: never a folder on the server, to anyone; why a build failed only to an editor
 * (preview cookie or bearer secret), with the paths in the output shortened.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClock } from '../../../server/clock.ts';
import { previewAuth, PREVIEW_COOKIE } from '../../../server/preview-auth.ts';
import { createRebuildLog } from '../../../server/rebuild-log.ts';
import { createRebuildQueue } from '../../../server/rebuild-queue.ts';
import { statusHandler, withoutPaths } from '../../../server/status.ts';
import type { ContentTracker } from '../../../server/content-snapshot.ts';
import type { Scheduler } from '../../../server/scheduler.ts';

const auth = previewAuth('redaktor-hemmelighet');
const log = createRebuildLog(['bydelshus']);
const started = new Date(Date.parse(process.env.FASETT_NOW ?? '2026-12-01T12:00:00+01:00'));
log.record({
  job: { id: 1, sites: ['bydelshus'], reasons: ['publish'], requestedAt: started, startedAt: started },
  finishedAt: started,
  seconds: 3,
  sites: [
    {
      site: 'bydelshus',
      ok: false,
      seconds: 3,
      folder: '/srv/fasett/dist/.builds/abc/bydelshus',
      error: 'SyntaxError in /srv/fasett/dataset/sample/data.ndjson line 4: not valid JSON\n    at file:///srv/fasett/shared/content/dataset.ts:10',
    },
  ],
});
const content = { kind: 'dataset', description: '/srv/fasett/dataset/sample', documents: () => new Map(), refresh: async () => [], files: [], assetFiles: () => new Map() } as ContentTracker;
const scheduler = { upcoming: () => [], reschedule() {}, stop() {} } as Scheduler;
const queue = createRebuildQueue({ run: async () => {} });
const handler = statusHandler({ clock: createClock(), content, queue, log, scheduler, watching: false, auth });
const server = createServer(async (req, res) => void (await handler(req, res)));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/status`;

const ABSOLUTE_PATH = /(?:^|[\s"'(])\/(?:srv|work|tmp|home|root|usr)\b/;

test('a stranger sees what is going on, but no folder and no build output', async () => {
  const text = await (await fetch(url)).text();
  assert.not.match(text, ABSOLUTE_PATH);
  assert.not.ok(text.includes('SyntaxError'));
  const status = JSON.parse(text);
  assert.is(status.sites.bydelshus.last.ok, false);
  assert.is(status.content.origin, 'sample');
});

test('an editor (cookie or bearer secret) sees why the build failed, paths shortened', async () => {
  const cookie = auth.cookie().split(';')[0]!;
  for (const headers of [{ cookie }, { authorization: 'Bearer redaktor-hemmelighet' }] as Array<Record<string, string>>) {
    const text = await (await fetch(url, { headers })).text();
    assert.ok(text.includes('SyntaxError'), JSON.stringify(headers));
    assert.ok(text.includes('data.ndjson'));
    assert.not.match(text, ABSOLUTE_PATH);
  }
  const forged = await (await fetch(url, { headers: { cookie: `${PREVIEW_COOKIE}=9999999999.${'A'.repeat(43)}`, authorization: 'Bearer gjett' } })).text();
  assert.not.ok(forged.includes('SyntaxError'));
});

test('withoutPaths keeps the file name and drops the folders', () => {
  assert.is(withoutPaths('in /srv/fasett/dist/x.html and file:///a/b/c.ts:3'), 'in …/x.html and …/c.ts:3');
});

test.after(() => void server.close());
test.run();
