import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedList, feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return feedList(data).categories.map((c) => ({ params: { slug: c.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const category = data.taxonomy.categories.find((c) => c.slug === params.slug);
  if (!category) return new Response('Ikke funnet', { status: 404 });
  return feedResponse(data, {
    title: `${data.site.title}: ${category.title}`,
    description: `Kommende arrangementer i kategorien ${category.title} på ${data.site.title}`,
    path: `/rss/kategori/${category.slug}.xml`,
    events: data.upcoming.filter((e) => (e.categories ?? []).some((c) => c._id === category._id)),
    cardBytes: (path) => cardBytes(data, path),
  });
};
