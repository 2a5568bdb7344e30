/**
 * For @astrojs/sitemap: a sitemap lists canonical URLs only, so an event this site merely
 * cross-lists (its canonical URL is the owning site's page) is left out, as is a page whose
 * address only leads to the audience entrance it introduces. Wire it in
 * astro.config.mjs: `sitemap({ filter: await sitemapFilter(slug) })`.
 */
import { siteData } from '../content/site-data.ts';
import { absolute, paths } from '../site/paths.ts';
import { audienceEntrances } from './audiences/audience-model.ts';

export async function sitemapFilter(slug: string): Promise<(page: string) => boolean> {
  const data = await siteData(slug);
  const elsewhere = new Set(
    data.events
      .filter((event) => event.slug && event.site?.slug && event.site.slug !== slug)
      .map((event) => absolute(data.config.url, paths.event(event.slug!))),
  );
  // A page that introduces an audience entrance only leads there.
  for (const entrance of audienceEntrances(data)) {
    if (entrance.introPage?.slug) elsewhere.add(absolute(data.config.url, paths.page(entrance.introPage.slug)));
  }
  return (page) => !elsewhere.has(page);
}
