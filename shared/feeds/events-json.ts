/**
 * /events.json — upcoming events as schema.org Event objects, for regional aggregators and
 * the municipality's main site. Stable ids (the canonical URL), absolute URLs, status.
 */
import type { SiteData } from '../content/site-data.ts';
import { eventJsonLd } from '../site/event-json-ld.ts';
import { absolute } from '../site/paths.ts';
import { eventCardUrl } from '../site/share-cards.ts';
import { fill, wordsFor } from '../i18n/index.ts';

export function eventsJson(data: SiteData): string {
  const events = data.upcoming.map((event) => {
    const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
    const { '@context': _context, ...ld } = eventJsonLd(event, {
      owner,
      organizerName: event.site?.title ?? data.site.title ?? '',
      organizerAddress: owner.slug === data.config.slug ? data.site.contact?.address : undefined,
      imageUrl: eventCardUrl(event, data),
      locale: data.config.locale,
    });
    return { ...ld, identifier: event._id, dateModified: event._updatedAt, keywords: (event.categories ?? []).map((c) => c.title) };
  });
  return JSON.stringify(
    {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: fill(wordsFor(data.config.locale).feeds.eventsJsonName, { site: data.site.title }),
      inLanguage: data.config.locale,
      url: absolute(data.config.url, '/events.json'),
      dateModified: data.now.toISOString(),
      numberOfItems: events.length,
      itemListElement: events,
    },
    null,
    2,
  );
}
