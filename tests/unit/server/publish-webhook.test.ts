/**
 * The publish path without builds: the webhook's signature (its age, replays, Sanity's
 * idempotency-key), the body limit, the sites it queues (read from the dataset before and
 * after the edit), and the --watch path on the same dataset. Real time is pinned to FASETT_NOW.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, request as httpRequest, type Server } from 'node:http';
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
const NOW = Date.parse(process.env.FASETT_NOW ?? '2026-12-01T12:00:00+01:00');
const MINUTE = 60_000;
const handler = publishWebhook({ secret: SECRET, content, sites: SITES, request: (sites, reason) => requests.push({ sites, reason }), now: () => NOW });
const server: Server = createServer(async (req, res) => {
  if (!(await handler(req, res))) res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/publish`;

async function send(body: object, signature?: string | null, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  const header = signature === undefined ? await encodeSignatureHeader(text, NOW, SECRET) : signature;
  return post(text, { ...(header ? { [SIGNATURE_HEADER_NAME]: header } : {}), ...extra });
}

async function post(text: string, headers: Record<string, string>) {
  const response = await fetch(endpoint, { method: 'POST', body: text, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, body: (await response.json()) as { rebuilding?: string[]; duplicate?: boolean } };
}

test('no signature, a forged one, or one over another body: 401 and nothing queued', async () => {
  const body = { _id: 'alert.alle', _type: 'alert', sites: [] };
  assert.is((await send(body, null)).status, 401);
  assert.is((await send(body, await encodeSignatureHeader(JSON.stringify(body), NOW, 'feil-hemmelighet'))).status, 401);
  assert.is((await send(body, await encodeSignatureHeader('{"_id":"annet"}', NOW, SECRET))).status, 401);
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

test('signed an hour ago, a year ago or a year ahead: 401 and nothing queued; within five minutes either way: accepted', async () => {
  const body = { _id: 'alert.alle', _type: 'alert', sites: [] };
  const text = JSON.stringify(body);
  for (const offset of [-60 * MINUTE, -365 * 24 * 60 * MINUTE, 365 * 24 * 60 * MINUTE, -6 * MINUTE, 6 * MINUTE]) {
    const answer = await send(body, await encodeSignatureHeader(text, NOW + offset, SECRET));
    assert.is(answer.status, 401, `signed ${offset / MINUTE} minutes from now`);
  }
  assert.is(requests.length, 0);
  for (const offset of [-4 * MINUTE, 4 * MINUTE]) {
    assert.is((await send({ ...body, n: offset }, await encodeSignatureHeader(JSON.stringify({ ...body, n: offset }), NOW + offset, SECRET))).status, 202);
  }
  assert.is(requests.splice(0).length, 2);
});

test('the same signed request sent again is refused (409) and rebuilds nothing', async () => {
  const text = JSON.stringify({ _id: 'alert.alle', _type: 'alert', sites: [], gang: 'to' });
  const signature = await encodeSignatureHeader(text, NOW - MINUTE, SECRET);
  assert.is((await post(text, { [SIGNATURE_HEADER_NAME]: signature })).status, 202);
  assert.is(requests.splice(0).length, 1);
  const again = await post(text, { [SIGNATURE_HEADER_NAME]: signature });
  assert.is(again.status, 409);
  // Sent twice at once: still one rebuild.
  const twin = JSON.stringify({ _id: 'alert.alle', _type: 'alert', sites: [], gang: 'samtidig' });
  const twinSignature = await encodeSignatureHeader(twin, NOW, SECRET);
  const both = await Promise.all([post(twin, { [SIGNATURE_HEADER_NAME]: twinSignature }), post(twin, { [SIGNATURE_HEADER_NAME]: twinSignature })]);
  assert.equal(both.map((b) => b.status).sort(), [202, 409]);
  assert.is(requests.splice(0).length, 1);
});

test('a retry with the idempotency-key of a delivery already accepted: 200, nothing rebuilt again', async () => {
  const body = { _id: 'alert.alle', _type: 'alert', sites: [], gang: 'retry' };
  const key = 'leveranse-7f3a';
  assert.is((await send(body, undefined, { 'idempotency-key': key })).status, 202);
  assert.is(requests.splice(0).length, 1);
  // Sanity signs a retry again: a new signature, the same key.
  const retry = await send(body, await encodeSignatureHeader(JSON.stringify(body), NOW + 1000, SECRET), { 'idempotency-key': key });
  assert.is(retry.status, 200);
  assert.is(retry.body.duplicate, true);
  assert.is(requests.length, 0);
  // A refused delivery may be retried: its key is not remembered.
  const refused = { _id: 'alert.alle', _type: 'alert', sites: [], gang: 'avvist' };
  assert.is((await send(refused, 'feil', { 'idempotency-key': 'leveranse-avvist' })).status, 401);
  assert.is((await send(refused, undefined, { 'idempotency-key': 'leveranse-avvist' })).status, 202);
  assert.is(requests.splice(0).length, 1);
});

test('an 11 MB body gets a 413 answer, not a reset connection; declared or streamed', async () => {
  const big = Buffer.alloc(11 * 1024 * 1024, 'a');
  const answer = await post(big.toString(), {});
  assert.is(answer.status, 413);
  // Sent in chunks without a Content-Length: the limit is found while reading.
  const status = await new Promise<number>((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/publish', method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    for (let i = 0; i < 11; i++) req.write(big.subarray(0, 1024 * 1024));
    req.end();
  });
  assert.is(status, 413);
  assert.is(requests.length, 0);
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
