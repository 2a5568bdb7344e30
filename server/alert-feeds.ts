/**
 * The alert fast path. A crisis alert must reach residents in seconds, not after a build: on a
 * publish that touches an alert, the server writes each affected site's alerts.json (and its
 * .br/.gz copies) straight into the folder being served, before and independent of any Astro
 * build. Open pages read it on load, when their tab is shown again and every 30 s
 * (shared/elements/alert-banner.ts), so nginx or a CDN serving the same folder delivers the
 * alert too — the server is not in the visitor's path. The static banner in every page follows
 * at once: the banner is one string between markers (shared/site/alert-banner-html.ts),
 * replaced in place in every served page (shared/serving/alert-banners.ts) without rendering a
 * page — the same string and the same replacement the build does, so the page is the one the
 * rebuild then writes.
 *
 * The body is the build's own (shared/feeds/alerts-feed.ts from shared/content/site-alerts.ts:
 * the same query, rulebook and window rule), and a file is written only when the alerts it
 * lists change. After every rebuild the served folders are brought up to the content the server
 * holds now, so a build that started before the alert was published never takes it away again.
 * A write is atomic (a temporary file renamed over the old one): a visitor gets the old list or
 * the new one, never half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllSiteConfigs } from '../shared/config/site.ts';
import type { SanityDocument } from '../shared/content/dataset.ts';
import type { DocumentChange } from '../shared/content/publication.ts';
import { datasetSource } from '../shared/content/dataset-source.ts';
import { activeAlertsAt, alertsBySite } from '../shared/content/site-alerts.ts';
import { alertsFeed, alertsListed } from '../shared/feeds/alerts-feed.ts';
import { precompressFiles } from '../shared/serving/precompress.ts';
import { runBannerPass, type BannerJobs } from './alert-banner-pass.ts';
import { alertBannerHtml } from '../shared/site/alert-banner-html.ts';
import { wordsFor } from '../shared/i18n/index.ts';
import { currentBuild } from './atomic-swap.ts';

/** A change that can change a site's alerts: an alert published, edited, unpublished or deleted. */
export function touchesAlert(changes: readonly DocumentChange[], notice?: { _type?: string }): boolean {
  return notice?._type === 'alert' || changes.some((change) => change.before?._type === 'alert' || change.after?._type === 'alert');
}

export interface AlertFeedsOptions {
  distDir: () => string;
  /** The published documents the server holds now (server/content-snapshot.ts). */
  documents: () => ReadonlyMap<string, SanityDocument>;
  now: () => Date;
}

export interface AlertFeedsWrite {
  at: string;
  reason: string;
  /** Sites whose alerts.json changed. */
  written: string[];
  /** Sites whose alerts.json already said the same. */
  unchanged: string[];
  /** Sites with no served folder yet (their first build writes it). */
  notBuilt: string[];
  /** Time to every alerts.json written. */
  ms: number;
  /**
   * The static banner in every served page, replaced after alerts.json (in the background: the
   * webhook does not wait for it): pages written, and the time from the start of the write.
   * Undefined while it runs.
   */
  pages?: { written: number; ms: number };
  error?: string;
}

export interface AlertFeeds {
  /**
   * Brings the served alerts.json of `sites` up to the current content, and then (not awaited) the
   * banner in their pages. Never throws: a failure is in the result and in last().
   */
  write(sites: readonly string[], reason: string): Promise<AlertFeedsWrite>;
  last(): AlertFeedsWrite | undefined;
  /** Resolves when every banner replacement asked for so far is done. */
  settled(): Promise<void>;
}

export function alertFeeds(options: AlertFeedsOptions): AlertFeeds {
  let last: AlertFeedsWrite | undefined;
  // One write at a time: two publishes in quick succession end with the later content.
  let tail: Promise<unknown> = Promise.resolve();
  // Banners on their own queue: a second alert's alerts.json never waits for the first one's pages.
  let banners: Promise<unknown> = Promise.resolve();
  const write = async (sites: readonly string[], reason: string): Promise<AlertFeedsWrite> => {
    const started = performance.now();
    const now = options.now();
    const result: AlertFeedsWrite = { at: new Date().toISOString(), reason, written: [], unchanged: [], notBuilt: [], ms: 0 };
    try {
      const dist = options.distDir();
      const folders = new Map<string, string>();
      for (const slug of sites) {
        const folder = currentBuild(dist, slug) ?? join(dist, slug);
        if (existsSync(join(folder, 'index.html'))) folders.set(slug, folder);
        else result.notBuilt.push(slug);
      }
      if (folders.size) {
        // What an alert's rules and query can reach: alerts, and the site documents they name. A
        // municipality's 10,000 events would only make groq-js and the rule context slower here.
        const documents = [...options.documents().values()].filter((doc) => doc._type === 'alert' || doc._type === 'site');
        const source = datasetSource({ origin: 'the server’s content', folder: '', documents, assetFiles: new Map(), digest: '', loadMs: 0 });
        const configs = new Map((await loadAllSiteConfigs()).map((config) => [config.slug, config]));
        const alerts = await alertsBySite(source, configs, [...folders.keys()], now);
        for (const [slug, folder] of folders) {
          const body = alertsFeed(alerts.get(slug) ?? [], now);
          const file = join(folder, 'alerts.json');
          if (sameAlerts(file, body)) {
            result.unchanged.push(slug);
            continue;
          }
          replaceAtomically(file, body);
          await precompressFiles([file]);
          result.written.push(slug);
        }
        const changed = result.written.map((slug) => [folders.get(slug)!, alertBannerHtml(activeAlertsAt(alerts.get(slug) ?? [], now), wordsFor(configs.get(slug)?.locale ?? 'nb').alerts)] as const);
        banners = banners.then(() => replaceBanners(changed, result, started));
      }
    } catch (error) {
      result.error = (error as Error).message;
      console.error(`Alert fast path (${reason}): ${result.error}`);
    }
    result.ms = Math.round(performance.now() - started);
    last = result;
    return result;
  };
  return {
    write(sites, reason) {
      const run = tail.then(() => write(sites, reason));
      tail = run.catch(() => undefined);
      return run;
    },
    last: () => last,
    settled: async () => {
      await tail;
      await banners;
    },
  };
}

/** Every page's banner in the served folders, then the pages' .br/.gz copies (in a process of its own); the count goes into the write's result. */
async function replaceBanners(folders: BannerJobs, result: AlertFeedsWrite, started: number): Promise<void> {
  try {
    const written = folders.length ? await runBannerPass(folders) : 0;
    result.pages = { written, ms: Math.round(performance.now() - started) };
  } catch (error) {
    result.error = `the banner in the pages: ${(error as Error).message}`;
    console.error(`Alert fast path (${result.reason}): ${result.error}`);
  }
}

/** The file lists the same alerts as `body` (the time it was written aside). */
function sameAlerts(file: string, body: string): boolean {
  try {
    return alertsListed(readFileSync(file, 'utf8')) === alertsListed(body);
  } catch {
    return false; // missing or unreadable: write it
  }
}

function replaceAtomically(file: string, data: string | Buffer): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
