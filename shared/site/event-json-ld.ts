/** schema.org Event for an event page and /events.json: what search engines and aggregators read. */
import type { EventItem } from '../content/site-data.ts';
import type { SiteConfig } from '../config/site.ts';
import { safeWebUrl } from './safe-url.ts';
import { absolute, paths } from './paths.ts';
import { schemaOrgStatus, type EventStatus } from './status.ts';

export interface EventJsonLdOptions {
  /** The owning site's config: the canonical URL lives there. */
  owner: Pick<SiteConfig, 'url'>;
  organizerName: string;
  imageUrl?: string;
}

export function eventJsonLd(event: EventItem, { owner, organizerName, imageUrl }: EventJsonLdOptions): Record<string, unknown> {
  const status = (event.status ?? 'scheduled') as EventStatus;
  const url = absolute(owner.url, paths.event(event.slug ?? ''));
  const online = status === 'movedOnline';
  const venue = event.venue;
  const place = venue
    ? {
        '@type': 'Place',
        name: venue.name,
        address: venue.address
          ? {
              '@type': 'PostalAddress',
              streetAddress: venue.address.street,
              postalCode: venue.address.postalCode,
              addressLocality: venue.address.city,
              addressCountry: 'NO',
            }
          : undefined,
        geo: venue.geo?.lat != null ? { '@type': 'GeoCoordinates', latitude: venue.geo.lat, longitude: venue.geo.lng } : undefined,
      }
    : undefined;
  const ticketUrl = safeWebUrl(event.ticketUrl);
  const offers = event.price
    ? {
        '@type': 'Offer',
        price: event.price.free ? 0 : (event.price.amount ?? undefined),
        priceCurrency: 'NOK',
        url: ticketUrl ?? url,
        availability: status === 'soldOut' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name: event.title,
    description: event.summary ?? undefined,
    url,
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: schemaOrgStatus[status] ?? schemaOrgStatus.scheduled,
    eventAttendanceMode: online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: online ? { '@type': 'VirtualLocation', url: ticketUrl ?? url } : place,
    image: imageUrl ? [imageUrl] : undefined,
    offers,
    isAccessibleForFree: event.price?.free ?? undefined,
    typicalAgeRange: event.ageRange ? `${event.ageRange.min ?? ''}-${event.ageRange.max ?? ''}` : undefined,
    inLanguage: 'nb',
    organizer: { '@type': 'Organization', name: organizerName, url: owner.url },
  };
}
