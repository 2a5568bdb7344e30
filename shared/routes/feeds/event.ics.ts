import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsCalendar } from '../../feeds/ical.ts';
import { absolute, paths } from '../../site/paths.ts';
import { modelOf, staticPaths } from '../../build/page-model.ts';
import { eventCalendars as calendars } from '../page-models.ts';
import { wordsFor } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return staticPaths(data, calendars(data), 'slug');
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const data = await currentSiteData();
  const event = modelOf(props, calendars(data), params.slug)?.event;
  if (!event) return new Response(wordsFor(data.config.locale).feeds.notFound, { status: 404 });
  const body = eventsCalendar(data, [event], { name: event.title ?? '', url: absolute(data.config.url, paths.eventIcs(event.slug ?? '')) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
