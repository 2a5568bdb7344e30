/**
 * The editors' loop, put together: draft preview, the publish webhook, the file watcher
 * and the scheduler all feed one rebuild queue; every request is journaled until its
 * sites are built (server/publish-journal.ts); rebuilt sites are swapped in atomically;
 * /api/status shows it all. On start it catches up: what the journal still holds, and every
 * site whose served build is not that of the current content and code, is rebuilt.
 * createFasettServer serves the handlers it returns, on the editor host.
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
import { createEventFastPath, type EventFastPath } from './event-fast-path.ts';
import { findReferences, type PublishNotice } from '../shared/content/publication.ts';
import { createRebuildLog, describeOutcome, type RebuildLog } from './rebuild-log.ts';
import { createRebuildQueue, type RebuildQueue } from './rebuild-queue.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { rebuildSites } from './site-rebuild.ts';
import { editorStatus, statusHandler } from './status.ts';
import { publishJournal, type PublishJournal } from './publish-journal.ts';
import { replayGuard } from './webhook-replay.ts';
import { SIGNATURE_TOLERANCE_MS } from './webhook-signature.ts';
import { isUpToDate, siteInputs } from '../scripts/lib/site-inputs.ts';
import { auditLog, type AuditLog } from './audit-log.ts';
import { auditPageHandler } from './audit-page.ts';
import { editorMembers } from './editor-members.ts';
import { gateSanity, gateSettingsFromEnv, type GateSanity } from './gate-sanity.ts';
import { partnerLinkHandler, partnerLinks, type PartnerLinks } from './partner-links.ts';
import { publishGate, studioOriginsFrom } from './publish-gate.ts';
import { previewRenderer } from './preview.ts';
import { sendJson } from './http.ts';
import { repoRoot } from '../scripts/lib/build-sites.ts';
import { alertFeeds, type AlertFeeds } from './alert-feeds.ts';
import { editorCardsHandler } from './editor-cards.ts';

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
  /**
   * Rebuild at start what the journal holds and every site whose served build is stale
   * (default true). Off in tests whose dist is a copy without the build's input keys.
   */
  catchUp?: boolean;
  /** Where the journal and the webhook's seen deliveries are kept; default <dist>/.fasett-state. */
  stateDir?: string;
  /**
   * The publish gate's line to Sanity; default: the live project (SANITY_PROJECT_ID…) with
   * SANITY_API_WRITE_TOKEN. Without one the gate answers 503.
   */
  gateSanity?: GateSanity;
  /** Who may publish where (server/editor-members.ts); default FASETT_EDITORS. */
  editorsFile?: string;
  /** Site names for messages, by slug; default: the site documents' titles. */
  siteTitles?: Readonly<Record<string, string>>;
  /** Studio origins allowed to call the gate from a browser; default FASETT_STUDIO_ORIGINS. */
  studioOrigins?: readonly string[];
  /** This server's address as editors and partners reach it (for partner links); default FASETT_EDITOR_URL or http://localhost:4321. */
  editorOrigin?: () => string;
  /**
   * Publish an edited event early from a warm renderer, before the rebuild (server/event-fast-path.ts).
   * Default on; FASETT_FAST_PATH=0 turns it off.
   */
  fastPath?: boolean;
}

export interface EditorLoop {
  handlers: Handler[];
  clock: Clock;
  content: ContentTracker;
  queue: RebuildQueue;
  log: RebuildLog;
  scheduler: Scheduler;
  fastPath?: EventFastPath;
  preview: { secret: string; generated: boolean; builds: PreviewBuilds };
  webhookConfigured: boolean;
  journal: PublishJournal;
  /** The alert fast path: alerts.json and every page's banner, written without a build. */
  alerts: AlertFeeds;
  /** The publish gate's audit trail. */
  audit: AuditLog;
  partnerLinks: PartnerLinks;
  /** What the start found to catch up on (also queued). */
  caughtUp: { journaled: string[]; stale: string[] };
  /** The status as an editor sees it. */
  status(): ReturnType<typeof editorStatus>;
  /** Stops the watcher and scheduler, and kills a running build (its requests stay journaled). */
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
  const stateDir = options.stateDir ?? join(dist, '.fasett-state');
  const journal = publishJournal(join(stateDir, 'publish-journal'));
  const stopping = new AbortController();
  const alerts = alertFeeds({ distDir: options.distDir, documents: () => content.documents(), now: () => clock.now() });
  const fastPath = (options.fastPath ?? process.env.FASETT_FAST_PATH !== '0')
    ? createEventFastPath({ distDir: options.distDir, clock, env: options.buildEnv, log })
    : undefined;
  const queue = createRebuildQueue({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    run: async (job) => {
      // Every request journaled so far is in this job (or an earlier one).
      const mark = journal.mark();
      // The fast paths first: an edited event's pages and every page's alert banner are written
      // before a build takes the cores.
      await alerts.settled();
      await fastPath?.settled();
      log(`Rebuilding ${job.sites.join(', ')}…`);
      const outcome = await rebuildSites(job, { distDir: options.distDir, clock, concurrency: options.concurrency, env: options.buildEnv, signal: stopping.signal });
      history.record(outcome);
      // A build serves the alerts of the content it started from: bring its alerts.json up to now.
      const built = outcome.sites.filter((site) => site.ok).map((site) => site.site);
      if (built.length) await alerts.write(built, `after rebuild ${job.id}`);
      journal.built(built, mark);
      for (const line of describeOutcome(outcome)) log(line);
      // An event published while this build ran was written early into the folder this build
      // just replaced: written again into the new one (its next rebuild is queued already), so
      // it never disappears for the length of a build. Otherwise the renderer just loads the
      // bundles now served before the next publish needs them.
      const again = built.filter((site) => (fastPublished.get(site)?.at ?? 0) >= job.startedAt.getTime());
      for (const notice of new Set(again.map((site) => fastPublished.get(site)!.notice))) {
        void fastPath?.run(notice, again.filter((site) => fastPublished.get(site)!.notice === notice));
      }
      void fastPath?.warm(built.filter((site) => !again.includes(site)));
      return outcome;
    },
  });
  /** Per site, the last publish the fast path wrote early, and when. */
  const fastPublished = new Map<string, { at: number; notice: PublishNotice }>();
  /** Journals and queues a rebuild; resolves once the request is durable (the webhook answers then). */
  const request = (slugs: string[], reason: string, notice?: PublishNotice): Promise<unknown> => {
    if (!slugs.length) return Promise.resolve();
    // Journaled first: once it is on disk, a rebuild happens even if the server stops. The
    // rebuild is queued at once, so a burst of publishes still merges into one build, and the
    // build waits for the fast path to be done before it starts (run above), so it does not take
    // the CPU from it.
    const durable = journal.record(slugs, reason);
    if (notice && fastPath) {
      for (const slug of slugs) fastPublished.set(slug, { at: Date.now(), notice });
      void fastPath.run(notice, slugs);
    }
    queue.request(slugs, reason);
    return durable;
  };
  /** For the scheduler and the watcher, which have nobody to answer: a journal that cannot be written is logged. */
  const requestInBackground = (slugs: string[], reason: string) =>
    void request(slugs, reason).catch((error: unknown) => console.error(`Could not journal the rebuild (${reason}): ${(error as Error).message}`));
  const caughtUp = options.catchUp === false ? { journaled: [], stale: [] } : await catchUp(journal, queue, { dist, sites, clock, env: options.buildEnv });
  if (caughtUp.journaled.length) log(`Not built before the server stopped, rebuilding: ${caughtUp.journaled.join(', ')}`);
  if (caughtUp.stale.length) log(`Served builds older than the content or code, rebuilding: ${caughtUp.stale.join(', ')}`);
  const scheduler = createScheduler({ clock, documents: () => content.documents(), sites, request: requestInBackground });
  const watching = !!options.watch && content.kind === 'dataset';
  if (options.watch && !watching) log('--watch: the content is a live Sanity project; its webhook is the publish path.');
  const watcher: DatasetWatcher | undefined = watching
    ? watchDataset({ content, sites, request: requestInBackground, alerts, onContentChanged: () => scheduler.reschedule() })
    : undefined;

  const configuredSecret = options.previewSecret ?? process.env.PREVIEW_SECRET;
  const secret = configuredSecret || randomSecret();
  const builds = options.previewBuilds ?? previewBuilds();
  const webhookSecret = options.webhookSecret ?? process.env.SANITY_WEBHOOK_SECRET;
  const auth = previewAuth(secret);
  const statusOptions = { clock, content, queue, log: history, scheduler, watching, auth, alerts, fastPath };
  void fastPath?.warm(sites);
  // Which sites a publish touches is a walk through every document's references; each document's
  // are found once and kept (shared/content/publication.ts). Found now, while nothing waits, so the
  // first publish does not hold the server's thread for them (a second at 10,000 events).
  setTimeout(() => findReferences(content.documents().values()), 1000).unref();
  const replay = replayGuard(join(stateDir, 'webhook-seen.json'), SIGNATURE_TOLERANCE_MS);

  // The publish gate, its audit trail and partner links (README «Publishing through Fasett»).
  const titleOf = (slug: string) => {
    const title = options.siteTitles?.[slug] ?? content.documents().get(`site.${slug}`)?.title;
    return typeof title === 'string' && title ? title : slug;
  };
  const gateSettings = gateSettingsFromEnv(live);
  const sanity = options.gateSanity ?? (gateSettings ? gateSanity(gateSettings) : undefined);
  const members = editorMembers(options.editorsFile ?? process.env.FASETT_EDITORS, sites);
  const audit = auditLog(join(stateDir, 'publish-audit.jsonl'));
  const studioOrigins = options.studioOrigins ?? studioOriginsFrom();
  const now = () => clock.now();
  const links = partnerLinks(join(stateDir, 'partner-links.json'), process.env.PARTNER_LINK_SECRET || secret, now);
  const drafts = previewContent();
  const editorOrigin = options.editorOrigin ?? (() => process.env.FASETT_EDITOR_URL ?? 'http://localhost:4321');
  const gateHandlers = sanity
    ? [
        publishGate({ sanity, members, audit, sites, titleOf, studioOrigins, now }),
        partnerLinkHandler({ sanity, members, sites, titleOf, studioOrigins, links, content: drafts, render: previewRenderer({ builds, content: drafts }), origin: editorOrigin, now }),
      ]
    : [gateNotConfigured, partnerLinkHandler({ sanity: noSanity, members, sites, titleOf, studioOrigins, links, content: drafts, render: previewRenderer({ builds, content: drafts }), origin: editorOrigin, now })];

  return {
    handlers: [
      statusHandler(statusOptions),
      publishWebhook({ secret: webhookSecret, content, sites, request, replay, alerts, onContentChanged: () => scheduler.reschedule() }),
      ...gateHandlers,
      auditPageHandler({ audit, sites: () => sites, auth, titleOf }),
      previewHandler({ sites: () => sites, auth, builds, content: drafts, partnerMayLoadFiles: (cookie, slug) => links.allowsFilesOf(cookie, slug) }),
      editorCardsHandler({ sites: () => sites, auth, content }),
    ],
    clock,
    content,
    queue,
    log: history,
    scheduler,
    fastPath,
    preview: { secret, generated: !configuredSecret, builds },
    webhookConfigured: !!webhookSecret,
    journal,
    alerts,
    audit,
    partnerLinks: links,
    caughtUp,
    status: () => editorStatus(statusOptions, { editor: true }),
    close() {
      watcher?.close();
      scheduler.stop();
      queue.close();
      fastPath?.close();
      stopping.abort();
    },
  };
}

/**
 * The sites to rebuild before anything else: those of journaled requests never built (the
 * server stopped first), and those whose served build's input key (scripts/lib/site-inputs.ts,
 * kept beside its report) is not the key of the current content, code and time — an edit
 * made while the server was down. A live project has no such key; its journal still counts.
 */
async function catchUp(journal: PublishJournal, queue: RebuildQueue, context: { dist: string; sites: readonly string[]; clock: Clock; env?: NodeJS.ProcessEnv }) {
  const journaled = [...new Set(journal.pending().flatMap((entry) => entry.sites))].filter((site) => context.sites.includes(site));
  if (journaled.length) queue.request(journaled, 'published before the server stopped, not built yet');
  let stale: string[] = [];
  try {
    const env = { ...process.env, ...context.env, ...(context.clock.pinned ? { FASETT_NOW: context.clock.now().toISOString() } : {}) };
    const inputs = await siteInputs(repoRoot, context.sites, env);
    if (inputs) stale = context.sites.filter((site) => !journaled.includes(site) && !isUpToDate(context.dist, site, inputs.keys.get(site)));
  } catch (error) {
    // The content cannot be read now: the builds would fail the same way; the journal still counts.
    console.error(`Could not compare the served builds with the content: ${(error as Error).message}`);
  }
  if (stale.length) queue.request(stale, 'the served build is older than the content or code');
  return { journaled, stale };
}

/** Without a line to Sanity nobody can be verified: the gate says so rather than guess. */
const gateNotConfigured: Handler = (req, res) => {
  if (!new URL(req.url ?? '/', 'http://fasett.invalid').pathname.startsWith('/api/gate/')) return false;
  sendJson(res, 503, { error: 'Publiseringsporten er ikke satt opp på serveren (SANITY_PROJECT_ID, SANITY_DATASET og SANITY_API_WRITE_TOKEN).' });
  return true;
};

/** Partner links can still be opened without Sanity; making one needs a verified editor, so every token is unknown. */
const noSanity: GateSanity = {
  whoIs: async () => undefined,
  versions: async () => ({}),
  publish: async () => {
    throw new Error('no Sanity project configured');
  },
};
