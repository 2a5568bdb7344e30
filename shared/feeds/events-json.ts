/**
 * /events.json — upcoming events as schema.org Event objects, for regional aggregators and
 * the municipality's main site. Stable ids (the canonical URL), absolute URLs, status.
 */
import type { SiteData } from '../content/site-data.ts';
import { eventJsonLd } from '../site/event-json-ld.ts';
import { absolute } from '../site/paths.ts';
import { eventCardUrl } from '../site/share-cards.ts';

export function eventsJson(data: SiteData): string {
  const events = data.upcoming.map((event) => {
    const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
    const { '@context': _context, ...ld } = eventJsonLd(event, {
      owner,
      organizerName: event.site?.title ?? data.site.title ?? '',
      organizerAddress: owner.slug === data.config.slug ? data.site.contact?.address : undefined,
      imageUrl: eventCardUrl(event, data),
    });
    return { ...ld, identifier: event._id, dateModified: event._updatedAt, keywords: (event.categories ?? []).map((c) => c.title) };
  });
  return JSON.stringify(
    {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: `${data.site.title}: kommende arrangementer`,
      url: absolute(data.config.url, '/events.json'),
      dateModified: data.now.toISOString(),
      numberOfItems: events.length,
      itemListElement: events,
    },
    null,
    2,
  );
}
