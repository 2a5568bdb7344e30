/**
 * Draft preview at /preview/<slug>/<path> (on any host): the page rendered on demand by
 * the site's preview build, with drafts laid over published. Guarded by PREVIEW_SECRET:
 * `?secret=…` once sets the preview cookie and redirects to the clean URL; without a
 * valid cookie the answer is 401 and no content. Every answer is noindex and no-store.
 */
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileFor, serveFile } from './static-sites.ts';
import { siteRequests } from '../shared/content/site-data.ts';
import type { ContentSource } from '../shared/content/source.ts';
import type { PreviewAuth } from './preview-auth.ts';
import type { PreviewBuilds } from './preview-build.ts';
import { sendText, type Handler } from './http.ts';

export interface PreviewOptions {
  sites: () => readonly string[];
  auth: PreviewAuth;
  builds: PreviewBuilds;
  /** Drafts laid over published, current. */
  content: () => Promise<ContentSource>;
  /**
   * A partner's link (server/partner-links.ts) opens one page; the page's own files (styles,
   * scripts, fonts, images) are then served to that browser for that site too — never a page.
   */
  partnerMayLoadFiles?: (cookieHeader: string | undefined, slug: string) => boolean;
}

/** Renders one preview path of a site, e.g. `/arrangementer/x/`, or serves a file of its preview build. */
export type PreviewRenderer = (req: IncomingMessage, res: ServerResponse, slug: string, rest: string) => Promise<void>;

/** Files of the build, and Astro's image endpoint: what a page needs to look right, holding no text of its own. */
export const isPreviewFilePath = (rest: string) => rest.startsWith('/_image') || /\/[^/]+\.[a-z0-9]+$/i.test(rest);

export function previewRenderer(options: Pick<PreviewOptions, 'builds' | 'content'>): PreviewRenderer {
  return async (req, res, slug, rest) => {
    const state = options.builds.get(slug);
    if (state.state === 'building') {
      stillBuilding(res, slug);
      return;
    }
    if (state.state === 'failed') {
      console.error(state.error);
      sendText(res, 500, `Forhåndsvisningen av ${slug} kunne ikke bygges. Feilen står i serverloggen.`);
      return;
    }
    const { bundle } = state;
    const asset = rest !== '/' ? fileFor(bundle.clientDir, rest) : undefined;
    if (asset && statSync(asset).isFile()) {
      await serveFile(req, noStore(res), asset, rest);
      return;
    }
    const source = await options.content();
    await siteRequests().run({ site: slug, source }, () =>
      bundle.handler(req, res, (error?: unknown) => {
        if (error) console.error(error);
        if (!res.headersSent) sendText(res, error ? 500 : 404, error ? 'Noe gikk galt i forhåndsvisningen.' : 'Ikke funnet i forhåndsvisningen.');
      }),
    );
  };
}

const PREVIEW_PATH = /^\/preview\/([a-z0-9-]+)(\/.*)?$/;

const previewBase = (slug: string) => `/preview/${slug}`;

export function previewHandler(options: PreviewOptions): Handler {
  const render = previewRenderer(options);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fasett.invalid');
    const match = PREVIEW_PATH.exec(url.pathname);
    if (!match && url.pathname !== '/preview' && url.pathname !== '/preview/') return false;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Vary', 'Cookie');

    const secret = url.searchParams.get('secret');
    if (secret !== null) {
      if (!options.auth.isSecret(secret)) return refuse(res);
      url.searchParams.delete('secret');
      res.statusCode = 303;
      res.setHeader('Set-Cookie', options.auth.cookie());
      res.setHeader('Location', `${url.pathname}${url.search}`);
      res.end();
      return true;
    }
    const slug = match?.[1];
    const rest = match?.[2];
    if (!options.auth.allows(req.headers.cookie)) {
      const partnerFile = slug !== undefined && rest !== undefined && isPreviewFilePath(rest) && options.sites().includes(slug) && options.partnerMayLoadFiles?.(req.headers.cookie, slug) === true;
      if (!partnerFile || (req.method !== 'GET' && req.method !== 'HEAD')) return refuse(res);
      await render(req, res, slug, rest);
      return true;
    }

    if (!slug || !options.sites().includes(slug)) {
      sendText(res, 404, `Ukjent nettsted. Forhåndsvisning: ${options.sites().map((s) => `/preview/${s}/`).join(', ')}`);
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Forhåndsvisningen kan bare leses.');
      return true;
    }
    if (!rest) {
      res.statusCode = 308;
      res.setHeader('Location', `${previewBase(slug)}/${url.search}`);
      res.end();
      return true;
    }

    await render(req, res, slug, rest);
    return true;
  };
}

function refuse(res: ServerResponse): true {
  sendText(
    res,
    401,
    'Forhåndsvisningen krever tilgang. Åpne lenken med tilgangskoden (…?secret=…) én gang i denne nettleseren; ' +
      'den gir tilgang i 30 dager. Spør den som drifter Fasett om lenken.',
  );
  return true;
}

function stillBuilding(res: ServerResponse, slug: string): true {
  res.statusCode = 503;
  res.setHeader('Retry-After', '3');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="3">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Forhåndsvisningen gjøres klar</title>
<style>body{font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head>
<body><main><h1>Forhåndsvisningen gjøres klar</h1><p>Forhåndsvisningen av ${slug} bygges etter en kodeendring. Siden lastes på nytt av seg selv om noen sekunder.</p></main></body></html>`);
  return true;
}

/** Static files of a preview are never cached either: whatever serveFile would have said. */
function noStore(res: ServerResponse): ServerResponse {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(name, name.toLowerCase() === 'cache-control' ? 'no-store' : value)) as ServerResponse['setHeader'];
  return res;
}

