/**
 * The differential test: seeded editorial edits applied one after another to a copy of the sample
 * dataset. After each edit the incremental build (npm run build into a dist folder kept through
 * the sequence) runs, and
 *   - every site whose incremental output changed must be among the sites the publish webhook
 *     (or, when only time moved, the scheduler) would rebuild;
 *   - at the checkpoints, every site's incremental output must be byte-identical to a clean build
 *     of the same dataset at the same clock (a fresh dist folder, no page cache, --force).
 * A mismatch names the seed, the edit and the first differing file.
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { repoRoot } from '../../scripts/lib/build-sites.ts';
import { applyEdit, nextEdit, tourOfKinds, type Doc, type Edit } from './edits.ts';
import { mulberry32 } from './prng.ts';
import { createDatasetFolder, diffExcerpt, diffSnapshots, firstDifference, readSample, removeDist, runBuild, sameFiles, siteOutput, reportDifference, writeDataset, type SiteOutput } from './builds.ts';
import { readContent, scheduledRebuilds, siteSlugs, webhookRebuilds, type ContentView } from './oracle-under-test.ts';

export const START_CLOCK = '2026-12-01T12:00:00+01:00';

export interface SequenceOptions {
  seed: number;
  edits: number;
  /** Compare with a clean build after edit n (1-based) when this says so. */
  compareAfter: (n: number) => boolean;
  stopOnMismatch?: boolean;
  /** Where the dataset copy and the dist folders go (removed first). */
  workDir?: string;
  /** Keep the work folder at the end (it is kept anyway when something did not match). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface Mismatch {
  /** output: incremental ≠ clean; webhook: a changed site the webhook would not rebuild; build: a build failed. */
  check: 'output' | 'webhook' | 'build';
  seed: number;
  edit: number;
  /** The clean-build checkpoint before this one: the cause is one of the edits after it, up to `edit`. */
  since?: number;
  description: string;
  site: string;
  file?: string;
  detail: string;
}

export interface SequenceResult {
  seed: number;
  edits: Edit[];
  /** Site comparisons with a clean build. */
  sitesCompared: number;
  checkpoints: number[];
  mismatches: Mismatch[];
  /** Sites the webhook named whose output did not change (rebuilt for nothing; not an error). */
  extraRebuilds: number;
  seconds: number;
  workDir: string;
}

export async function runSequence(options: SequenceOptions): Promise<SequenceResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed;
  const sites = siteSlugs();
  const workDir = options.workDir ?? join(repoRoot, 'tests/.tmp/differential', `seed-${seed}`);
  const dataset = join(workDir, 'dataset');
  const incremental = join(workDir, 'incremental');
  const clean = join(workDir, 'clean');
  removeDist(incremental, sites);
  removeDist(clean, sites);
  rmSync(workDir, { recursive: true, force: true });
  createDatasetFolder(dataset);

  const sample = readSample();
  const rng = mulberry32(seed);
  const tour = tourOfKinds(rng);
  let docs: Doc[] = sample.docs;
  let clock = START_CLOCK;
  let content = await writeDatasetAndRead(dataset, docs);

  const result: SequenceResult = { seed, edits: [], sitesCompared: 0, checkpoints: [], mismatches: [], extraRebuilds: 0, seconds: 0, workDir };
  const report = (mismatch: Mismatch) => {
    result.mismatches.push(mismatch);
    log(formatMismatch(mismatch));
  };

  // Differences already reported, so a stale file is reported once, not at every checkpoint after.
  const known = new Map<string, number>();
  log(`Differential run: seed ${seed}, ${options.edits} edits, sites ${sites.join(', ')}, clock ${clock}`);
  log(`  work folder ${workDir}`);
  const first = await runBuild({ dataset, dist: incremental, clock });
  if (!first.ok) throw new Error(`The first build of the unedited sample failed:\n${first.output.slice(-3000)}`);
  log(`  first build of the sample: ${first.seconds.toFixed(1)} s`);
  let outputs = new Map(sites.map((slug) => [slug, siteOutput(incremental, slug)]));

  for (let n = 1; n <= options.edits; n++) {
    const stepStarted = performance.now();
    const edit = nextEdit(docs, clock, rng, sample, n, tour);
    result.edits.push(edit);
    const before = content;
    docs = applyEdit(docs, edit);
    const previousClock = clock;
    clock = edit.clock;
    content = await writeDatasetAndRead(dataset, docs);
    const rebuilds =
      clock !== previousClock ? scheduledRebuilds(content, previousClock, clock, sites) : webhookRebuilds(edit.changes.map((c) => c.id), before, content, sites);
    const what = `${edit.kind}: ${edit.description}`;

    const build = await runBuild({ dataset, dist: incremental, clock });
    if (!build.ok) {
      report({ check: 'build', seed, edit: n, description: what, site: build.built.join(', ') || '?', detail: lastLines(build.output, 30) });
    }

    // Which sites' output the edit changed, against what the webhook would rebuild.
    const next = new Map(sites.map((slug) => [slug, siteOutput(incremental, slug)]));
    const changed: string[] = [];
    for (const slug of sites) {
      const diff = diffSnapshots(outputs.get(slug)!.files, next.get(slug)!.files);
      if (sameFiles(diff)) continue;
      changed.push(slug);
      if (!rebuilds.sites.includes(slug)) {
        const firstChange = firstDifference(diff, 'previous', 'new');
        report({
          check: 'webhook',
          seed,
          edit: n,
          description: what,
          site: slug,
          file: firstChange?.path,
          detail: `its output changed (${diff.changed.length + diff.added.length + diff.removed.length} files; first: ${firstChange?.path}, ${firstChange?.how}) but ${clock !== previousClock ? 'the scheduler' : 'the publish webhook'} would rebuild only [${rebuilds.sites.join(', ')}]${rebuilds.reasons.length ? ` (${rebuilds.reasons.join('; ')})` : ''}`,
        });
      }
    }
    result.extraRebuilds += rebuilds.sites.filter((slug) => !changed.includes(slug)).length;
    outputs = next;

    let compared = '';
    if (options.compareAfter(n)) {
      result.checkpoints.push(n);
      const before = result.mismatches.length;
      const cleanStarted = performance.now();
      const since = result.checkpoints.at(-2) ?? 0;
      const persisting = await compareWithClean({ seed, n, what, dataset, incremental, clean, clock, sites, outputs, known, report: (m) => report({ ...m, since }) });
      result.sitesCompared += sites.length;
      const verdict = result.mismatches.length > before ? 'DIFFERS' : persisting.length ? `no new difference (${persisting.join('; ')})` : 'identical';
      compared = ` · clean build (${((performance.now() - cleanStarted) / 1000).toFixed(1)} s): ${verdict}`;
    }
    log(
      `[${n}/${options.edits}] ${what}\n` +
        `        webhook [${rebuilds.sites.join(', ')}] · built [${build.built.join(', ')}] (${build.seconds.toFixed(1)} s) · changed [${changed.join(', ')}]${compared} · step ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`,
    );
    if (options.stopOnMismatch && result.mismatches.length) break;
  }

  result.seconds = (performance.now() - started) / 1000;
  if (!options.keep && !result.mismatches.length) {
    removeDist(incremental, sites);
    removeDist(clean, sites);
    rmSync(workDir, { recursive: true, force: true });
  } else {
    // The page caches go; the folders stay for a look.
    removeDist(clean, sites);
  }
  return result;
}

/**
 * Builds the content clean and compares every site with its incremental build. A difference that
 * an earlier checkpoint already reported (same site, file and bytes on both sides: a stale file the
 * incremental build has kept since) is not reported again; the returned notes say it persists.
 */
async function compareWithClean(step: {
  seed: number;
  n: number;
  what: string;
  dataset: string;
  incremental: string;
  clean: string;
  clock: string;
  sites: string[];
  outputs: Map<string, SiteOutput>;
  known: Map<string, number>;
  report: (m: Mismatch) => void;
}): Promise<string[]> {
  const { seed, n, what, clean, sites, known } = step;
  removeDist(clean, sites);
  const build = await runBuild({ dataset: step.dataset, dist: clean, clock: step.clock, force: true });
  if (!build.ok) {
    step.report({ check: 'build', seed, edit: n, description: what, site: '(clean build)', detail: lastLines(build.output, 30) });
    return [];
  }
  const notes: string[] = [];
  for (const slug of sites) {
    const mine = step.outputs.get(slug)!;
    const theirs = siteOutput(clean, slug);
    const differing = [...new Set([...mine.files.keys(), ...theirs.files.keys()])]
      .filter((path) => mine.files.get(path)?.sha1 !== theirs.files.get(path)?.sha1)
      .sort()
      .map((path) => {
        const a = mine.files.get(path);
        const b = theirs.files.get(path);
        const how = !b ? 'only in the incremental build' : !a ? 'only in the clean build' : 'differs';
        return { path, how, signature: `${slug}\0${path}\0${a?.sha1 ?? '-'}\0${b?.sha1 ?? '-'}` };
      });
    if (mine.report !== theirs.report) {
      differing.push({ path: `../_reports/${slug}.json`, how: 'differs (problems or counts)', signature: `${slug}\0report\0${mine.report}\0${theirs.report}` });
    }
    if (!differing.length) continue;
    const fresh = differing.filter((d) => !known.has(d.signature));
    const earlier = [...new Set(differing.filter((d) => known.has(d.signature)).map((d) => known.get(d.signature)!))];
    for (const d of fresh) known.set(d.signature, n);
    if (!fresh.length) {
      notes.push(`${slug}: ${differing.length} difference${differing.length === 1 ? '' : 's'} first reported after edit ${earlier.join(', ')} still there`);
      continue;
    }
    const first = fresh[0]!;
    const excerpt = first.path.startsWith('../_reports/')
      ? `\n${reportDifference(mine.report, theirs.report)}`
      : first.how === 'differs'
        ? `\n${diffExcerpt(join(step.incremental, slug, first.path), join(clean, slug, first.path))}`
        : '';
    const others = fresh.slice(1, 9).map((d) => `${d.path} (${d.how})`);
    step.report({
      check: 'output',
      seed,
      edit: n,
      description: what,
      site: slug,
      file: first.path,
      detail:
        `${fresh.length} file${fresh.length === 1 ? '' : 's'} differ; first: ${first.path} (${first.how})` +
        (others.length ? `; also ${others.join(', ')}${fresh.length > others.length + 1 ? ', …' : ''}` : '') +
        (earlier.length ? `; and ${differing.length - fresh.length} reported after edit ${earlier.join(', ')} still there` : '') +
        excerpt,
    });
  }
  return notes;
}

export function formatMismatch(m: Mismatch): string {
  const title = { output: 'incremental build ≠ clean build', webhook: 'changed site missing from the rebuild set', build: 'build failed' }[m.check];
  return [
    `✗ MISMATCH (${title}) seed ${m.seed}, edit ${m.edit}: ${m.description}`,
    ...(m.since !== undefined && m.since < m.edit - 1 ? [`    (found at the checkpoint after edit ${m.edit}; the edit that caused it is one of edits ${m.since + 1}–${m.edit} — the reproduce line compares after each)`] : []),
    `    site ${m.site}${m.file ? `, first differing file ${m.file}` : ''}`,
    m.detail.replace(/^/gm, '    '),
    `    reproduce: npm run test:differential -- --seed ${m.seed} --edits ${m.edit}`,
  ].join('\n');
}

const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n).join('\n');

/** The export rewritten whole, then read back as the server reads it. */
async function writeDatasetAndRead(folder: string, docs: readonly Doc[]): Promise<ContentView> {
  writeDataset(folder, docs);
  return readContent(folder);
}
