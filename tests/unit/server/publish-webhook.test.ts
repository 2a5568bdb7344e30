/**
 * The publish path without builds: the webhook's signature, the sites it queues (read from
 * the dataset before and after the edit), and the --watch path on the same dataset.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { datasetTracker } from '../../../server/content-snapshot.ts';
import { evaluate, parse } from 'groq-js';
import { publishWebhook, WEBHOOK_PROJECTION } from '../../../server/publish-webhook.ts';
import { affectedSites } from '../../../shared/content/publication.ts';
import { watchDataset } from '../../../server/dataset-watcher.ts';

const SECRET = 'webhook-hemmelighet';
const SITES = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'];
const ref = (id: string) => ({ _type: 'reference', _ref: id });
const folder = mkdtempSync(join(tmpdir(), 'fasett-webhook-'));
mkdirSync(join(folder, 'images'));
const ndjson = join(folder, 'data.ndjson');
const docs = [
  { _id: 'event.konsert', _type: 'event', title: 'Konsert', site: ref('site.bydelshus') },
  { _id: 'alert.alle', _type: 'alert', title: 'Glatte veier', sites: [] },
  { _id: 'drafts.event.konsert', _type: 'event', title: 'Konsert (utkast)', site: ref('site.bydelshus') },
];
const write = (list: object[]) => writeFileSync(ndjson, list.map((d) => JSON.stringify(d)).join('\n') + '\n');
write(docs);

const content = await datasetTracker(folder);
const requests: Array<{ sites: string[]; reason: string }> = [];
const handler = publishWebhook({ secret: SECRET, content, sites: SITES, request: (sites, reason) => requests.push({ sites, reason }) });
const server: Server = createServer(async (req, res) => {
  if (!(await handler(req, res))) res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/publish`;

async function send(body: object, signature?: string | null) {
  const text = JSON.stringify(body);
  const header = signature === undefined ? await encodeSignatureHeader(text, Date.now(), SECRET) : signature;
  const response = await fetch(endpoint, { method: 'POST', body: text, headers: { 'content-type': 'application/json', ...(header ? { [SIGNATURE_HEADER_NAME]: header } : {}) } });
  return { status: response.status, body: (await response.json()) as { rebuilding?: string[] } };
}

test('no signature, a forged one, or one over another body: 401 and nothing queued', async () => {
  const body = { _id: 'alert.alle', _type: 'alert', sites: [] };
  assert.is((await send(body, null)).status, 401);
  assert.is((await send(body, await encodeSignatureHeader(JSON.stringify(body), Date.now(), 'feil-hemmelighet'))).status, 401);
  assert.is((await send(body, await encodeSignatureHeader('{"_id":"annet"}', Date.now(), SECRET))).status, 401);
  assert.is((await send(body, 'ikke en signatur')).status, 401);
  assert.is(requests.length, 0);
});

test('a signed webhook for an alert on every site queues every site', async () => {
  const result = await send({ _id: 'alert.alle', _type: 'alert', sites: [] });
  assert.is(result.status, 202);
  assert.equal(result.body.rebuilding, SITES);
  assert.equal(requests.pop()?.sites, SITES);
});

test('an event moved to another site in the dataset rebuilds both, though the webhook names only the new one', async () => {
  write([{ ...docs[0]!, site: ref('site.appelsinia') }, docs[1]!, docs[2]!]);
  const result = await send({ _id: 'event.konsert', _type: 'event', site: 'site.appelsinia', alsoOn: null });
  assert.equal(result.body.rebuilding, ['appelsinia', 'bydelshus']);
  assert.match(requests.pop()!.reason, /event «Konsert» \(event\.konsert\)/);
});

test('a draft webhook rebuilds nothing', async () => {
  const result = await send({ _id: 'drafts.event.konsert', _type: 'event', site: 'site.appelsinia' });
  assert.is(result.status, 202);
  assert.equal(result.body.rebuilding, []);
  assert.is(requests.length, 0);
});

test('--watch: editing the dataset queues the sites the changed documents touch', async () => {
  const watched: string[][] = [];
  const watcher = watchDataset({ content, sites: SITES, request: (sites) => watched.push(sites), debounceMs: 50 });
  const lines = readFileSync(ndjson, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { _id: string; title: string });
  lines[0]!.title = 'Konsert i kveld';
  write(lines);
  for (let i = 0; i < 40 && !watched.length; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  watcher.close();
  assert.equal(watched, [['appelsinia']]);
});

test('the projection in the docs gives bodies that name the sites before and after', async () => {
  const tree = parse(WEBHOOK_PROJECTION, { mode: 'delta' });
  const body = async (before: object | null, after: object) => (await evaluate(tree, { before, after, root: after })).get();
  const created = await body(null, { _id: 'alert.ny', _type: 'alert', sites: [ref('site.bydelshus')] });
  assert.equal(affectedSites({ changes: [], notice: created, documents: new Map(), sites: SITES }).sites, ['bydelshus']);
  const moved = await body(
    { _id: 'event.x', _type: 'event', site: ref('site.bydelshus'), alsoOn: [ref('site.ibsenbiblioteket')] },
    { _id: 'event.x', _type: 'event', site: ref('site.appelsinia') },
  );
  assert.equal(affectedSites({ changes: [], notice: moved, documents: new Map(), sites: SITES }).sites, SITES);
});

test.after(() => void server.close());
test.run();
