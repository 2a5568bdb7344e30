/**
 * The Fasett server: every built site on its own host names, and on the editor host the
 * editors' routes (preview, publish webhook, status — `handlers` from server/editor-loop.ts)
 * and a list of sites. Which host is which: server/hosts.ts. Every answer is caught here: a
 * failing request gets a 500 (or a cut connection), never a crashed process.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HostRoutes } from './hosts.ts';
import { serveSite } from './static-sites.ts';

export interface ServerOptions {
  /** Folder holding <slug>/ for each built site. Read on every request, so an atomic swap is seen at once. */
  distDir: () => string;
  sites: () => readonly string[];
  hosts: HostRoutes;
  /** For the links in the list of sites (a function: the port is known once listening). */
  port: number | (() => number);
  /** Editor routes, tried on the editor host only; return true when handled. */
  handlers?: Array<(req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean>;
}

const LIST_STYLE = 'body{font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b4f94}';
const LIST_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(LIST_STYLE).digest('base64')}'; frame-ancestors 'none'`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createFasettServer(options: ServerOptions): Server {
  const server = createServer(async (req, res) => {
    try {
      const target = options.hosts.route(req.headers.host);
      if (target.kind === 'site') {
        if (await serveSite(req, res, join(options.distDir(), target.slug))) return;
        return plain(res, 404, 'Nettstedet er ikke bygget ennå.');
      }
      if (target.kind === 'unknown') return plain(res, 404, 'Ukjent nettsted.');
      for (const handler of options.handlers ?? []) if (await handler(req, res)) return;
      if ((req.url ?? '/').split('?')[0] === '/' && (req.method === 'GET' || req.method === 'HEAD')) return siteList(res, options);
      return plain(res, 404, 'Ikke funnet. Nettstedene ligger på http://<nettsted>.localhost/');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Noe gikk galt på serveren.');
      else res.destroy();
    }
  });
  // A malformed request is answered 400 and its connection closed, as Node's default, but
  // without logging each one as an error.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(`${text}\n`);
}

function siteList(res: ServerResponse, options: ServerOptions): void {
  const items = options
    .sites()
    .map((slug) => {
      const built = existsSync(join(options.distDir(), slug, 'index.html'));
      const port = typeof options.port === 'function' ? options.port() : options.port;
      const href = `http://${slug}.localhost:${port}/`;
      return `<li><a href="${escape(href)}">${escape(slug)}</a>${built ? '' : ' (ikke bygget ennå)'}</li>`;
    })
    .join('\n');
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', LIST_CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Fasett – nettsteder</title>
<style>${LIST_STYLE}</style></head>
<body><main><h1>Fasett</h1><p>Nettstedene som er bygget og serveres lokalt:</p><ul>${items}</ul></main></body></html>`);
}
