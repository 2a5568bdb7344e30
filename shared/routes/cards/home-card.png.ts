/** The site's own card (home page, lists, fallback): /kort/forside-og.png */
import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { cardPng } from '../../build/card-store.ts';
import { homeCardPath } from '../../site/share-cards.ts';

export const GET: APIRoute = async () => {
  const png = await cardPng(await currentSiteData(), homeCardPath());
  if (!png) return new Response('Ikke funnet', { status: 404 });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
