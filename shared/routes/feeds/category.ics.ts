import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsCalendar } from '../../feeds/ical.ts';
import { feedList } from '../../feeds/rss.ts';
import { absolute } from '../../site/paths.ts';
import { wordsFor } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return feedList(data).categories.map((c) => ({ params: { slug: c.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const category = data.taxonomy.categories.find((c) => c.slug === params.slug);
  if (!category) return new Response(wordsFor(data.config.locale).feeds.notFound, { status: 404 });
  const events = data.upcoming.filter((e) => (e.categories ?? []).some((c) => c._id === category._id));
  const body = eventsCalendar(data, events, {
    name: `${data.site.title}: ${category.title}`,
    url: absolute(data.config.url, `/kalender/kategori/${category.slug}.ics`),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
