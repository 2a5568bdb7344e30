/**
 * Astro middleware of the preview build (added by preview-integration.ts, never in a
 * static build): every page it renders is marked as a preview — noindex, never cached,
 * links kept inside the preview, the banner, and the draft problems that would stop
 * publishing.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentSiteData, type SiteData } from '../shared/content/site-data.ts';
import { rewritePreviewHtml } from './preview-html.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // Pages see the path a visitor of the published site sees (canonical URL, the current
  // menu item), not the preview base in front of it; the route is already matched.
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { pathname } = context.url;
  if (pathname === base || pathname.startsWith(`${base}/`)) context.url.pathname = pathname.slice(base.length) || '/';
  const response = await next();
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Robots-Tag', 'noindex');
  if (!(headers.get('content-type') ?? '').includes('text/html')) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const html = await response.text();
  const data = await currentSiteData().catch(() => undefined);
  const origins = new Map(data ? [...data.siteConfigs.values()].map((config) => [new URL(config.url).origin, `/preview/${config.slug}`]) : []);
  headers.delete('content-length');
  const body = rewritePreviewHtml(html, { base: import.meta.env.BASE_URL, origins, problems: data ? await draftProblems(data) : [] });
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});

/** The rulebook's errors in this site's drafts: what would keep them from being published. */
async function draftProblems(data: SiteData): Promise<string[]> {
  const drafts = new Set(await data.source.fetch<string[]>('*[_originalId in path("drafts.**")]._id').catch(() => [] as string[]));
  return data.check
    .problemsFor(data.config.slug)
    .filter((problem) => problem.severity === 'error' && drafts.has(problem.documentId))
    .map((problem) => `${problem.documentId} · ${problem.field || 'dokumentet'}: ${problem.message}`);
}
