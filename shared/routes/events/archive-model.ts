/** The archive: past events by the Oslo month they started in, newest month first. */
import type { EventItem, SiteData } from '../../content/site-data.ts';
import { osloMonth } from '../../format/datetime.ts';
import { pagePath } from '../../elements/event-query.ts';
import { routeModels } from '../../build/page-model.ts';
import { paths } from '../../site/paths.ts';
import { PAGE_SIZE, pageCount } from '../../site/pagination.ts';

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

/** What one page of a month in the archive renders from, besides the chrome. */
export interface ArchivePageModel {
  month: string;
  page: number;
  total: number;
  /** Past events that month, on every page. */
  count: number;
  events: EventItem[];
  /** The neighbouring months with past events, for the month links. */
  newer?: string;
  older?: string;
}

/** Every page of every month in the archive, by its path. */
export function archivePages(data: SiteData): Map<string, ArchivePageModel> {
  return routeModels(data, 'archive-month', () => {
    const months = archiveMonths(data);
    return months.flatMap(({ month, events }, index) => {
      const total = pageCount(events.length);
      return Array.from({ length: total }, (_, i): [string, ArchivePageModel] => [
        pagePath(paths.archiveMonth(month), i + 1),
        {
          month,
          page: i + 1,
          total,
          count: events.length,
          events: events.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
          newer: months[index - 1]?.month,
          older: months[index + 1]?.month,
        },
      ]);
    });
  });
}
