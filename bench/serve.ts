/**
 * `npm run bench:serve` — requests per second and p99 latency of the Node server (`npm run
 * serve`, its own process) and Debian's nginx with the configuration the build emits, side by
 * side, on the same built sites: an HTML page and a 184 KB script, with a browser's
 * Accept-Encoding, idle and while a rebuild of every site runs (started by a signed publish
 * webhook, as an editor's publish would). autocannon, 20 connections, 5 s a run. Figures, never
 * assertions; errors are counted and printed. Writes bench/serve-results.json.
 *
 *   npm run bench:serve                 on dist/ (built first when a site is missing)
 *   options: --seconds N --connections N
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { readArgs, value } from '../scripts/lib/args.ts';
import { buildSites, distDir, repoRoot } from '../scripts/lib/build-sites.ts';
import { loadAllSiteConfigs } from '../shared/config/site.ts';
import { nginxConfigFor } from '../shared/serving/nginx.ts';
import { startNginx } from '../tests/support/nginx.ts';

const args = readArgs();
const seconds = Number(value(args, 'seconds') ?? 5);
const connections = Number(value(args, 'connections') ?? 20);
const SECRET = 'bench-serve-webhook';
const SITE = 'bydelshus';
const TARGETS = [
  { name: 'HTML page (/arrangementer/)', path: '/arrangementer/' },
  { name: 'asset (pagefind-component-ui.js, 184 KB)', path: '/pagefind/pagefind-component-ui.js' },
];

const dist = distDir();
const configs = await loadAllSiteConfigs();
const missing = configs.map((c) => c.slug).filter((slug) => !existsSync(join(dist, slug, 'index.html')));
if (missing.length) {
  console.log(`Building ${missing.join(', ')} first…`);
  const { exitCode } = await buildSites({ sites: missing });
  if (exitCode !== 0) throw new Error('the build failed');
}

// 1. The Node server, as `npm run serve` runs it.
const node = await startNodeServer();
const status = async () => (await (await fetch(`http://127.0.0.1:${node.port}/api/status`)).json()) as { running: unknown; queue: unknown };
console.log('Waiting for the server to have nothing to catch up on…');
await waitFor(async () => {
  const s = await status();
  return s.running === null && s.queue === null;
}, 15 * 60_000);

// 2. nginx on the same folder, one worker (the Node server is one process too).
const nginx = await startNginx((port) => nginxConfigFor(dist, { configs, listen: `127.0.0.1:${port}`, upstream: `127.0.0.1:${node.port}`, editorHosts: ['localhost'] }), { workers: 1 });

interface Row {
  server: 'node' | 'nginx';
  target: string;
  state: 'idle' | 'rebuilding';
  requestsPerSecond: number;
  p99Ms: number;
  meanMs: number;
  mbPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
  rebuildRanThroughout?: boolean;
}
const rows: Row[] = [];

async function measure(server: 'node' | 'nginx', port: number, target: (typeof TARGETS)[number], state: Row['state']): Promise<void> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    connections,
    duration: seconds,
    headers: { host: `${SITE}.localhost`, 'accept-encoding': 'gzip, deflate, br' },
  });
  rows.push({
    server,
    target: target.name,
    state,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    meanMs: Math.round(result.latency.mean * 10) / 10,
    mbPerSecond: Math.round((result.throughput.average / 1e6) * 10) / 10,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  });
  const row = rows.at(-1)!;
  console.log(`  ${server.padEnd(5)} ${state.padEnd(10)} ${target.name.padEnd(42)} ${String(row.requestsPerSecond).padStart(6)} req/s  p99 ${String(row.p99Ms).padStart(4)} ms  errors ${row.errors}, non-2xx ${row.non2xx}`);
}

console.log(`\nIdle (${connections} connections, ${seconds} s a run):`);
for (const target of TARGETS) {
  await measure('node', node.port, target, 'idle');
  await measure('nginx', nginx.port, target, 'idle');
}

console.log('\nWhile every site is rebuilt (a signed publish webhook for an alert on every site):');
let webhooks = 0;
const ensureRebuilding = async () => {
  if ((await status()).running) return;
  const body = JSON.stringify({ _id: 'alert.bench', _type: 'alert', sites: null, n: ++webhooks });
  const answer = await fetch(`http://127.0.0.1:${node.port}/api/publish`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
  });
  if (answer.status !== 202) throw new Error(`the webhook answered ${answer.status}: ${await answer.text()}`);
  await waitFor(async () => !!(await status()).running, 60_000);
};
for (const target of TARGETS) {
  for (const [server, port] of [['node', node.port], ['nginx', nginx.port]] as const) {
    await ensureRebuilding();
    await measure(server, port, target, 'rebuilding');
    rows.at(-1)!.rebuildRanThroughout = !!(await status()).running;
  }
}

await nginx.stop();
// The rebuild finishes before the server stops, so dist/ is left as it would be.
await waitFor(async () => {
  const s = await status();
  return s.running === null && s.queue === null;
}, 15 * 60_000);
await stopNodeServer(node.process);

const machine = `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, shared`;
const table = [
  '| server | state | target | requests/s | p99 latency | errors |',
  '|---|---|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.server === 'node' ? 'Node (`npm run serve`)' : 'nginx (emitted config, 1 worker)'} | ${r.state} | ${r.target} | ${r.requestsPerSecond.toLocaleString('en')} | ${r.p99Ms} ms | ${r.errors + r.non2xx} |`),
];
console.log(`\n${table.join('\n')}\n\n(${machine}; autocannon ${connections} connections × ${seconds} s, Accept-Encoding: gzip, deflate, br)`);
const errors = rows.reduce((n, r) => n + r.errors + r.non2xx, 0);
console.log(errors ? `\n${errors} errors or non-2xx answers` : '\n0 errors, 0 non-2xx answers');
writeFileSync(
  join(repoRoot, 'bench/serve-results.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), machine, connections, seconds, acceptEncoding: 'gzip, deflate, br', rows }, null, 2) + '\n',
);

async function startNodeServer(): Promise<{ port: number; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(repoRoot, 'server/serve.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SANITY_WEBHOOK_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /list of sites: http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`npm run serve exited (${code}):\n${output}`)));
  });
  return { port, process: child };
}

function stopNodeServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
