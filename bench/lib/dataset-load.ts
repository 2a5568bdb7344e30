/**
 * What every site build pays before its first page, measured in a fresh process: reading and
 * parsing the dataset (loadDataset: data.ndjson → documents, assets resolved), then one site's
 * content layer (siteData: the rulebook over every document, the named queries once each,
 * the Maps). Run as `node bench/lib/dataset-load.ts <site>` with the build's environment;
 * prints one JSON line. datasetLoad() runs it and returns the figures.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DatasetLoad {
  /** loadDataset: read + parse + resolve assets. */
  loadMs: number;
  documents: number;
  /** siteData for one site after the load: rulebook check, the named queries, the Maps. */
  siteDataMs: number;
  site: string;
  events: number;
  heapMiB: number;
}

/** Runs the copy of this script in `codeRoot` (the run's frozen code). */
export function datasetLoad(site: string, codeRoot: string, env: NodeJS.ProcessEnv): Promise<DatasetLoad> {
  return new Promise((resolvePromise, reject) => {
    const script = join(codeRoot, 'bench', 'lib', 'dataset-load.ts');
    const child = spawn(process.execPath, [script, site], { cwd: codeRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"loadMs"'));
      if (code !== 0 || !line) reject(new Error(`dataset load failed (${code}):\n${output}`));
      else resolvePromise(JSON.parse(line) as DatasetLoad);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2]!;
  const { getDataset } = await import('../../shared/content/index.ts');
  const { siteData } = await import('../../shared/content/site-data.ts');
  const started = performance.now();
  const dataset = await getDataset();
  const loadMs = performance.now() - started;
  const dataStarted = performance.now();
  const data = await siteData(site);
  const siteDataMs = performance.now() - dataStarted;
  const result: DatasetLoad = {
    loadMs: Math.round(loadMs),
    documents: dataset.documents.length,
    siteDataMs: Math.round(siteDataMs),
    site,
    events: data.events.length,
    heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
  console.log(JSON.stringify(result));
}
