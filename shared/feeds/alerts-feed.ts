/**
 * The body of /alerts.json: every open alert of a site with its window, which <alert-banner>
 * compares with the visitor's clock. Written by the build (routes/feeds/alerts.json.ts) and by
 * the server's alert fast path (server/alert-feeds.ts) from the same function.
 */
import type { AlertItem } from '../content/site-alerts.ts';
import { safeUrl } from '../site/safe-url.ts';

export function alertsFeed(alerts: readonly AlertItem[], now: Date): string {
  const listed = alerts.map((a) => ({
    id: a._id,
    title: a.title,
    message: a.message,
    severity: a.severity ?? 'info',
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    link: safeUrl(a.link) ?? null,
  }));
  return JSON.stringify({ generatedAt: now.toISOString(), alerts: listed }, null, 2);
}

/** What a feed says, without the moment it was written: two feeds that list the same alerts are the same. */
export const alertsListed = (body: string): string => JSON.stringify((JSON.parse(body) as { alerts?: unknown }).alerts ?? null);
