import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { forgetInputs, isUpToDate, rememberInputs, siteInputs } from './site-inputs.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = () => resolve(process.env.FASETT_DIST_DIR ?? join(repoRoot, 'dist'));

interface Problem {
  documentId: string;
  type: string;
  field: string;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface BuildReport {
  site: string;
  builtAt: string;
  documents: number;
  pages: number;
  problems: Problem[];
  cards?: { rendered: number; reused: number; msPerCard: number };
  rebuilt?: { pagesRendered: number; pagesSkipped: number };
}

export interface SiteBuildResult {
  slug: string;
  ok: boolean;
  seconds: number;
  report?: BuildReport;
  output: string;
  /** Not built: its inputs are those of its last build, whose output is still there (site-inputs.ts). */
  upToDate?: boolean;
}

export interface BuildOptions {
  sites?: string[];
  strict?: boolean;
  /** Extra environment for each `astro build` (e.g. FASETT_DIST_DIR for an atomic swap). */
  env?: NodeJS.ProcessEnv;
  quiet?: boolean;
  concurrency?: number;
  /** Build every site asked for, even those whose inputs have not changed since their last build. */
  force?: boolean;
  /** Stops the builds (their `astro build` processes are killed) and starts no more: a server shutting down. */
  signal?: AbortSignal;
}

export async function buildSites(options: BuildOptions = {}): Promise<{ exitCode: number; results: SiteBuildResult[] }> {
  const known = listSiteSlugs();
  const wanted = options.sites?.length ? options.sites : known;
  const unknown = wanted.filter((slug) => !known.includes(slug));
  if (unknown.length) {
    console.error(`Unknown site: ${unknown.join(', ')}. Sites: ${known.join(', ')}`);
    return { exitCode: 2, results: [] };
  }
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  // Astro keeps a static build's prerender bundle in <outDir>/.prerender, but falls back to
  // <cwd>/.astro/.prerender when the output folder lies outside the project — one folder for
  // every site, which two builds at once would empty under each other. So outside the
  // project, one site at a time.
  const outRoot = options.env?.FASETT_DIST_DIR ? resolve(options.env.FASETT_DIST_DIR) : distDir();
  const sharedPrerender = !outRoot.startsWith(repoRoot + sep);
  const concurrency = sharedPrerender ? 1 : Math.max(1, Math.min(options.concurrency ?? availableParallelism(), wanted.length));
  if (sharedPrerender && wanted.length > 1) log(`(${outRoot} is outside the project: Astro's prerender folder would be shared, so one site at a time)`);
  const started = performance.now();
  const results: SiteBuildResult[] = [];
  // Sites whose code, content and time facts are those of their last build are not built again.
  const buildEnv = { ...process.env, ...options.env };
  // With --force every site is built, and still leaves its key for the next build to compare.
  let inputs: Awaited<ReturnType<typeof siteInputs>>;
  try {
    inputs = await siteInputs(repoRoot, wanted, buildEnv);
  } catch (error) {
    // The content itself cannot be read (a corrupt dataset file names its line): no site can
    // build from it, so each fails with that message rather than starting Astro to find out.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const seconds = (performance.now() - started) / 1000;
    const failed = wanted.map((slug) => ({ slug, ok: false, seconds, output: message }));
    if (!options.quiet) {
      console.error(`✗ The content could not be read, so no site was built:\n${indent(message)}`);
      printSummary(failed, seconds);
    }
    return { exitCode: 1, results: failed };
  }
  const toBuild = wanted.filter((slug) => {
    if (options.force || !isUpToDate(outRoot, slug, inputs?.keys.get(slug))) return true;
    results.push({ slug, ok: true, seconds: 0, report: readReport(outRoot, slug), output: '', upToDate: true });
    return false;
  });
  if (inputs && !options.force) {
    const unchanged = wanted.length - toBuild.length;
    log(`Checked what changed in ${(inputs.ms / 1000).toFixed(1)} s: ${unchanged ? `${unchanged} site${unchanged === 1 ? '' : 's'} unchanged since their last build (${results.map((r) => r.slug).join(', ')})` : 'every site has changed'}${unchanged ? ' — npm run build -- --force builds them anyway' : ''}`);
  }
  if (toBuild.length) log(`Building ${toBuild.length} site${toBuild.length === 1 ? '' : 's'} (${Math.min(concurrency, toBuild.length)} at a time): ${toBuild.join(', ')}`);

  const queue = [...toBuild];
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let slug = queue.shift(); slug; slug = queue.shift()) {
        if (options.signal?.aborted) {
          results.push({ slug, ok: false, seconds: 0, output: 'stopped before it started: the server is shutting down' });
          continue;
        }
        log(`  ▸ ${slug}: building…`);
        forgetInputs(outRoot, slug);
        const result = await buildOne(slug, options.env ?? {}, options.signal);
        if (result.ok) rememberInputs(outRoot, slug, inputs?.keys.get(slug));
        done += 1;
        results.push(result);
        log(
          result.ok
            ? `  ✓ ${slug}: ${result.report?.pages ?? '?'} pages in ${result.seconds.toFixed(1)} s  [${done}/${toBuild.length}]`
            : `  ✗ ${slug}: failed after ${result.seconds.toFixed(1)} s  [${done}/${toBuild.length}]`,
        );
        if (!result.ok) console.error(indent(lastLines(result.output, 40)));
      }
    }),
  );
  results.sort((a, b) => wanted.indexOf(a.slug) - wanted.indexOf(b.slug));

  const problems = uniqueProblems(results);
  if (!options.quiet) {
    printProblems(problems);
    printSummary(results, (performance.now() - started) / 1000);
  }
  const failed = results.some((r) => !r.ok);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (options.strict && errors > 0) {
    console.error(`--strict: ${errors} content error${errors === 1 ? '' : 's'}; failing the build.`);
  }
  return { exitCode: failed ? 1 : options.strict && errors > 0 ? 3 : 0, results };
}

function buildOne(slug: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<SiteBuildResult> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: repoRoot,
      // Sites already build one per core: one card at a time inside each keeps the cores from being oversubscribed.
      env: { FASETT_CARD_CONCURRENCY: '1', ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FASETT_SITE: slug, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    });
    let output = '';
    // An aborted build: spawn kills the process and reports the abort here; 'close' follows.
    child.on('error', (error) => (output += `\n${error.message}\n`));
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (signal?.aborted) code = code || 1;
      const seconds = (performance.now() - started) / 1000;
      const report = code === 0 ? readReport(env.FASETT_DIST_DIR ? resolve(env.FASETT_DIST_DIR) : distDir(), slug) : undefined;
      if (report) report.rebuilt = countRendered(output);
      resolvePromise({ slug, ok: code === 0, seconds, report, output });
    });
  });
}

function readReport(outRoot: string, slug: string): BuildReport | undefined {
  const file = join(outRoot, '_reports', `${slug}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildReport) : undefined;
}

/**
 * Pages Astro rendered vs. took from its incremental cache, read from its log: a skipped
 * page is listed as "(cached)" or "(restored)", a rendered one with its render time.
 */
function countRendered(output: string): { pagesRendered: number; pagesSkipped: number } {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => /[├└]─ \//.test(line));
  const skipped = lines.filter((line) => /\((cached|restored)\)\s*$/.test(line)).length;
  const rendered = lines.filter((line) => /\(\+[\d.]+m?s\)\s*$/.test(line) && !/\/_astro\//.test(line)).length;
  return { pagesRendered: rendered, pagesSkipped: skipped };
}

function uniqueProblems(results: SiteBuildResult[]): Problem[] {
  const seen = new Map<string, Problem>();
  for (const result of results) {
    for (const problem of result.report?.problems ?? []) {
      const key = `${problem.documentId}\u0000${problem.field}\u0000${problem.rule}`;
      if (!seen.has(key)) seen.set(key, problem);
    }
  }
  return [...seen.values()];
}

function printProblems(problems: Problem[]): void {
  if (!problems.length) return;
  console.log(`\nContent problems (${problems.length}):`);
  for (const p of problems) {
    const mark = p.severity === 'error' ? 'FEIL    ' : 'ADVARSEL';
    console.log(`  ${mark} ${p.documentId} · ${p.field || '(dokumentet)'} · ${p.rule}\n           ${p.message}`);
  }
}

function printSummary(results: SiteBuildResult[], seconds: number): void {
  const rows = results.map((r) => {
    const problems = r.report?.problems ?? [];
    const cards = r.report?.cards;
    return [
      r.slug,
      r.upToDate ? 'unchanged' : r.ok ? 'ok' : 'FAILED',
      String(r.report?.pages ?? '–'),
      r.upToDate ? '–' : `${r.seconds.toFixed(1)} s`,
      String(problems.filter((p) => p.severity === 'warning').length),
      String(problems.filter((p) => p.severity === 'error').length),
      r.upToDate ? '–' : cards ? `${cards.rendered} / ${cards.reused}${cards.rendered ? ` (${cards.msPerCard} ms)` : ''}` : '–',
      r.report?.rebuilt ? `${r.report.rebuilt.pagesRendered} / ${r.report.rebuilt.pagesSkipped}` : '–',
    ];
  });
  const header = ['site', 'status', 'pages', 'time', 'warnings', 'errors', 'cards new/reused', 'files rendered/cached'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log('\nSummary');
  console.log(line(header));
  console.log('  ' + widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const pages = results.reduce((sum, r) => sum + (r.report?.pages ?? 0), 0);
  console.log(`\n  ${results.filter((r) => r.ok).length}/${results.length} sites, ${pages} pages in ${seconds.toFixed(1)} s → ${distDir()}/<site>/  (reports in ${distDir()}/_reports/)`);
}

const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n).join('\n');
const indent = (text: string) => text.replace(/^/gm, '      ');
