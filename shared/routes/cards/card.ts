/**
 * Every share card by its public path, /kort/forside-og.png, /kort/<section>/<slug>-<size>.jpg
 * or .png: a route on the preview server only, which draws cards on demand. A static build puts
 * them in place after the pages (shared/build/card-store.ts publishCards).
 */
import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { cardFile } from '../../build/card-store.ts';
import { wordsFor } from '../../i18n/index.ts';

export const GET: APIRoute = async ({ params }) => {
  const data = await currentSiteData();
  const card = await cardFile(data, `/kort/${params.card ?? ''}`);
  if (!card) return new Response(wordsFor(data.config.locale).feeds.notFound, { status: 404 });
  return new Response(new Uint8Array(card.body), { headers: { 'Content-Type': card.type } });
};
