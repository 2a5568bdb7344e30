/**
 * For @astrojs/sitemap: a sitemap lists canonical URLs only, so an event this site merely
 * cross-lists (its canonical URL is the owning site's page) is left out. Wire it in
 * astro.config.mjs: `sitemap({ filter: await sitemapFilter(slug) })`.
 */
import { siteData } from '../content/site-data.ts';
import { absolute, paths } from '../site/paths.ts';

export async function sitemapFilter(slug: string): Promise<(page: string) => boolean> {
  const data = await siteData(slug);
  const elsewhere = new Set(
    data.events
      .filter((event) => event.slug && event.site?.slug && event.site.slug !== slug)
      .map((event) => absolute(data.config.url, paths.event(event.slug!))),
  );
  return (page) => !elsewhere.has(page);
}
