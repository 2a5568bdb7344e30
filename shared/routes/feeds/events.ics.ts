import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsCalendar } from '../../feeds/ical.ts';
import { absolute } from '../../site/paths.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  const body = eventsCalendar(data, data.upcoming, {
    name: data.site.title ?? data.config.slug,
    description: `Kommende arrangementer fra ${data.site.title}`,
    url: absolute(data.config.url, '/events.ics'),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
