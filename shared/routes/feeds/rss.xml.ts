import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  return feedResponse(data, {
    title: `${data.site.title}: arrangementer og nyheter`,
    description: data.site.tagline ?? `Kommende arrangementer og nyheter fra ${data.site.title}`,
    path: '/rss.xml',
    events: data.upcoming,
    articles: data.config.features.news ? data.articles : [],
    campaigns: data.config.features.campaigns ? data.campaigns : [],
    cardBytes: (path) => cardBytes(data, path),
  });
};
