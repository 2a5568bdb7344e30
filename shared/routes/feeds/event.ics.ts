import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsCalendar } from '../../feeds/ical.ts';
import { absolute, paths } from '../../site/paths.ts';
import { documentDigest, pageKey } from '../../site/cache-keys.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  // Unchanged events keep their file (incremental builds skip them; see cache-keys.ts).
  return data.events.map((event) => ({ params: { slug: event.slug! }, cacheKey: pageKey(data, 'ics', documentDigest(event)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const event = data.eventsBySlug.get(params.slug ?? '');
  if (!event) return new Response('Ikke funnet', { status: 404 });
  const body = eventsCalendar(data, [event], { name: event.title ?? '', url: absolute(data.config.url, paths.eventIcs(event.slug ?? '')) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
