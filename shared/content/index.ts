/** Picks the content source for this process: a live project when configured, else the dataset on disk. */
import { loadDataset, datasetPath, type Dataset } from './dataset.ts';
import { datasetSource } from './dataset-source.ts';
import { liveSource } from './live-source.ts';
import { liveSettingsFromEnv, type ContentSource } from './source.ts';

export type { ContentSource } from './source.ts';
export { now, isWithin } from './now.ts';

let cached: Promise<ContentSource> | undefined;
let cachedDataset: Promise<Dataset> | undefined;

/** The dataset on disk, loaded once per process. */
export function getDataset(): Promise<Dataset> {
  cachedDataset ??= loadDataset(datasetPath());
  return cachedDataset;
}

/** The content source, created once per process (a build loads and indexes the dataset once). */
export function getSource(): Promise<ContentSource> {
  cached ??= (async () => {
    const live = liveSettingsFromEnv();
    if (live) return liveSource(live);
    return datasetSource(await getDataset());
  })();
  return cached;
}
