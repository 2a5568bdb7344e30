/**
 * oneEventSeconds: a signed publish webhook → the edited event's page and the site's event
 * lists' data (events.json, the list's data.json) served with the new title on every site that
 * shows it, through the real server (server/serve.ts from the run's frozen code, its warm
 * renderer and its own rebuilds). Each run edits the title again; the time is the last of the
 * sites' files showing it, polled over HTTP every 25 ms. Between runs the server finishes the
 * rebuild that follows the fast path (its time is kept as serverRebuildSeconds), so one run's
 * build does not slow the next run down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { buildEnvironment, type BuildEnv } from './astro-build.ts';
import { editOneEvent } from './one-event.ts';
import { hostRequest } from './host-request.ts';

export const FAST_PATH_METHOD =
  'median over runs of: signed POST /api/publish to the running server (server/serve.ts, warm renderer started and its bundles loaded) after one cross-listed event\'s title was edited in the dataset → the event page, /events.json and /arrangementer/data.json of every site that shows it served with the new title (HTTP, polled every 25 ms); the server\'s rebuild that follows is let finish before the next run';

export interface FastPathRun {
  seconds: number;
  /** Webhook → the server's rebuild of the affected sites done and swapped in. */
  serverRebuildSeconds: number;
  sites: string[];
  written: number;
}

export interface FastPathFigures {
  runs: FastPathRun[];
  medianSeconds: number;
  medianServerRebuildSeconds: number;
  /** The warm renderer process (every site's bundle and data) after the runs. */
  rendererRssMiB?: number;
  serverRssMiB?: number;
  /** Why the fast path was not used, if it was not. */
  notUsed: string[];
}

const SECRET = 'bench-webhook-secret';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Status {
  queue: unknown;
  running: unknown;
  fastPath?: { rssBytes?: number; warmedAt?: string; recent: Array<{ sites: Array<{ ok: boolean; written?: number; reason?: string }> }> };
}

export async function measureFastPath(env: BuildEnv, slugs: string[], options: { runs?: number; now: Date; log: (line: string) => void; firstRun?: number }): Promise<FastPathFigures> {
  const server = await startServer(env, slugs);
  try {
    // The editor routes answer on 127.0.0.1 (a loopback name of the editor host).
    const status = async () => JSON.parse((await hostRequest(server.port, '127.0.0.1', 'GET', '/api/status')).body) as Status;
    const idle = async (timeoutMs: number) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const now = await status();
        if (!now.queue && !now.running && now.fastPath?.warmedAt) return now;
        if (Date.now() > until) throw new Error(`the server did not finish its rebuilds within ${timeoutMs / 1000} s`);
        await sleep(250);
      }
    };
    await idle(30 * 60_000);
    const runs: FastPathRun[] = [];
    const notUsed: string[] = [];
    for (let i = 0; i < (options.runs ?? 3); i++) {
      // Each run a title the folder has not served yet (bench:publish runs again on a folder a run edited).
      const edit = editOneEvent(env.dataset, options.now, slugs, (options.firstRun ?? 1) + i);
      // The webhook names every site the event is cross-listed to, but a site whose own event
      // has the same address keeps its own there (the rulebook's cross-listing rule) and shows
      // nothing of this one: only the sites whose served events.json lists the event must change.
      const showing: string[] = [];
      for (const site of edit.sites) if ((await hostRequest(server.port, `${site}.localhost`, 'GET', '/events.json')).body.includes(`"${edit.eventId}"`)) showing.push(site);
      if (!showing.length) throw new Error(`no site named by the webhook (${edit.sites.join(', ')}) lists ${edit.eventId} in its events.json`);
      const body = JSON.stringify({ _id: edit.eventId, _type: 'event' });
      const started = performance.now();
      const response = await hostRequest(server.port, '127.0.0.1', 'POST', '/api/publish', body, {
        'content-type': 'application/json',
        [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET),
      });
      if (response.status !== 202) throw new Error(`the webhook answered ${response.status}: ${response.body}`);
      const wanted = showing.flatMap((site) => [`/arrangementer/${edit.slug}/`, '/events.json', '/arrangementer/data.json'].map((path) => ({ site, path })));
      const escaped = JSON.stringify(edit.after).slice(1, -1);
      while (wanted.length) {
        for (const item of [...wanted]) {
          const page = await hostRequest(server.port, `${item.site}.localhost`, 'GET', item.path);
          if (page.status === 200 && (page.body.includes(edit.after) || page.body.includes(escaped))) wanted.splice(wanted.indexOf(item), 1);
        }
        if (wanted.length) await sleep(25);
        if (performance.now() - started > 30 * 60_000) throw new Error('the new title was never served');
      }
      const seconds = (performance.now() - started) / 1000;
      const after = await idle(30 * 60_000);
      const serverRebuildSeconds = (performance.now() - started) / 1000;
      const last = after.fastPath?.recent[0];
      notUsed.push(...(last?.sites ?? []).filter((site) => !site.ok).map((site) => site.reason ?? 'unknown'));
      const written = (last?.sites ?? []).reduce((sum, site) => sum + (site.written ?? 0), 0);
      const notShowing = edit.sites.filter((site) => !showing.includes(site));
      options.log(`  run ${i + 1}: «${edit.after}» on ${showing.join(', ')}${notShowing.length ? ` (${notShowing.join(', ')} named by the webhook, but showing an event of its own at that address)` : ''} served in ${seconds.toFixed(2)} s (${written} files written early); rebuild done after ${serverRebuildSeconds.toFixed(1)} s`);
      runs.push({ seconds, serverRebuildSeconds, sites: showing, written });
    }
    const final = await status();
    return {
      runs,
      medianSeconds: median(runs.map((run) => run.seconds)),
      medianServerRebuildSeconds: median(runs.map((run) => run.serverRebuildSeconds)),
      rendererRssMiB: final.fastPath?.rssBytes ? Math.round(final.fastPath.rssBytes / 2 ** 20) : undefined,
      serverRssMiB: rssMiB(server.child.pid),
      notUsed,
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
}

async function startServer(env: BuildEnv, slugs: string[]): Promise<{ child: ChildProcess; port: number }> {
  const { FASETT_SITE: _site, ...base } = buildEnvironment(env, slugs[0]!);
  const child = spawn(process.execPath, [join(env.code, 'server', 'serve.ts')], {
    cwd: env.code,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', SANITY_WEBHOOK_SECRET: SECRET, FASETT_EDITOR_HOST: 'localhost' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const found = /list of sites: http:\/\/[^:/]+:(\d+)\//.exec(output);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}):\n${output.slice(-2000)}`)));
  });
  return { child, port: Number(port) };
}

/**
 * One request on a connection of its own, by Host header (fetch cannot set Host; the server
 * routes by it). No keep-alive: on a loaded machine a reused connection the server has just
 * closed fails with ECONNRESET, and a signed webhook must not be sent twice.
 */
function rssMiB(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
