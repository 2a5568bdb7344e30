/** The archive: past events by the Oslo month they started in, newest month first. */
import type { EventItem, SiteData } from '../../content/site-data.ts';
import { osloMonth } from '../../format/datetime.ts';

export interface ArchiveMonth {
  month: string;
  events: EventItem[];
}

const cache = new WeakMap<SiteData, ArchiveMonth[]>();

export function archiveMonths(data: SiteData): ArchiveMonth[] {
  let months = cache.get(data);
  if (months) return months;
  const byMonth = new Map<string, EventItem[]>();
  // data.past is newest first; a month lists its events in the order they happened.
  for (const event of [...data.past].reverse()) {
    if (!event.slug || !event.startsAt) continue;
    const month = osloMonth(new Date(event.startsAt));
    byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
  }
  months = [...byMonth].sort(([a], [b]) => b.localeCompare(a)).map(([month, events]) => ({ month, events }));
  cache.set(data, months);
  return months;
}
