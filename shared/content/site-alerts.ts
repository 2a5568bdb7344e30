/**
 * The alerts each site lists in alerts.json: published, passing the rulebook, shown on the site
 * (publication.ts), window not closed. One definition for the build (site-data.ts) and for the
 * server's alert fast path (server/alert-feeds.ts), which writes alerts.json without a build — so
 * the two cannot disagree on which alerts a site has.
 */
import type { SiteConfig } from '../config/site.ts';
import { checkContent } from './content-check.ts';
import { alertsQuery } from './queries.ts';
import type { AlertsQueryResult } from './sanity.types.ts';
import type { ContentSource } from './source.ts';
import { activeAt } from '../elements/alert-list.ts';

export type AlertItem = AlertsQueryResult[number];

/** Alerts whose window has not closed at `at`: on now, or still to come. A closed alert is never written. */
export const openAlerts = <T extends Pick<AlertItem, 'endsAt'>>(alerts: readonly T[], at: Date): T[] =>
  alerts.filter((alert) => !alert.endsAt || new Date(alert.endsAt) >= at);

/** The alerts whose window holds `at`, most severe first (else in the query's order): the banner in every page — the rule open pages apply too. */
export const activeAlertsAt = activeAt;

/** Every site's open alerts, with the rulebook run over the alerts only (fast: no events are checked). */
export async function alertsBySite(source: ContentSource, siteConfigs: Map<string, SiteConfig>, slugs: readonly string[], at: Date): Promise<Map<string, AlertItem[]>> {
  const check = await checkContent(source, siteConfigs, { types: ['alert'] });
  const out = new Map<string, AlertItem[]>();
  for (const slug of slugs) {
    const alerts = await source.fetch<AlertsQueryResult>(alertsQuery, { shown: check.shownIds(slug) });
    out.set(slug, openAlerts(alerts, at));
  }
  return out;
}
