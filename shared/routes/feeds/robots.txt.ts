import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  return new Response(`User-agent: *\nAllow: /\nDisallow: /preview/\n\nSitemap: ${new URL('/sitemap-index.xml', data.config.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
