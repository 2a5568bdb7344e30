import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsCalendar } from '../../feeds/ical.ts';
import { absolute } from '../../site/paths.ts';
import { fill, wordsFor } from '../../i18n/index.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  const body = eventsCalendar(data, data.upcoming, {
    name: data.site.title ?? data.config.slug,
    description: fill(wordsFor(data.config.locale).feeds.calendarDescription, { site: data.site.title }),
    url: absolute(data.config.url, '/events.ics'),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
