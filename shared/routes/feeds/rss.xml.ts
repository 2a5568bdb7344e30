import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { feedResponse } from '../../feeds/rss.ts';
import { cardBytes } from '../../build/card-store.ts';
import { fill, wordsFor } from '../../i18n/index.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  const t = wordsFor(data.config.locale);
  return feedResponse(data, {
    title: fill(t.chrome.feedTitle, { site: data.site.title }),
    description: data.site.tagline ?? fill(t.feeds.mainDescription, { site: data.site.title }),
    path: '/rss.xml',
    events: data.upcoming,
    articles: data.config.features.news ? data.articles : [],
    campaigns: data.config.features.campaigns ? data.campaigns : [],
    cardBytes: (path) => cardBytes(data, path),
  });
};
