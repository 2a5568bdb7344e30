/** schema.org Event for an event page and /events.json: what search engines and aggregators read. */
import type { EventItem } from '../content/site-data.ts';
import type { SiteConfig } from '../config/site.ts';
import { safeWebUrl } from './safe-url.ts';
import { pageLanguage } from './language.ts';
import { absolute, paths } from './paths.ts';
import { schemaOrgStatus } from './status.ts';
import { attendance, eventStatus, previousStart, streamLink, ticketsOffered } from './event-status.ts';
import { wordsFor, type Locale } from '../i18n/index.ts';

export interface EventJsonLdOptions {
  /** The owning site's config: the canonical URL lives there. */
  owner: Pick<SiteConfig, 'url'>;
  organizerName: string;
  /** The organiser's postal address, when known: the place of an event that has no venue of its own. */
  organizerAddress?: { street?: string | null; postalCode?: string | null; city?: string | null } | null;
  imageUrl?: string;
  /** The language of the page that carries it (the site's). */
  locale: Locale;
}

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

const postalAddress = (address: { street?: string | null; postalCode?: string | null; city?: string | null }) => ({
  '@type': 'PostalAddress',
  streetAddress: address.street ?? undefined,
  postalCode: address.postalCode ?? undefined,
  addressLocality: address.city ?? undefined,
  addressCountry: 'NO',
});

export function eventJsonLd(event: EventItem, { owner, organizerName, organizerAddress, imageUrl, locale }: EventJsonLdOptions): Record<string, unknown> {
  const status = eventStatus(event);
  const url = absolute(owner.url, paths.event(event.slug ?? ''));
  const mode = attendance(event);
  const venue = event.venue;
  // Every event has a location: its venue, its stream, both — or, with neither, its organiser.
  const place = venue
    ? {
        '@type': 'Place',
        name: venue.name,
        address: venue.address ? postalAddress(venue.address) : undefined,
        geo: venue.geo?.lat != null ? { '@type': 'GeoCoordinates', latitude: venue.geo.lat, longitude: venue.geo.lng } : undefined,
      }
    : { '@type': 'Place', name: organizerName, address: organizerAddress ? postalAddress(organizerAddress) : undefined };
  const stream = streamLink(event);
  const virtual = { '@type': 'VirtualLocation', url: stream, name: stream ? undefined : wordsFor(locale).event.streamLinkComing };
  const location = mode === 'online' ? virtual : mode === 'mixed' ? [place, virtual] : place;
  const ticketUrl = safeWebUrl(event.ticketUrl);
  const offered = ticketsOffered(event);
  const availability =
    status === 'soldOut'
      ? 'https://schema.org/SoldOut'
      : status === 'cancelled'
        ? 'https://schema.org/Discontinued'
        : offered
          ? 'https://schema.org/InStock'
          : 'https://schema.org/OutOfStock';
  const offers = event.price
    ? {
        '@type': 'Offer',
        price: event.price.free ? 0 : (event.price.amount ?? undefined),
        priceCurrency: 'NOK',
        url: offered ? (ticketUrl ?? url) : url,
        availability,
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
    previousStartDate: previousStart(event),
    eventStatus: schemaOrgStatus[status],
    eventAttendanceMode: ATTENDANCE[mode],
    location,
    image: imageUrl ? [imageUrl] : undefined,
    offers,
    isAccessibleForFree: event.price?.free ?? undefined,
    typicalAgeRange: event.ageRange ? `${event.ageRange.min ?? ''}-${event.ageRange.max ?? ''}` : undefined,
    // The event's own language (its name and description are in it), else the site's.
    inLanguage: pageLanguage(event.language, locale),
    organizer: { '@type': 'Organization', name: organizerName, url: owner.url },
  };
}
