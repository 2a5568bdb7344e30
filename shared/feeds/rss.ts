/**
 * RSS 2.0 feeds with @astrojs/rss: upcoming events and news for the site, and one feed per
 * category and audience. Items have a stable guid (the canonical URL), the summary as
 * description, categories and the share card as enclosure; the channel says `nb`, links
 * itself with atom:link and shows the site's image.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { EventItem, ArticleItem, SiteData } from '../content/site-data.ts';
import { formatEventTime } from '../format/datetime.ts';
import { absolute, paths } from '../site/paths.ts';
import { statusInfo } from '../site/status.ts';
import { cardPath, homeCardPath } from '../site/share-cards.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** The feed's own path, e.g. /rss.xml */
  path: string;
  events: EventItem[];
  articles?: ArticleItem[];
  /** Byte size of a card by its path, for enclosure lengths. */
  cardBytes: (path: string) => Promise<number | undefined>;
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export async function feedResponse(data: SiteData, options: FeedOptions): Promise<Response> {
  const site = data.config.url;
  const items: Array<RSSFeedItem & { sortKey: string }> = [];
  for (const event of options.events) {
    if (!event.slug) continue;
    const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
    const status = statusInfo(event.status);
    const when = event.startsAt ? formatEventTime(event.startsAt, event.endsAt) : '';
    const card = cardPath('arrangementer', event.slug);
    const length = await options.cardBytes(card);
    items.push({
      sortKey: event.startsAt ?? '',
      title: status ? `${status.label}: ${event.title}` : (event.title ?? ''),
      link: absolute(owner.url, paths.event(event.slug)),
      pubDate: new Date(event._updatedAt),
      description: [when, event.venue?.name, event.summary].filter(Boolean).join(' · '),
      categories: [...(event.categories ?? []), ...(event.audiences ?? [])].map((c) => c.title ?? '').filter(Boolean),
      enclosure: length ? { url: absolute(site, card), length, type: 'image/png' } : undefined,
    });
  }
  for (const article of options.articles ?? []) {
    if (!article.slug) continue;
    const card = cardPath('nyheter', article.slug);
    const length = await options.cardBytes(card);
    items.push({
      sortKey: article.publishedAt ?? '',
      title: article.title ?? '',
      link: absolute(site, paths.article(article.slug)),
      pubDate: new Date(article.publishedAt ?? article._updatedAt),
      description: article.summary ?? '',
      categories: ['Nyheter'],
      enclosure: length ? { url: absolute(site, card), length, type: 'image/png' } : undefined,
    });
  }
  const self = absolute(site, options.path);
  const image = absolute(site, homeCardPath());
  return rss({
    title: options.title,
    description: options.description,
    site,
    items: items.map(({ sortKey: _sortKey, ...item }) => item),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    trailingSlash: true,
    customData: [
      '<language>nb</language>',
      `<atom:link href="${xml(self)}" rel="self" type="application/rss+xml"/>`,
      `<image><url>${xml(image)}</url><title>${xml(options.title)}</title><link>${xml(absolute(site, '/'))}</link></image>`,
    ].join(''),
  });
}

/** Every feed a site offers, for the "Følg med" page and <link rel="alternate">. */
export function feedList(data: SiteData) {
  const upcomingCategories = new Set(data.upcoming.flatMap((e) => (e.categories ?? []).map((c) => c.slug)));
  const upcomingAudiences = new Set(data.upcoming.flatMap((e) => (e.audiences ?? []).map((a) => a.slug)));
  return {
    main: { title: `${data.site.title}: arrangementer og nyheter`, rss: '/rss.xml', ics: '/events.ics' },
    categories: data.taxonomy.categories
      .filter((c) => c.slug && upcomingCategories.has(c.slug))
      .map((c) => ({ title: c.title ?? '', slug: c.slug!, rss: `/rss/kategori/${c.slug}.xml`, ics: `/kalender/kategori/${c.slug}.ics` })),
    audiences: data.taxonomy.audiences
      .filter((a) => a.slug && upcomingAudiences.has(a.slug))
      .map((a) => ({ title: a.title ?? '', slug: a.slug!, rss: `/rss/for/${a.slug}.xml` })),
  };
}
