import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedList, feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return feedList(data).audiences.map((a) => ({ params: { slug: a.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const audience = data.taxonomy.audiences.find((a) => a.slug === params.slug);
  if (!audience) return new Response('Ikke funnet', { status: 404 });
  return feedResponse(data, {
    title: `${data.site.title}: for ${audience.title?.toLowerCase()}`,
    description: `Kommende arrangementer for ${audience.title?.toLowerCase()} på ${data.site.title}`,
    path: `/rss/for/${audience.slug}.xml`,
    events: data.upcoming.filter((e) => (e.audiences ?? []).some((a) => a._id === audience._id)),
    cardBytes: (path) => cardBytes(data, path),
  });
};
