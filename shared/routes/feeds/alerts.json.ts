/** /alerts.json — every open alert of this site with its window, so <alert-banner> can update an open page. */
import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { alertsFeed } from '../../feeds/alerts-feed.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  return new Response(alertsFeed(data.alerts, data.now), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
