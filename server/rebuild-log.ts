/** What the rebuilds did: per site the last result and duration, and the recent jobs. */
import type { RebuildOutcome, SiteRebuild } from './site-rebuild.ts';

export interface SiteHistory {
  /** How many times the server rebuilt the site since it started. */
  builds: number;
  last?: SiteRebuild & { finishedAt: string; job: number };
  /** The last successful build: what is served now. */
  lastGood?: { finishedAt: string; job: number; seconds: number; pages?: number };
}

export interface RebuildLog {
  record(outcome: RebuildOutcome): void;
  sites(): Record<string, SiteHistory>;
  recent(): RebuildOutcome[];
  /** Jobs finished since the server started. */
  jobs(): number;
}

const KEEP = 20;

export function createRebuildLog(siteSlugs: readonly string[]): RebuildLog {
  const history = new Map<string, SiteHistory>(siteSlugs.map((slug) => [slug, { builds: 0 }]));
  const outcomes: RebuildOutcome[] = [];
  let jobs = 0;
  return {
    record(outcome) {
      jobs += 1;
      outcomes.unshift(outcome);
      outcomes.length = Math.min(outcomes.length, KEEP);
      const finishedAt = outcome.finishedAt.toISOString();
      for (const site of outcome.sites) {
        const entry = history.get(site.site) ?? { builds: 0 };
        entry.builds += 1;
        entry.last = { ...site, finishedAt, job: outcome.job.id };
        if (site.ok) entry.lastGood = { finishedAt, job: outcome.job.id, seconds: site.seconds, pages: site.pages };
        history.set(site.site, entry);
      }
    },
    sites: () => Object.fromEntries(history),
    recent: () => [...outcomes],
    jobs: () => jobs,
  };
}

/** One line per site for the terminal: what was rebuilt, how much, how long. */
export function describeOutcome(outcome: RebuildOutcome): string[] {
  const lines = outcome.sites.map((site) => {
    if (!site.ok) return `  ✗ ${site.site}: build failed after ${site.seconds.toFixed(1)} s; the last good build is still served\n${indent(site.error ?? '')}`;
    const work =
      site.rendered !== undefined
        ? `${site.pages ?? '?'} pages (${site.rendered} paths rendered, ${site.skipped ?? 0} reused from the incremental cache)`
        : `${site.pages ?? '?'} pages`;
    return `  ✓ ${site.site}: ${work} in ${site.seconds.toFixed(1)} s, now served`;
  });
  return [`Rebuild ${outcome.job.id} (${outcome.seconds.toFixed(1)} s) because: ${outcome.job.reasons.join('; ')}`, ...lines];
}

const indent = (text: string) => text.replace(/^/gm, '      ');
