/**
 * The Fasett server: every built site by Host header, and a list of sites on the bare host.
 * Editor routes (preview, publish webhook, status) come in as `handlers` from server/editor-loop.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite, siteFromHost } from './static-sites.ts';

export interface ServerOptions {
  /** Folder holding <slug>/ for each built site. Read on every request, so an atomic swap is seen at once. */
  distDir: () => string;
  sites: () => readonly string[];
  port: number;
  /** Extra handlers tried before static files; return true when handled. */
  handlers?: Array<(req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean>;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createFasettServer(options: ServerOptions): Server {
  return createServer(async (req, res) => {
    try {
      for (const handler of options.handlers ?? []) if (await handler(req, res)) return;
      const sites = options.sites();
      const slug = siteFromHost(req.headers.host, sites);
      if (slug) {
        const root = join(options.distDir(), slug);
        if (existsSync(root) && serveSite(req, res, root)) return;
        return plain(res, 404, 'Ikke funnet');
      }
      if ((req.url ?? '/').split('?')[0] === '/') return siteList(res, sites, options);
      return plain(res, 404, 'Ikke funnet. Nettstedene ligger på http://<nettsted>.localhost/');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Noe gikk galt på serveren.');
      else res.end();
    }
  });
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

function siteList(res: ServerResponse, sites: readonly string[], options: ServerOptions): void {
  const items = sites
    .map((slug) => {
      const built = existsSync(join(options.distDir(), slug, 'index.html'));
      const href = `http://${slug}.localhost:${options.port}/`;
      return `<li><a href="${escape(href)}">${escape(slug)}</a>${built ? '' : ' (ikke bygget ennå)'}</li>`;
    })
    .join('\n');
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Fasett – nettsteder</title>
<style>body{font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b4f94}</style></head>
<body><main><h1>Fasett</h1><p>Nettstedene som er bygget og serveres lokalt:</p><ul>${items}</ul></main></body></html>`);
}
