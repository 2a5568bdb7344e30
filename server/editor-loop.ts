/**
 * The editors' loop, put together: draft preview, the publish webhook, the file watcher
 * and the scheduler all feed one rebuild queue; rebuilt sites are swapped in atomically;
 * /api/status shows it all. createFasettServer serves the handlers it returns.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { liveSettingsFromEnv } from '../shared/content/source.ts';
import { adoptPlainFolder } from './atomic-swap.ts';
import { createClock, type Clock } from './clock.ts';
import { datasetTracker, liveTracker, type ContentTracker } from './content-snapshot.ts';
import { watchDataset, type DatasetWatcher } from './dataset-watcher.ts';
import type { Handler } from './http.ts';
import { previewAuth, randomSecret } from './preview-auth.ts';
import { previewBuilds, type PreviewBuilds } from './preview-build.ts';
import { previewContent } from './preview-content.ts';
import { previewHandler } from './preview.ts';
import { publishWebhook } from './publish-webhook.ts';
import { createRebuildLog, describeOutcome, type RebuildLog } from './rebuild-log.ts';
import { createRebuildQueue, type RebuildQueue } from './rebuild-queue.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { rebuildSites } from './site-rebuild.ts';
import { editorStatus, statusHandler } from './status.ts';

export interface EditorLoopOptions {
  distDir: () => string;
  sites: readonly string[];
  clock?: Clock;
  /** Watch the dataset on disk (`--watch`). */
  watch?: boolean;
  /** Default: PREVIEW_SECRET, else a random secret for this process (printed with the entry URL). */
  previewSecret?: string;
  /** Default: SANITY_WEBHOOK_SECRET; without one every webhook gets 401. */
  webhookSecret?: string;
  debounceMs?: number;
  maxWaitMs?: number;
  /** `astro build` processes at once. */
  concurrency?: number;
  /** Extra environment for the rebuilds. */
  buildEnv?: NodeJS.ProcessEnv;
  previewBuilds?: PreviewBuilds;
  quiet?: boolean;
}

export interface EditorLoop {
  handlers: Handler[];
  clock: Clock;
  content: ContentTracker;
  queue: RebuildQueue;
  log: RebuildLog;
  scheduler: Scheduler;
  preview: { secret: string; generated: boolean; builds: PreviewBuilds };
  webhookConfigured: boolean;
  status(): ReturnType<typeof editorStatus>;
  close(): void;
}

export async function createEditorLoop(options: EditorLoopOptions): Promise<EditorLoop> {
  const { sites } = options;
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const clock = options.clock ?? createClock();
  const dist = options.distDir();
  // Built sites become links into .builds/ before anything is served, so every later swap is atomic.
  for (const slug of sites) if (existsSync(join(dist, slug))) adoptPlainFolder(dist, slug);

  const live = liveSettingsFromEnv();
  const content = live ? await liveTracker(live) : await datasetTracker();
  const history = createRebuildLog(sites);
  const queue = createRebuildQueue({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    run: async (job) => {
      log(`Rebuilding ${job.sites.join(', ')}…`);
      const outcome = await rebuildSites(job, { distDir: options.distDir, clock, concurrency: options.concurrency, env: options.buildEnv });
      history.record(outcome);
      for (const line of describeOutcome(outcome)) log(line);
      return outcome;
    },
  });
  const request = (slugs: string[], reason: string) => queue.request(slugs, reason);
  const scheduler = createScheduler({ clock, documents: () => content.documents(), sites, request });
  const watching = !!options.watch && content.kind === 'dataset';
  if (options.watch && !watching) log('--watch: the content is a live Sanity project; its webhook is the publish path.');
  const watcher: DatasetWatcher | undefined = watching
    ? watchDataset({ content, sites, request, onContentChanged: () => scheduler.reschedule() })
    : undefined;

  const configuredSecret = options.previewSecret ?? process.env.PREVIEW_SECRET;
  const secret = configuredSecret || randomSecret();
  const builds = options.previewBuilds ?? previewBuilds();
  const webhookSecret = options.webhookSecret ?? process.env.SANITY_WEBHOOK_SECRET;
  const statusOptions = { clock, content, queue, log: history, scheduler, watching };

  return {
    handlers: [
      statusHandler(statusOptions),
      publishWebhook({ secret: webhookSecret, content, sites, request, onContentChanged: () => scheduler.reschedule() }),
      previewHandler({ sites: () => sites, auth: previewAuth(secret), builds, content: previewContent() }),
    ],
    clock,
    content,
    queue,
    log: history,
    scheduler,
    preview: { secret, generated: !configuredSecret, builds },
    webhookConfigured: !!webhookSecret,
    status: () => editorStatus(statusOptions),
    close() {
      watcher?.close();
      scheduler.stop();
      queue.close();
    },
  };
}
