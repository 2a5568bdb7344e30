import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedList, feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';
import { fill, wordsFor } from '../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return feedList(data).audiences.map((a) => ({ params: { slug: a.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const audience = data.taxonomy.audiences.find((a) => a.slug === params.slug);
  const { locale } = data.config;
  const w = wordsFor(locale).feeds;
  if (!audience) return new Response(w.notFound, { status: 404 });
  const group = audience.title?.toLocaleLowerCase(locale);
  return feedResponse(data, {
    title: fill(w.audienceTitle, { site: data.site.title, group }),
    description: fill(w.audienceDescription, { site: data.site.title, group }),
    path: `/rss/for/${audience.slug}.xml`,
    events: data.upcoming.filter((e) => (e.audiences ?? []).some((a) => a._id === audience._id)),
    cardBytes: (path) => cardBytes(data, path),
  });
};
