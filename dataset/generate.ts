/**
 * Writes the sample dataset in Sanity's export format (data.ndjson + images/), the same
 * bytes on every run.
 *
 *   node dataset/generate.ts                         → dataset/sample/
 *   node dataset/generate.ts --start 2027-03-01      → the same content, re-dated
 *   node dataset/generate.ts --out /tmp/x            → another folder
 *   node dataset/generate.ts --scale --events 10000 --sites 12
 *                                                    → .cache/scale-10000-12/ (plus sites.json)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from './lib/generate-dataset.ts';
import { DEFAULT_START, assertLocalDate } from './lib/oslo-time.ts';

const repoRoot = resolve(import.meta.dirname, '..');

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} må være et positivt heltall, fikk «${value}»`);
  return number;
}

const formatBytes = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      start: { type: 'string', default: DEFAULT_START },
      scale: { type: 'boolean', default: false },
      events: { type: 'string' },
      sites: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Bruk: node dataset/generate.ts [--out <mappe>] [--start ÅÅÅÅ-MM-DD] [--scale --events N --sites M]');
    return;
  }
  assertLocalDate(values.start);
  const scale = values.scale
    ? { events: positiveInteger('events', values.events, 10_000), sites: positiveInteger('sites', values.sites, 12) }
    : undefined;
  if (!scale && (values.events || values.sites)) throw new Error('--events og --sites gjelder bare sammen med --scale');
  const out = values.out
    ? resolve(process.cwd(), values.out)
    : scale
      ? resolve(repoRoot, '.cache', `scale-${scale.events}-${scale.sites}`)
      : resolve(repoRoot, 'dataset', 'sample');

  const log = values.quiet ? undefined : (line: string): void => console.log(line);
  const summary = await generateDataset({ out, start: values.start, scale, log });
  if (values.quiet) return;

  const counts = Object.entries(summary.counts).sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `${type} ${n}`).join(', ');
  console.log(`Ferdig på ${(summary.milliseconds / 1000).toFixed(1)} s: ${summary.out}`);
  console.log(`  dokumenter: ${counts}, utkast ${summary.drafts}`);
  console.log(`  nettsteder: ${summary.sites.map((s) => s.slug).join(', ')}`);
  console.log(`  data.ndjson ${formatBytes(summary.ndjsonBytes)}, ${summary.imageCount} bilder ${formatBytes(summary.imageBytes)}, til sammen ${formatBytes(summary.ndjsonBytes + summary.imageBytes)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
