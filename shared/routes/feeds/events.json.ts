import type { APIRoute } from 'astro';
import { currentSiteData } from '../../content/site-data.ts';
import { eventsJson } from '../../feeds/events-json.ts';

export const GET: APIRoute = async () => new Response(eventsJson(await currentSiteData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
