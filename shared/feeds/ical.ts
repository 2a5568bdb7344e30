/**
 * iCalendar for events (ical-generator): one calendar per site, per category and per event.
 * Times are written in UTC, which every calendar converts to the reader's zone; UIDs are
 * the document id at the owning site's domain, so they stay stable across builds and sites.
 * SEQUENCE counts the recorded changes of time and status, so a calendar that has the event
 * takes a cancellation or a new date as an update (RFC 5545 §3.8.7.4), and a rebuild never
 * moves it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventItem, SiteData } from '../content/site-data.ts';
import { absolute, paths } from '../site/paths.ts';
import { statusInfo } from '../site/status.ts';
import { attendance, calendarSequence, dateIsPending, eventStatus, pendingDate, streamLink, titleWithStatus } from '../site/event-status.ts';
import { fill, wordsFor } from '../i18n/index.ts';

export interface CalendarOptions {
  name: string;
  description?: string;
  /** Absolute URL of the calendar itself. */
  url: string;
}

export function eventsCalendar(data: SiteData, events: EventItem[], options: CalendarOptions): string {
  const { locale } = data.config;
  const words = wordsFor(locale);
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    // The language of the calendar's text (RFC 5545 PRODID's language part): the site's.
    prodId: { company: 'Skien kommune', product: 'Fasett', language: locale.toUpperCase() },
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
    const status = statusInfo(event.status, locale);
    const stream = streamLink(event);
    const online = attendance(event) === 'online';
    const kind = eventStatus(event);
    calendar.createEvent({
      id: `${event._id}@${new URL(owner.url).host}`,
      sequence: calendarSequence(event),
      start: new Date(event.startsAt),
      end: new Date(event.endsAt ?? event.startsAt),
      stamp: new Date(event._updatedAt),
      lastModified: new Date(event._updatedAt),
      summary: titleWithStatus(event, locale),
      description: [
        status && `${status.label}. ${status.explain}`,
        dateIsPending(event) && `${pendingDate(locale)}.`,
        event.summary,
        stream && fill(words.feeds.watchStream, { url: stream }),
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url,
      status: kind === 'cancelled' ? ICalEventStatus.CANCELLED : kind === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      location:
        venue?.name && !online
          ? {
              title: venue.name,
              address,
              geo: venue.geo?.lat != null && venue.geo.lng != null ? { lat: venue.geo.lat, lon: venue.geo.lng } : undefined,
            }
          : online
            ? (stream ? fill(words.feeds.onlineAt, { url: stream }) : words.event.online)
            : undefined,
      categories: (event.categories ?? []).map((c) => ({ name: c.title ?? '' })),
    });
  }
  return calendar.toString();
}

/** `webcal:` link for subscribing to a calendar from its https URL. */
export const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');
