/**
 * RSS 2.0 feeds with @astrojs/rss: upcoming events and news for the site (and its campaigns,
 * each an item from the moment its window opens), and one feed per category and audience.
 * Items are newest first by when they were first published (an event's publication, an
 * article's date, a campaign's opening), with a stable guid (the canonical URL), the share
 * card as enclosure, and a title with the event's status once. A description is HTML by
 * convention, so text from content is HTML-escaped before it goes in: a feed reader shows it
 * as text, never as markup. The channel says the site's language (`nb` or `nn`), links itself with atom:link, shows the
 * site's image and says in lastBuildDate when its newest content changed.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { EventItem, ArticleItem, CampaignItem, SiteData } from '../content/site-data.ts';
import { absolute, paths } from '../site/paths.ts';
import { articleCardPath, campaignCardPath, cardOwnerOf, eventCardPath, homeCardPath } from '../site/share-cards.ts';
import { mediaTypeOf } from '../cards/sizes.ts';
import { eventWhen, titleWithStatus } from '../site/event-status.ts';
import { formatProgramme } from '../site/campaign-programme.ts';
import { audienceEntrances } from '../routes/audiences/audience-model.ts';
import { fill, wordsFor } from '../i18n/index.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** The feed's own path, e.g. /rss.xml */
  path: string;
  events: EventItem[];
  articles?: ArticleItem[];
  /** Public campaigns (the site's main feed). */
  campaigns?: CampaignItem[];
  /** Byte size of a card by its path, for enclosure lengths. */
  cardBytes: (path: string) => Promise<number | undefined>;
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Plain text from content, made safe for a description that readers treat as HTML. */
export const htmlText = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);

const time = (value: string | null | undefined) => {
  const t = Date.parse(value ?? '');
  return Number.isNaN(t) ? undefined : t;
};

interface Item extends RSSFeedItem {
  published: number;
  changed: number;
}

export async function feedResponse(data: SiteData, options: FeedOptions): Promise<Response> {
  const site = data.config.url;
  const { locale } = data.config;
  const words = wordsFor(locale);
  const items: Item[] = [];
  const enclosure = async (path: string) => {
    const length = await options.cardBytes(path);
    return length ? { url: absolute(site, path), length, type: mediaTypeOf(path) } : undefined;
  };
  for (const event of options.events) {
    if (!event.slug) continue;
    const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
    const when = eventWhen(event, locale);
    const whenText = when.previous ? fill(words.status.previously, { when: when.text, previous: when.previous.text }) : when.text;
    const published = time(event._createdAt) ?? time(event._updatedAt) ?? 0;
    items.push({
      published,
      changed: time(event._updatedAt) ?? published,
      title: titleWithStatus(event, locale),
      link: absolute(owner.url, paths.event(event.slug)),
      pubDate: new Date(published),
      description: [whenText, event.venue?.name, event.summary].filter(Boolean).map((part) => htmlText(part!)).join(' · '),
      categories: [...(event.categories ?? []), ...(event.audiences ?? [])].map((c) => c.title ?? '').filter(Boolean),
      // A cross-listed event's card is its owner's, not a file of this site: no enclosure here
      // (its length is not known to this build); the item's link goes to the owner's page.
      enclosure: cardOwnerOf(event, data) === data.config ? await enclosure(eventCardPath(event)) : undefined,
    });
  }
  for (const article of options.articles ?? []) {
    if (!article.slug) continue;
    const published = time(article.publishedAt) ?? time(article._updatedAt) ?? 0;
    items.push({
      published,
      changed: Math.max(published, time(article._updatedAt) ?? 0),
      title: article.title ?? '',
      link: absolute(site, paths.article(article.slug)),
      pubDate: new Date(published),
      description: htmlText(article.summary ?? ''),
      categories: [words.feeds.newsCategory],
      enclosure: await enclosure(articleCardPath(article)),
    });
  }
  for (const campaign of options.campaigns ?? []) {
    if (!campaign.slug) continue;
    // A campaign is news the moment its window opens (before that it is not public at all).
    const published = time(campaign.startsAt) ?? time(campaign._createdAt) ?? 0;
    items.push({
      published,
      changed: Math.max(published, time(campaign._updatedAt) ?? 0),
      title: campaign.title ?? '',
      link: absolute(site, paths.campaign(campaign.slug)),
      pubDate: new Date(published),
      description: [formatProgramme(campaign, locale), campaign.hero?.subheading ?? campaign.shareText].filter(Boolean).map((part) => htmlText(part!)).join(' · '),
      categories: [words.feeds.campaignsCategory],
      enclosure: await enclosure(campaignCardPath(campaign)),
    });
  }
  items.sort((a, b) => b.published - a.published || (a.link ?? '').localeCompare(b.link ?? ''));
  const lastChange = items.reduce((latest, item) => Math.max(latest, item.changed, item.published), 0);
  const self = absolute(site, options.path);
  const image = absolute(site, homeCardPath(data));
  return rss({
    title: options.title,
    description: options.description,
    site,
    items: items.map(({ published: _published, changed: _changed, ...item }) => item),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    trailingSlash: true,
    customData: [
      `<language>${locale}</language>`,
      lastChange ? `<lastBuildDate>${new Date(lastChange).toUTCString()}</lastBuildDate>` : '',
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
    main: { title: fill(wordsFor(data.config.locale).chrome.feedTitle, { site: data.site.title }), rss: '/rss.xml', ics: '/events.ics' },
    categories: data.taxonomy.categories
      .filter((c) => c.slug && upcomingCategories.has(c.slug))
      .map((c) => ({ title: c.title ?? '', slug: c.slug!, rss: `/rss/kategori/${c.slug}.xml`, ics: `/kalender/kategori/${c.slug}.ics` })),
    // Only the groups the site offers an entrance for, in its order.
    audiences: audienceEntrances(data)
      .map((e) => e.audience)
      .filter((a) => upcomingAudiences.has(a.slug))
      .map((a) => ({ title: a.title, slug: a.slug, rss: `/rss/for/${a.slug}.xml` })),
  };
}
