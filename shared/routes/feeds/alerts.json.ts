/** /alerts.json — every alert of this site with its window, so <alert-banner> can update an open page. */
import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { safeUrl } from '../../site/safe-url.ts';

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  const alerts = data.alerts.map((a) => ({
    id: a._id,
    title: a.title,
    message: a.message,
    severity: a.severity ?? 'info',
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    link: safeUrl(a.link) ?? null,
  }));
  return new Response(JSON.stringify({ generatedAt: data.now.toISOString(), alerts }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
