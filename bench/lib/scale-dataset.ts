/**
 * The scale dataset for a run: `dataset/generate.ts --scale` writes it once into
 * .cache/bench/scale-<events>-<sites>/ and later runs reuse it. The generator is deterministic,
 * so a folder made by the same generator code with the same parameters is the same dataset;
 * a marker file records both, and a change to either makes a new one. It is written beside its
 * final name and renamed into place, so an interrupted generation is never taken for a dataset.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { benchRoot, repoRoot } from './work-dirs.ts';

export interface BenchSite {
  slug: string;
  title: string;
  theme: string;
}

export interface ScaleDataset {
  dir: string;
  sites: BenchSite[];
  /** Seconds spent generating it now; 0 when an earlier run's was reused. */
  generatedSeconds: number;
}

const MARKER = '.bench-dataset.json';

/** A digest of the generator's code: a changed generator may write a different dataset. */
function generatorDigest(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) hash.update(relative(repoRoot, path)).update('\0').update(readFileSync(path));
    }
  };
  hash.update(readFileSync(join(repoRoot, 'dataset', 'generate.ts')));
  walk(join(repoRoot, 'dataset', 'lib'));
  return hash.digest('hex').slice(0, 16);
}

export async function scaleDataset(events: number, sites: number, log: (line: string) => void): Promise<ScaleDataset> {
  const dir = join(benchRoot(), `scale-${events}-${sites}`);
  const wanted = { events, sites, generator: generatorDigest() };
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    const found = JSON.parse(readFileSync(marker, 'utf8')) as typeof wanted;
    if (found.events === events && found.sites === sites && found.generator === wanted.generator) {
      log(`  dataset: reusing ${relative(repoRoot, dir)} (same generator, same parameters)`);
      return { dir, sites: readSites(dir), generatedSeconds: 0 };
    }
  }
  log(`  dataset: generating ${events} events for ${sites} sites → ${relative(repoRoot, dir)} …`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const started = performance.now();
  await run(process.execPath, [join(repoRoot, 'dataset', 'generate.ts'), '--scale', '--events', String(events), '--sites', String(sites), '--out', partial, '--quiet']);
  const generatedSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(partial, MARKER), JSON.stringify(wanted, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  log(`  dataset: generated in ${generatedSeconds.toFixed(1)} s`);
  return { dir, sites: readSites(dir), generatedSeconds };
}

function readSites(dir: string): BenchSite[] {
  return JSON.parse(readFileSync(join(dir, 'sites.json'), 'utf8')) as BenchSite[];
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${args.join(' ')} failed (${code}):\n${output}`))));
  });
}
