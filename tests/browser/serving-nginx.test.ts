/**
 * Debian's nginx on the built output, with the configuration the build emits, answers as the
 * Node server does: the same statuses for the sites' hosts and for unknown ones, the same
 * headers (policy, caching, types), the same precompressed copy for each Accept-Encoding
 * (bodies unpack to the same bytes), the sites' own 404 pages, 405 for other methods.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request, type IncomingHttpHeaders } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startSiteServer } from '../support/site-server.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { distRoot } from '../support/built.ts';
import { loadAllSiteConfigs } from '../../shared/config/site.ts';
import { nginxConfigFor } from '../../shared/serving/nginx.ts';

let node: Awaited<ReturnType<typeof startSiteServer>>;
let nginx: RunningNginx;
const configs = await loadAllSiteConfigs();

test.before(async () => {
  node = await startSiteServer();
  nginx = await startNginx((port) => nginxConfigFor(distRoot(), { configs, listen: `127.0.0.1:${port}`, upstream: `127.0.0.1:${node.port}`, editorHosts: ['localhost'] }));
});
test.after(async () => {
  await nginx?.stop();
  await node?.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function ask(port: number, host: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, agent: false, headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (a: Answer) => (a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body);
const SAME_HEADERS = ['content-security-policy', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'x-frame-options', 'content-type', 'cache-control', 'content-encoding'];

/** Asks both servers the same thing and says what differs. */
async function compare(host: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ node: Answer; nginx: Answer; differences: string[] }> {
  const [a, b] = await Promise.all([ask(node.port, host, path, headers, method), ask(nginx.port, host, path, headers, method)]);
  const differences: string[] = [];
  const what = `${method} ${host}${path} [${headers['accept-encoding'] ?? '-'}]`;
  if (a.status !== b.status) differences.push(`${what}: status ${a.status} (node) vs ${b.status} (nginx)`);
  if (a.status < 400 || a.status === 404) {
    for (const name of SAME_HEADERS) if (a.headers[name] !== b.headers[name]) differences.push(`${what}: ${name} «${a.headers[name]}» vs «${b.headers[name]}»`);
    if (method === 'GET' && !decoded(a).equals(decoded(b))) differences.push(`${what}: the bodies differ`);
  }
  return { node: a, nginx: b, differences };
}

/** A few files of each kind in a built site. */
function samplePaths(slug: string): string[] {
  const root = join(distRoot(), slug);
  const assets = readdirSync(join(root, '_astro'));
  const pick = (pattern: RegExp) => assets.find((name) => pattern.test(name) && !/\.(br|gz)$/.test(name));
  const event = readdirSync(join(root, 'arrangementer'), { withFileTypes: true }).find((e) => e.isDirectory() && !['side', 'kategori', 'sted', 'for', 'maned', 'arkiv', 'gratis', 'i-dag'].includes(e.name))!.name;
  return [
    '/',
    `/arrangementer/${event}/`,
    `/arrangementer/${event}`,
    '/arrangementer/data.json',
    '/rss.xml',
    '/events.ics',
    '/favicon.svg',
    `/_astro/${pick(/\.css$/)}`,
    `/_astro/${pick(/\.js$/)}`,
    `/_astro/${pick(/\.webp$/)}`,
    '/pagefind/pagefind.js',
    '/finnes-ikke/',
    '/.fasett/serving.json',
    '/arrangementer/../../../etc/passwd',
  ];
}

const ENCODINGS: Array<Record<string, string>> = [{}, { 'accept-encoding': 'gzip, deflate, br' }, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br;q=0, gzip' }, { 'accept-encoding': 'identity' }];

for (const config of configs) {
  test(`${config.slug}: nginx and the Node server give the same statuses, headers and bytes for every kind of file`, async () => {
    const differences: string[] = [];
    let compressed = 0;
    for (const host of [new URL(config.url).hostname, `${config.slug}.localhost`]) {
      for (const path of samplePaths(config.slug)) {
        for (const headers of ENCODINGS) {
          const result = await compare(host, path, headers);
          differences.push(...result.differences);
          if (result.nginx.headers['content-encoding']) compressed += 1;
        }
      }
    }
    assert.equal(differences, []);
    assert.ok(compressed > 10, `${compressed} answers were precompressed copies`);
  });
}

test('404: each site\'s own page with status 404, from both', async () => {
  for (const config of configs) {
    const { node: a, nginx: b } = await compare(`${config.slug}.localhost`, '/finnes-ikke/', { 'accept-encoding': 'br' });
    assert.is(b.status, 404);
    assert.match(decoded(b).toString(), /<html/);
    assert.ok(decoded(a).equals(decoded(b)));
  }
});

test('hosts: look-alikes and unknown names get 404 from both; the sites answer on their names', async () => {
  for (const host of ['bydelshus.evil.test', 'evil.test', 'bydelshus', 'skien.kommune.no']) {
    const { node: a, nginx: b } = await compare(host, '/');
    assert.is(a.status, 404, `node: ${host}`);
    assert.is(b.status, 404, `nginx: ${host}`);
  }
  const onSite = await compare('bydelshus.localhost', '/api/status');
  assert.is(onSite.nginx.status, 404, 'no editor route on a site\'s host');
  assert.is(onSite.node.status, 404);
});

test('POST and DELETE on a page: 405 from both, no page', async () => {
  for (const method of ['POST', 'DELETE']) {
    const { node: a, nginx: b } = await compare('bydelshus.localhost', '/', {}, method);
    assert.is(a.status, 405);
    assert.is(b.status, 405);
    assert.not.match(b.body.toString(), /Bydelshus/);
  }
});

test.run();
