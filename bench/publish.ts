/**
 * `npm run bench:publish` — the publish figures again (alertJsSeconds, alertStaticSeconds,
 * oneEventSeconds), on the folder the last `npm run bench` left (.cache/bench/run-<events>-<sites>:
 * its frozen code, dataset copy, site folders and build), without the hour of builds before them:
 * the same two steps as at the end of `npm run bench` (bench/lib/alert-fast-path.ts and
 * bench/lib/fast-path.ts), with the run's own code. For a machine that was busy during the run's
 * last steps, or to see how they move from run to run. Writes bench/publish-results.json (its own
 * file: bench/results.json holds one run's figures, all measured together), with when, on what
 * load and how.
 *   options: --events N --sites M (default: those of bench/results.json), --repeats N (default 3)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { readArgs, value } from '../scripts/lib/args.ts';
import { buildEnvironment, type BuildEnv } from './lib/astro-build.ts';
import { ALERT_METHOD, alertFastPath } from './lib/alert-fast-path.ts';
import { FAST_PATH_METHOD, measureFastPath } from './lib/fast-path.ts';
import { digestOf } from './lib/code-snapshot.ts';
import { repoRoot, runDirs } from './lib/work-dirs.ts';

const resultsFile = join(repoRoot, 'bench', 'results.json');
const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, any>;
const args = readArgs();
const events = Number(value(args, 'events') ?? results.parameters.events);
const siteCount = Number(value(args, 'sites') ?? results.parameters.sites);
const repeats = Number(value(args, 'repeats') ?? 3);
const dirs = runDirs(events, siteCount);
if (!existsSync(dirs.dist)) throw new Error(`No benchmark run in ${dirs.root}: run \`npm run bench -- --events ${events} --sites ${siteCount}\` first`);
const now = results.parameters.now as string;
const env: BuildEnv = { code: dirs.code, dataset: dirs.dataset, sites: dirs.sites, dist: dirs.dist, cardCache: dirs.cardCache, astroCache: dirs.astroCache, now };
const slugs = readdirSync(env.sites, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (n: number) => Math.round(n * 100) / 100;
const log = (line: string) => console.log(line);
const loadAtStart = loadavg().map(round);
log(`Publish figures again: ${slugs.length} sites of ${dirs.root}, ${repeats} runs each; load average ${loadAtStart.join(' ')}`);

// The measuring scripts are this checkout's, the product code the run's: the alert script runs
// from inside the frozen code (it starts the server from there), so it is copied in. bench/ is not
// part of the code digest the served builds were made with.
for (const script of ['alert-fast-path.ts', 'alert-server.ts', 'host-request.ts', 'machine-quiet.ts']) copyFileSync(join(repoRoot, 'bench', 'lib', script), join(dirs.code, 'bench', 'lib', script));

// The alert fast path on hard-linked copies (bench/run.ts step 10), fresh for this run.
const alertDist = join(dirs.root, 'alert-dist');
const alertDataset = join(dirs.root, 'alert-dataset');
rmSync(alertDist, { recursive: true, force: true });
rmSync(alertDataset, { recursive: true, force: true });
// Hard links: the fast path replaces files by rename, never in place, so the run's own build stays as it was.
execFileSync('cp', ['-al', dirs.dist, alertDist]);
execFileSync('cp', ['-al', dirs.dataset, alertDataset]);
log('alert fast path: signed webhook → alert in Chromium on every site, and in every page\'s HTML');
const alerts = await alertFastPath({ dist: alertDist, sites: slugs, runs: repeats, now }, dirs.code, {
  ...buildEnvironment(env, slugs[0]!),
  FASETT_DIST_DIR: alertDist,
  CONTENT_DATASET: alertDataset,
});
for (const run of alerts.runs)
  log(`  ${run.alertId}: webhook answered ${run.webhookSeconds.toFixed(2)} s, alerts.json served on every site ${run.servedSeconds.toFixed(2)} s, shown by every site's page ${run.jsSeconds.toFixed(2)} s (${run.shownByHtml} by its HTML), in the HTML of every page ${run.staticSeconds.toFixed(1)} s (${run.pagesMissing} of ${run.pagesChecked} without it)`);

log('one event edited, published through the server (webhook → fast path → rebuild)');
const fastPath = await measureFastPath(env, slugs, { runs: repeats, now: new Date(now), log, firstRun: Math.floor(Date.now() / 1000) % 100_000 });
log(`  median ${fastPath.medianSeconds.toFixed(2)} s to serve${fastPath.notUsed.length ? `; fast path not used: ${fastPath.notUsed.join('; ')}` : ''}`);

// A file of its own: results.json is one run's figures, all measured together; these come after.
const publishFile = join(repoRoot, 'bench', 'publish-results.json');
const figures = {
  alertJsSeconds: round(median(alerts.runs.map((run) => run.jsSeconds))),
  alertServedSeconds: round(median(alerts.runs.map((run) => run.servedSeconds))),
  alertJsFloorSeconds: round(alerts.returningVisitorsFloorSeconds),
  alertStaticSeconds: round(median(alerts.runs.map((run) => run.staticSeconds))),
  alertWebhookSeconds: round(median(alerts.runs.map((run) => run.webhookSeconds))),
  oneEventSeconds: round(fastPath.medianSeconds),
};
const publish = {
  ...figures,
  measuredAt: new Date().toISOString(),
  parameters: { events, sites: siteCount, repeats, now },
  run: { folder: dirs.root, codeDigest: digestOf(dirs.code) },
  machine: { loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map(round) },
  method: {
    ...ALERT_METHOD,
    alertWebhookSeconds: 'the same webhook sent → its 202 (alerts.json written on every site, the rebuild journaled and synced to disk); median',
    oneEventSeconds: FAST_PATH_METHOD,
    how: 'npm run bench:publish on the folder the last npm run bench left (its frozen code, dataset and build): the alert and event fast path steps of npm run bench again',
  },
  details: { alertFastPath: alerts, fastPath },
};
writeFileSync(publishFile, JSON.stringify(publish, null, 2) + '\n');
log(`alertJsSeconds ${figures.alertJsSeconds} (target ≤ 2), alertStaticSeconds ${figures.alertStaticSeconds} (≤ 60), oneEventSeconds ${figures.oneEventSeconds} (≤ 5)  → bench/publish-results.json`);

