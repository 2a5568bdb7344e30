/**
 * The content a preview shows: drafts laid over published. From a live project, fetched
 * afresh for every request (the `drafts` perspective; needs SANITY_API_READ_TOKEN). From
 * the dataset on disk, read again whenever its files change, and kept otherwise, so the
 * site data built from it is reused between requests.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath, loadDataset } from '../shared/content/dataset.ts';
import { datasetSource } from '../shared/content/dataset-source.ts';
import { liveSource } from '../shared/content/live-source.ts';
import { liveSettingsFromEnv, type ContentSource } from '../shared/content/source.ts';

export function previewContent(path = datasetPath()): () => Promise<ContentSource> {
  const live = liveSettingsFromEnv();
  if (live) return async () => liveSource(live, 'drafts');
  let cached: { stamp: string; source: Promise<ContentSource> } | undefined;
  return () => {
    const stamp = datasetStamp(path);
    if (!cached || cached.stamp !== stamp) {
      const source = loadDataset(path).then((dataset) => datasetSource(dataset, 'drafts'));
      cached = { stamp, source };
      source.catch(() => {
        if (cached?.source === source) cached = undefined;
      });
    }
    return cached.source;
  };
}

function datasetStamp(path: string): string {
  const parts = [path, join(path, 'data.ndjson'), join(path, 'images')].map((file) => {
    try {
      const stat = statSync(file);
      return `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return '-';
    }
  });
  return parts.join('|');
}
