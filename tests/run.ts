/**
 * `npm test` — every test: uvu unit tests (tests/unit/**), then browser tests in Debian's
 * Chromium (tests/browser/**) against sites built with a pinned clock. Each test file runs
 * in its own process; the run ends with one line `N passed, N failed` that CI reads.
 *   --unit      unit tests only
 *   --browser   browser tests only
 *   --filter x  only files whose path contains x
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBrowserRun } from './support/prepare-browser.ts';

const root = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--browser') ? 'browser' : undefined;
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : undefined;

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (entry.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

interface FileResult {
  file: string;
  passed: number;
  failed: number;
  output: string;
  seconds: number;
}

function runFile(file: string, env: NodeJS.ProcessEnv): Promise<FileResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => {
      const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
      const total = sum(clean, /Total:\s+(\d+)/g);
      const passed = sum(clean, /Passed:\s+(\d+)/g);
      // A file that crashed before uvu reported counts as one failure, never as zero tests.
      const failed = code === 0 ? total - passed : Math.max(1, total - passed);
      resolve({ file, passed: code === 0 || total > 0 ? passed : 0, failed, output: clean, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const sum = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].reduce((n, m) => n + Number(m[1]), 0);

async function runAll(files: string[], env: NodeJS.ProcessEnv, concurrency: number): Promise<FileResult[]> {
  const queue = [...files];
  const results: FileResult[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const result = await runFile(file, env);
        results.push(result);
        const name = relative(root, file);
        const mark = result.failed ? '✗' : '✓';
        console.log(`${mark} ${name}  ${result.passed} passed${result.failed ? `, ${result.failed} failed` : ''}  (${result.seconds.toFixed(1)} s)`);
        if (result.failed) console.log(result.output.replace(/^/gm, '    '));
      }
    }),
  );
  return results;
}

const pinnedNow = { FASETT_NOW: process.env.FASETT_NOW ?? '2026-12-01T12:00:00+01:00', ASTRO_TELEMETRY_DISABLED: '1', SANITY_TELEMETRY_DISABLED: '1' };
const pick = (dir: string) => testFiles(join(root, dir)).filter((f) => !filter || f.includes(filter));
const results: FileResult[] = [];

if (only !== 'browser') {
  const unit = pick('unit');
  console.log(`\nUnit tests (${unit.length} files)`);
  results.push(...(await runAll(unit, pinnedNow, availableParallelism())));
}
if (only !== 'unit') {
  const browser = pick('browser');
  if (browser.length) {
    console.log(`\nBrowser tests (${browser.length} files)`);
    const env = await prepareBrowserRun(pinnedNow);
    results.push(...(await runAll(browser, { ...pinnedNow, ...env }, 1)));
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
