/**
 * `npm run test:differential -- --edits 300 --seed N` — the long differential run: seeded edits
 * one after another, the incremental build of every site compared with a clean build after every
 * edit, and each changed site checked against the publish webhook's (or the scheduler's) rebuilds.
 *   --edits N          how many edits (default 300)
 *   --seed N           the sequence (default: drawn at random and printed)
 *   --compare-every K  a clean build after every K-th edit and after the last (default 1)
 *   --stop             stop at the first mismatch (default: carry on and list them all)
 *   --keep             keep the work folder (tests/.tmp/differential/seed-N) even when all matched
 * Exits 1 when anything did not match.
 */
import { flag, readArgs, value } from '../../scripts/lib/args.ts';
import { formatMismatch, runSequence } from './sequence.ts';

const args = readArgs();
const number = (name: string, fallback: number) => {
  const raw = value(args, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${raw}"`);
  return n;
};
const edits = number('edits', 300);
const seed = number('seed', Math.floor(Math.random() * 2 ** 31));
const every = Math.max(1, number('compare-every', 1));

const result = await runSequence({
  seed,
  edits,
  compareAfter: (n) => n % every === 0 || n === edits,
  stopOnMismatch: flag(args, 'stop'),
  keep: flag(args, 'keep'),
});

const kinds = new Map<string, number>();
for (const edit of result.edits) kinds.set(edit.kind, (kinds.get(edit.kind) ?? 0) + 1);
console.log('\nSummary');
console.log(`  seed ${result.seed}: ${result.edits.length} edits in ${(result.seconds / 60).toFixed(1)} min`);
console.log(`  kinds: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`  ${result.sitesCompared} site builds compared with a clean build at ${result.checkpoints.length} checkpoints`);
console.log(`  webhook/scheduler: ${result.extraRebuilds} site rebuilds asked for that changed nothing (not an error)`);
console.log(`  ${result.mismatches.length} mismatch${result.mismatches.length === 1 ? '' : 'es'}${result.mismatches.length ? ` — work folder kept: ${result.workDir}` : ''}`);
for (const mismatch of result.mismatches) console.log(formatMismatch(mismatch).replace(/^/gm, '  '));
process.exitCode = result.mismatches.length ? 1 : 0;
