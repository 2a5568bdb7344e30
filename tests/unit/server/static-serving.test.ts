/**
 * Serving built sites under load and change: pages removed and added by twenty swaps while
 * they are requested (no failed request, the process stays up), precompressed copies chosen
 * by Accept-Encoding, the headers every answer carries, 405 for other methods, and hosts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createFasettServer } from '../../../server/app.ts';
import { hostRoutes } from '../../../server/hosts.ts';
import { buildsDir, currentBuild, pruneBuilds, swapIn } from '../../../server/atomic-swap.ts';

const dist = mkdtempSync(join(tmpdir(), 'fasett-serving-'));
const SITES = [
  { slug: 'bydelshus', url: 'https://bydelshus.skien.kommune.no', hostnames: ['www.bydelshus.no'] },
  { slug: 'appelsinia', url: 'https://appelsinia.skien.kommune.no' },
];
const BIG = `<!doctype html><html lang="nb"><body>${'<p>Konsert i Ibsenhuset i kveld.</p>'.repeat(200)}</body></html>`;
const STYLE_HASH = 'sha256-IWkwkRLWaxYJGGgXEmASa2V+hMfVMRlnzy8kvzsTJfA=';

let buildNo = 0;
/** A finished build of bydelshus: the event page is there in odd builds only. */
function writeBuild(withEvent: boolean): string {
  const folder = join(buildsDir(dist), `b${++buildNo}`, 'bydelshus');
  mkdirSync(join(folder, 'arrangementer', 'konsert'), { recursive: true });
  mkdirSync(join(folder, '.fasett'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), BIG);
  writeFileSync(join(folder, 'index.html.br'), brotliCompressSync(BIG));
  writeFileSync(join(folder, 'index.html.gz'), gzipSync(BIG));
  writeFileSync(join(folder, 'plain.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  writeFileSync(join(folder, '404.html'), '<!doctype html><title>Fant ikke</title><h1>Vi fant ikke siden</h1>');
  writeFileSync(join(folder, '.fasett', 'serving.json'), JSON.stringify({ csp: { scripts: [], styles: [STYLE_HASH], images: [] } }));
  if (withEvent) writeFileSync(join(folder, 'arrangementer', 'konsert', 'index.html'), `<h1>Konsert (bygg ${buildNo})</h1>`);
  return folder;
}
swapIn(dist, 'bydelshus', writeBuild(true));

const server: Server = createFasettServer({
  distDir: () => dist,
  sites: () => SITES.map((s) => s.slug),
  hosts: hostRoutes(SITES, ['localhost']),
  port: 0,
  handlers: [(req, res) => (req.url === '/api/status' ? (res.end('{"editor":true}'), true) : false)],
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, options: { host?: string; method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', agent: false, headers: { host: options.host ?? `bydelshus.localhost:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('pages hammered while twenty swaps remove and add them: every answer is the old page, the new one or a 404, none fails', async () => {
  let failures: string[] = [];
  const seen = new Map<number, number>();
  let swapping = true;
  const swaps = (async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      const next = writeBuild(i % 2 === 1);
      const previous = swapIn(dist, 'bydelshus', next);
      // As the server prunes after a swap: the build before is kept, older ones go, mid-request for some.
      pruneBuilds(dist, 'bydelshus', [next, previous]);
    }
    swapping = false;
  })();
  const paths = ['/arrangementer/konsert/', '/', '/plain.js', '/arrangementer/konsert'];
  let sent = 0;
  const worker = async () => {
    while ((swapping || sent < 200) && sent < 4000) {
      const path = paths[sent++ % paths.length]!;
      try {
        const answer = await get(path, { headers: { 'accept-encoding': 'br, gzip' } });
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        const text = answer.headers['content-encoding'] === 'br' ? brotliDecompressSync(answer.body).toString() : answer.body.toString();
        const ok =
          (answer.status === 200 && (text.startsWith('<h1>Konsert (bygg') || text === BIG || text.startsWith('console.log'))) ||
          // The event page is in every other build: a 404 is a right answer for it, never for the others.
          (answer.status === 404 && path.startsWith('/arrangementer'));
        if (!ok) failures.push(`${path}: ${answer.status} ${text.slice(0, 60)}`);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all([swaps, ...Array.from({ length: 16 }, worker)]);
  failures = [...new Set(failures)];
  assert.equal(failures, [], `${failures.length} failed requests, e.g. ${failures.slice(0, 3).join(' | ')}`);
  assert.ok(sent >= 200, `${sent} requests`);
  assert.ok((seen.get(200) ?? 0) > 0 && (seen.get(404) ?? 0) > 0, `statuses: ${JSON.stringify([...seen])}`);
  // Still serving after it all.
  assert.is((await get('/')).status, 200);
});

test('a folder of the current build removed under the server: 404 page or plain 404, never a crash', async () => {
  swapIn(dist, 'bydelshus', writeBuild(true));
  rmSync(join(currentBuild(dist, 'bydelshus')!, 'arrangementer'), { recursive: true, force: true });
  assert.is((await get('/arrangementer/konsert/')).status, 404);
  rmSync(currentBuild(dist, 'bydelshus')!, { recursive: true, force: true });
  const gone = await get('/');
  assert.is(gone.status, 404);
  swapIn(dist, 'bydelshus', writeBuild(true));
  assert.is((await get('/')).status, 200);
});

test('Accept-Encoding: the build\'s .br or .gz by q-value, any case; q=0 refuses; identity when asked', async () => {
  const plain = (answer: Answer) =>
    answer.headers['content-encoding'] === 'br' ? brotliDecompressSync(answer.body).toString() : answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body).toString() : answer.body.toString();
  const cases: Array<[string | undefined, string | undefined]> = [
    ['gzip, deflate, br', 'br'],
    ['BR', 'br'],
    ['Gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0.2, br;q=0', 'gzip'],
    ['identity', undefined],
    ['identity;q=1, br;q=0.5', undefined],
    [undefined, undefined],
  ];
  for (const [accept, expected] of cases) {
    const answer = await get('/', { headers: accept === undefined ? {} : { 'accept-encoding': accept } });
    assert.is(answer.status, 200);
    assert.is(answer.headers['content-encoding'], expected, `Accept-Encoding: ${accept}`);
    assert.is(Number(answer.headers['content-length']), answer.body.length);
    assert.is(plain(answer), BIG, `the same page for ${accept}`);
    assert.is(answer.headers.vary, 'Accept-Encoding');
  }
});

test('a compressible file without a copy from the build is sent as it is: nothing is compressed per request', async () => {
  const answer = await get('/plain.js', { headers: { 'accept-encoding': 'br, gzip' } });
  assert.is(answer.status, 200);
  assert.is(answer.headers['content-encoding'], undefined);
  assert.match(answer.body.toString(), /^console\.log/);
  assert.is(answer.headers['content-type'], 'text/javascript; charset=utf-8');
});

test('every answer carries the policy with the build\'s hashes, Referrer-Policy and Permissions-Policy; 404 too', async () => {
  for (const path of ['/', '/finnes-ikke/']) {
    const answer = await get(path);
    const csp = String(answer.headers['content-security-policy']);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /default-src 'self'/);
    assert.ok(csp.includes(`'${STYLE_HASH}'`), 'the build\'s style hash');
    assert.not.match(csp, /unsafe-inline/);
    assert.is(answer.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.match(String(answer.headers['permissions-policy']), /camera=\(\)/);
    assert.is(answer.headers['x-content-type-options'], 'nosniff');
  }
});

test('POST and DELETE on a page: 405 with Allow, no page; HEAD: the headers without a body', async () => {
  for (const method of ['POST', 'DELETE', 'PUT']) {
    const answer = await get('/', { method });
    assert.is(answer.status, 405, method);
    assert.is(answer.headers.allow, 'GET, HEAD');
    assert.not.ok(answer.body.toString().includes('Ibsenhuset'));
  }
  const head = await get('/', { method: 'HEAD' });
  assert.is(head.status, 200);
  assert.is(head.body.length, 0);
  assert.is(Number(head.headers['content-length']), BIG.length);
});

test('an If-None-Match with the ETag gets 304', async () => {
  const first = await get('/');
  const again = await get('/', { headers: { 'if-none-match': String(first.headers.etag) } });
  assert.is(again.status, 304);
  assert.is(again.body.length, 0);
});

test('the build\'s notes (.fasett/) and paths out of the site are never served', async () => {
  for (const path of ['/.fasett/serving.json', '/%2Efasett/serving.json', '/arrangementer/../.fasett/serving.json']) {
    const answer = await get(path);
    assert.is(answer.status, 404, path);
    assert.not.ok(answer.body.toString().includes('"csp"'), path);
  }
  for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/arrangementer/../../etc/passwd']) {
    const answer = await get(path);
    assert.is(answer.status, 400, path);
    assert.not.ok(answer.body.toString().includes('root:'), path);
  }
});

test('hosts: the config\'s names and <slug>.localhost serve the site; look-alikes and unknown hosts get 404', async () => {
  for (const host of ['bydelshus.skien.kommune.no', 'BYDELSHUS.skien.kommune.no.', 'www.bydelshus.no', `bydelshus.localhost:${port}`]) {
    assert.is((await get('/', { host })).status, 200, host);
  }
  for (const host of ['bydelshus.evil.test', 'bydelshus', 'evil.test', 'skien.kommune.no', 'bydelshus.skien.kommune.no.evil.test']) {
    const answer = await get('/', { host });
    assert.is(answer.status, 404, host);
    assert.not.ok(answer.body.toString().includes('Ibsenhuset'), host);
  }
});

test('editor routes and the site list answer on the editor host only, never on a site\'s host', async () => {
  assert.is((await get('/api/status', { host: `localhost:${port}` })).body.toString(), '{"editor":true}');
  assert.is((await get('/api/status', { host: `127.0.0.1:${port}` })).body.toString(), '{"editor":true}');
  const onSite = await get('/api/status', { host: 'bydelshus.skien.kommune.no' });
  assert.is(onSite.status, 404);
  assert.not.ok(onSite.body.toString().includes('editor'));
  assert.match((await get('/', { host: `localhost:${port}` })).body.toString(), /appelsinia/);
  assert.is((await get('/', { host: 'evil.test' })).status, 404);
});

test.after(() => {
  server.close();
  rmSync(dist, { recursive: true, force: true });
});
test.run();
