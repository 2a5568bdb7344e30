import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedList, feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';
import { fill, wordsFor } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return feedList(data).categories.map((c) => ({ params: { slug: c.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const category = data.taxonomy.categories.find((c) => c.slug === params.slug);
  const w = wordsFor(data.config.locale).feeds;
  if (!category) return new Response(w.notFound, { status: 404 });
  return feedResponse(data, {
    title: `${data.site.title}: ${category.title}`,
    description: fill(w.categoryDescription, { category: category.title, site: data.site.title }),
    path: `/rss/kategori/${category.slug}.xml`,
    events: data.upcoming.filter((e) => (e.categories ?? []).some((c) => c._id === category._id)),
    cardBytes: (path) => cardBytes(data, path),
  });
};
