/**
 * `--watch`: the dataset on disk (data.ndjson and images/, or the CONTENT_DATASET export)
 * takes the publish path without a webhook. A change is read once the files are quiet,
 * compared with what was there before, and the sites the changed documents touch are
 * queued for a rebuild.
 */
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { affectedSites } from '../shared/content/publication.ts';
import type { ContentTracker } from './content-snapshot.ts';
import { touchesAlert, type AlertFeeds } from './alert-feeds.ts';

export interface DatasetWatcherOptions {
  content: ContentTracker;
  sites: readonly string[];
  request: (sites: string[], reason: string) => void;
  onContentChanged?: () => void;
  /** The alert fast path, as for the publish webhook. */
  alerts?: AlertFeeds;
  /** Quiet period before reading: an export is written in several steps. */
  debounceMs?: number;
}

export interface DatasetWatcher {
  close(): void;
  /** Resolves after the next read of a change (tests). */
  settled(): Promise<void>;
}

export function watchDataset(options: DatasetWatcherOptions): DatasetWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> = Promise.resolve();

  const read = async () => {
    try {
      const changes = await options.content.refresh();
      if (!changes.length) return;
      options.onContentChanged?.();
      // Alerts first, as the webhook does (server/publish-webhook.ts): written where they changed.
      if (options.alerts && touchesAlert(changes)) await options.alerts.write(options.sites, 'dataset changed');
      const affected = affectedSites({ changes, documents: options.content.documents(), sites: options.sites });
      console.log(`Dataset changed: ${changes.length} document${changes.length === 1 ? '' : 's'}${affected.sites.length ? `, rebuilding ${affected.sites.join(', ')}` : ''}`);
      if (affected.sites.length) options.request(affected.sites, `dataset changed: ${affected.reasons.join('; ')}`);
    } catch (error) {
      // Half-written files read as invalid JSON; the next change event reads them again.
      console.error(`Dataset watcher: ${(error as Error).message}`);
    }
  };

  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reading = reading.then(read);
    }, debounceMs);
  };

  for (const file of options.content.files) {
    if (existsSync(file) && statSync(file).isDirectory()) {
      watchers.push(watch(file, changed));
    } else {
      // Watch the folder, not the file: an export replaced by rename is a new file.
      const name = basename(file);
      watchers.push(watch(dirname(file), (_event, changedName) => {
        if (!changedName || changedName === name) changed();
      }));
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
    settled: () => new Promise((resolve) => setTimeout(() => void reading.then(() => resolve()), debounceMs + 50)),
  };
}
