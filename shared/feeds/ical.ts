/**
 * iCalendar for events (ical-generator): one calendar per site, per category and per event.
 * Times are written in UTC, which every calendar converts to the reader's zone; UIDs are
 * the document id at the owning site's domain, so they stay stable across builds and sites.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventItem, SiteData } from '../content/site-data.ts';
import { absolute, paths } from '../site/paths.ts';
import { statusInfo } from '../site/status.ts';

export interface CalendarOptions {
  name: string;
  description?: string;
  /** Absolute URL of the calendar itself. */
  url: string;
}

export function eventsCalendar(data: SiteData, events: EventItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: 'Skien kommune', product: 'Fasett', language: 'NB' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 6,
  });
  for (const event of events) {
    if (!event.startsAt || !event.slug) continue;
    const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
    const url = absolute(owner.url, paths.event(event.slug));
    const venue = event.venue;
    const address = venue?.address
      ? [venue.address.street, [venue.address.postalCode, venue.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
      : undefined;
    const status = statusInfo(event.status);
    calendar.createEvent({
      id: `${event._id}@${new URL(owner.url).host}`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt ?? event.startsAt),
      stamp: new Date(event._updatedAt),
      lastModified: new Date(event._updatedAt),
      summary: status ? `${status.label}: ${event.title ?? ''}` : (event.title ?? ''),
      description: [status?.explain, event.summary, url].filter(Boolean).join('\n\n'),
      url,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : event.status === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      location: venue?.name
        ? {
            title: venue.name,
            address,
            geo: venue.geo?.lat != null && venue.geo.lng != null ? { lat: venue.geo.lat, lon: venue.geo.lng } : undefined,
          }
        : event.status === 'movedOnline'
          ? 'Digitalt'
          : undefined,
      categories: (event.categories ?? []).map((c) => ({ name: c.title ?? '' })),
    });
  }
  return calendar.toString();
}

/** `webcal:` link for subscribing to a calendar from its https URL. */
export const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');
