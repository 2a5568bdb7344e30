/** Every share card as a static PNG: /kort/<section>/<slug>-<size>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { cardPng, siteCards } from '../../build/card-store.ts';

export const getStaticPaths = (async () => {
  const data = await currentSiteData();
  return [...(await siteCards(data)).keys()]
    .map((path) => /^\/kort\/([a-z]+)\/(.+)\.png$/.exec(path))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, section, card]) => ({ params: { section: section!, card: card! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await cardPng(await currentSiteData(), `/kort/${params.section}/${params.card}.png`);
  if (!png) return new Response('Ikke funnet', { status: 404 });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
