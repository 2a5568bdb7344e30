/**
 * Serves built sites by Host header: http://<slug>.localhost:PORT/ → dist/<slug>/.
 * Browsers and curl resolve *.localhost to loopback, so no /etc/hosts editing. Static
 * files get cache headers (hashed assets immutable, HTML revalidated) and gzip/brotli.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|javascript)|image\/svg)/;

/** The site slug a request is for: the first label of a *.localhost host, or undefined. */
export function siteFromHost(host: string | undefined, sites: readonly string[]): string | undefined {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  const label = name.endsWith('.localhost') ? name.slice(0, -'.localhost'.length) : name.split('.')[0];
  return label && sites.includes(label) ? label : undefined;
}

/** Resolves a URL path inside `root`, or undefined when it would step outside it. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  if (existsSync(candidate)) return candidate;
  const html = `${candidate}.html`;
  return existsSync(html) ? html : undefined;
}

export function serveFile(req: IncomingMessage, res: ServerResponse, file: string, status = 200): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const stat = statSync(file);
  const etag = `W/"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
  const hashed = /\/_astro\//.test(file) || /\/pagefind\/.*\.pf_/.test(file);
  res.setHeader('Content-Type', type);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Vary', 'Accept-Encoding');
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = status;
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  const stream = createReadStream(file);
  if (COMPRESSIBLE.test(type) && stat.size > 1024) {
    const br = /\bbr\b/.test(accept);
    if (br || /\bgzip\b/.test(accept)) {
      res.setHeader('Content-Encoding', br ? 'br' : 'gzip');
      stream.pipe(br ? createBrotliCompress() : createGzip()).pipe(res);
      return;
    }
  }
  res.setHeader('Content-Length', stat.size);
  stream.pipe(res);
}

/** Answers a request for a built site; false when the path is not there (caller sends 404). */
export function serveSite(req: IncomingMessage, res: ServerResponse, siteRoot: string): boolean {
  const file = fileFor(siteRoot, req.url ?? '/');
  if (file) {
    serveFile(req, res, file);
    return true;
  }
  const notFound = join(siteRoot, '404.html');
  if (existsSync(notFound)) {
    serveFile(req, res, notFound, 404);
    return true;
  }
  return false;
}
