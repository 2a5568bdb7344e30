/**
 * No lost publish: `npm run serve` is stopped with SIGTERM while it rebuilds after a signed
 * webhook (202 already sent, so Sanity will not send it again), then started again — and the
 * edit is served, with nothing left in the journal. The server runs as its own process, as
 * in production.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { repoRoot } from '../../scripts/lib/build-sites.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';

const SECRET = 'restart-webhook-secret';
const EVENT = 'event.bydelshus.julemarked-pa-gulset-bydelshus';
const EVENT_PATH = '/arrangementer/julemarked-pa-gulset-bydelshus/';
const TITLE = 'Julemarked på Gulset – flyttet inn på grunn av været';
const BUILD_TIMEOUT = 240_000;

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
mkdirSync(join(repoRoot, 'tests/.tmp'), { recursive: true });
const root = mkdtempSync(join(repoRoot, 'tests/.tmp/restart-'));
const dataset = join(root, 'dataset');
const dist = join(root, 'dist');
cpSync(join(repoRoot, 'dataset/sample'), dataset, { recursive: true });
mkdirSync(dist, { recursive: true });
// The browser run's build of the same content, clock and code, with the input keys it left.
const prebuilt = process.env.FASETT_DIST_DIR ?? join(repoRoot, 'tests/.tmp/dist');
for (const slug of listSiteSlugs()) cpSync(join(prebuilt, slug), join(dist, slug), { recursive: true, dereference: true });
cpSync(join(prebuilt, '_reports'), join(dist, '_reports'), { recursive: true });

let server: ChildProcess | undefined;
let port = 0;

/** Starts `node server/serve.ts` on a free port; resolves once it listens. */
function startServer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'server/serve.ts')], {
      cwd: repoRoot,
      // FASETT_FAST_PATH=0: this is about the rebuild surviving a stop (the event fast path would
      // serve the edit early, before the rebuild; tests/browser/editor-fast-path.test.ts covers that).
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FASETT_DIST_DIR: dist, CONTENT_DATASET: dataset, SANITY_WEBHOOK_SECRET: SECRET, PREVIEW_SECRET: 'restart-preview', FASETT_FAST_PATH: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let output = '';
    let listening = false;
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (process.env.FASETT_TEST_VERBOSE) process.stdout.write(chunk);
      const match = /list of sites: http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match && !listening) {
        listening = true;
        port = Number(match[1]);
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => listening || reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

function stopServer(signal: NodeJS.Signals): Promise<number | null> {
  const child = server!;
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
    port = 0;
  });
}

function get(path: string, host = `bydelshus.localhost:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await Promise.resolve().then(check).catch(() => false))) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const status = async () => JSON.parse((await get('/api/status', `127.0.0.1:${port}`)).body) as { running: unknown; queue: unknown; recent: Array<{ reasons: string[] }> };
const journal = () => (existsSync(join(dist, '.fasett-state/publish-journal')) ? readdirSync(join(dist, '.fasett-state/publish-journal')).filter((n) => n.endsWith('.json')) : []);

test.after(async () => {
  if (server && server.exitCode === null) await stopServer('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

test('SIGTERM during the rebuild after a publish; started again, the edit is served', async () => {
  await startServer();
  // The copy is the build of this content: nothing to catch up on at the first start.
  await waitFor(async () => (await status()).running === null && (await status()).queue === null, 30_000, 'a quiet start');
  assert.is((await status()).recent.length, 0, 'no rebuild at the first start');

  const ndjson = join(dataset, 'data.ndjson');
  const docs = readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  writeFileSync(`${ndjson}.tmp`, docs.map((doc) => JSON.stringify(doc._id === EVENT ? { ...doc, title: TITLE } : doc)).join('\n') + '\n');
  renameSync(`${ndjson}.tmp`, ndjson);
  const body = JSON.stringify({ _id: EVENT, _type: 'event', site: 'site.bydelshus' });
  const answer = await fetch(`http://127.0.0.1:${port}/api/publish`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
  });
  assert.is(answer.status, 202);
  assert.is(journal().length, 1, 'the publish is on disk before the answer');

  await waitFor(async () => (await status()).running !== null, 30_000, 'the rebuild to start');
  assert.is(await stopServer('SIGTERM'), 0, 'the server stops cleanly');
  assert.is(journal().length, 1, 'the publish is still journaled');
  assert.not.ok(readFileSync(join(dist, 'bydelshus', EVENT_PATH, 'index.html'), 'utf8').includes(TITLE.split(' – ')[1]!), 'the stopped rebuild was not swapped in');

  await startServer();
  await waitFor(async () => (await get(EVENT_PATH)).body.includes(TITLE.split(' – ')[1]!), BUILD_TIMEOUT, 'the edit to be served after the restart');
  await waitFor(async () => journal().length === 0, 30_000, 'the journal to be emptied');
  const recent = (await status()).recent;
  assert.ok(recent.some((r) => r.reasons.some((reason) => /before the server stopped/.test(reason))), JSON.stringify(recent.map((r) => r.reasons)));
  assert.is((await get('/')).status, 200);
});

test.run();
