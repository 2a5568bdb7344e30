/**
 * The two builds the differential test compares, both through the project's real command
 * (`node scripts/build.ts`, i.e. npm run build): the incremental one into a dist folder that lives
 * through the whole sequence (it skips unchanged sites and re-renders changed pages), and a clean
 * one into a fresh dist folder with `--force` and no Astro page cache. Content-hashed caches in
 * .cache/ (share cards, images) are shared by both, as they are between any two builds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffSnapshots, reportContent, snapshot, type Snapshot, type SnapshotDiff } from '../../bench/lib/dist-snapshot.ts';
import { repoRoot } from '../../scripts/lib/build-sites.ts';
import type { Doc } from './edits.ts';

export const sampleDataset = join(repoRoot, 'dataset/sample');

export interface BuildRun {
  ok: boolean;
  /** Sites the build command built (the others it found unchanged since their last build). */
  built: string[];
  seconds: number;
  output: string;
}

/** The sample export's documents and images, for the generator. */
export function readSample(): { docs: Doc[]; images: string[]; altText: Map<string, string> } {
  const docs = readFileSync(join(sampleDataset, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
  const images = readdirSync(join(sampleDataset, 'images')).sort();
  const assets = JSON.parse(readFileSync(join(sampleDataset, 'assets.json'), 'utf8')) as Record<string, { altText?: string }>;
  const altText = new Map(Object.entries(assets).flatMap(([id, asset]) => (asset.altText ? [[id, asset.altText] as const] : [])));
  return { docs, images, altText };
}

/**
 * A dataset folder in Sanity's export format whose data.ndjson is rewritten whole after each edit.
 * It keeps one path for the whole sequence, so both builds of a step read the same export.
 */
export function createDatasetFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  symlinkSync(join(sampleDataset, 'images'), join(folder, 'images'), 'dir');
  copyFileSync(join(sampleDataset, 'assets.json'), join(folder, 'assets.json'));
}

export function writeDataset(folder: string, docs: readonly Doc[]): void {
  writeFileSync(join(folder, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
}

/** `npm run build` with this dataset, clock and output folder. */
export function runBuild(options: { dataset: string; dist: string; clock: string; force?: boolean }): Promise<BuildRun> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts/build.ts'), ...(options.force ? ['--force'] : [])], {
      cwd: repoRoot,
      env: {
        ...process.env,
        CONTENT_DATASET: resolve(options.dataset),
        FASETT_DIST_DIR: resolve(options.dist),
        FASETT_NOW: options.clock,
        ASTRO_TELEMETRY_DISABLED: '1',
        SANITY_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const built = [...output.matchAll(/^\s+[✓✗] (\S+): /gm)].map((m) => m[1]!);
      done({ ok: code === 0, built, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

/**
 * Astro's page cache for a dist folder (astro.config.mjs: node_modules/.astro/<slug>-<hash of the
 * folder>). Removed with the folder, so a clean build starts without one and runs leave none behind.
 */
export const astroCacheDir = (dist: string, slug: string) =>
  join(repoRoot, 'node_modules/.astro', `${slug}-${createHash('sha1').update(resolve(dist)).digest('hex').slice(0, 8)}`);

export function removeDist(dist: string, sites: readonly string[]): void {
  rmSync(dist, { recursive: true, force: true });
  for (const slug of sites) rmSync(astroCacheDir(dist, slug), { recursive: true, force: true });
}

/** What a site's build left: every deployed file, and its report without the run-specific fields. */
export interface SiteOutput {
  files: Snapshot;
  report: string | undefined;
}

export function siteOutput(dist: string, slug: string): SiteOutput {
  return { files: snapshot(join(dist, slug)), report: reportContent(join(dist, '_reports', `${slug}.json`)) };
}

export const sameFiles = (diff: SnapshotDiff) => !diff.added.length && !diff.removed.length && !diff.changed.length;
export { diffSnapshots };

/** The first file that differs, in path order, and how: "changed", "only in <a>" or "only in <b>". */
export function firstDifference(diff: SnapshotDiff, a = 'incremental', b = 'clean'): { path: string; how: string } | undefined {
  const all = [
    ...diff.changed.map((path) => ({ path, how: 'differs' })),
    ...diff.removed.map((path) => ({ path, how: `only in the ${a} build` })),
    ...diff.added.map((path) => ({ path, how: `only in the ${b} build` })),
  ].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return all[0];
}

/** A few lines around the first byte where two versions of a file part (text), or their sizes (binary). */
export function diffExcerpt(fileA: string, fileB: string, labels: readonly [string, string] = ['incremental', 'clean']): string {
  if (!existsSync(fileA) || !existsSync(fileB)) return '';
  const a = readFileSync(fileA);
  const b = readFileSync(fileB);
  const binary = (buf: Buffer) => buf.subarray(0, 8000).includes(0);
  if (binary(a) || binary(b)) return `    ${labels[0]}: ${a.length} bytes; ${labels[1]}: ${b.length} bytes (binary)`;
  return textExcerpt(a.toString('utf8'), b.toString('utf8'), labels);
}

/** The text around the first character where two strings part. */
export function textExcerpt(textA: string, textB: string, labels: readonly [string, string] = ['incremental', 'clean']): string {
  let at = 0;
  while (at < textA.length && at < textB.length && textA[at] === textB[at]) at++;
  const from = Math.max(0, at - 100);
  const cut = (text: string) => JSON.stringify(text.slice(from, at + 160));
  return [`    at character ${at} of ${textA.length} / ${textB.length}:`, `    ${labels[0].padEnd(11)} …${cut(textA)}…`, `    ${labels[1].padEnd(11)} …${cut(textB)}…`].join('\n');
}

/** How two build reports (without their run-specific fields) differ: top-level fields, then problems. */
export function reportDifference(incremental: string | undefined, clean: string | undefined): string {
  if (!incremental || !clean) return `    incremental: ${incremental ? 'a report' : 'no report'}; clean: ${clean ? 'a report' : 'no report'}`;
  const a = JSON.parse(incremental) as Record<string, unknown>;
  const b = JSON.parse(clean) as Record<string, unknown>;
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'problems' || JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    lines.push(`    ${key}: incremental ${JSON.stringify(a[key])}, clean ${JSON.stringify(b[key])}`);
  }
  const problems = (report: Record<string, unknown>) =>
    new Set(((report.problems as Array<Record<string, unknown>> | undefined) ?? []).map((p) => `${p.severity} ${p.documentId} · ${p.field || '(document)'} · ${p.rule}`));
  const pa = problems(a);
  const pb = problems(b);
  for (const p of pa) if (!pb.has(p)) lines.push(`    problem only in the incremental build's report: ${p}`);
  for (const p of pb) if (!pa.has(p)) lines.push(`    problem only in the clean build's report: ${p}`);
  return lines.length ? lines.join('\n') : textExcerpt(incremental, clean);
}
