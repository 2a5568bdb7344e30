/**
 * What every built file is served with — by the Node server (server/static-sites.ts) and by the
 * nginx configuration the build emits (shared/serving/nginx.ts). One table each, so the two
 * servers cannot drift: content types, which files are compressible, cache lifetimes, and the
 * security headers with the Content-Security-Policy built from the hashes a build computed.
 */

/** Extension → Content-Type. Anything else is application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  return (dot > slash && CONTENT_TYPES[path.slice(dot).toLowerCase()]) || DEFAULT_CONTENT_TYPE;
}

/**
 * Text worth compressing. Images, fonts and Pagefind's index files are compressed already
 * (Pagefind gzips its own), so a second pass only costs time.
 */
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.rss', '.ics', '.txt', '.svg'];
/** Below this a compressed copy saves less than a packet. */
export const MIN_COMPRESS_BYTES = 512;

export const isCompressible = (path: string) => COMPRESSIBLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));

/** The precompressed files the build writes beside a compressible one, in the order a tie is broken. */
export const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type Coding = (typeof ENCODINGS)[number]['coding'];

/**
 * Cache lifetimes by URL path. Hashed names (Astro's /_astro/ bundle and images, Pagefind's
 * index chunks) never change content, so they are kept for a year; everything else —
 * pages, feeds, alerts.json — is revalidated on every visit (the ETag makes that a 304).
 */
export const IMMUTABLE_PATHS: readonly RegExp[] = [/^\/_astro\//, /^\/pagefind\/.*\.pf_[a-z]+$/];
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * alerts.json is the one file the server rewrites outside a build (server/alert-feeds.ts), and
 * every open page asks for it every 30 s. A browser asks every time (a 304 when nothing
 * changed), so a page opened after an alert's write shows it — pages preload the file, and a
 * preload cannot ask for revalidation itself. A shared cache (CDN) may answer from its copy
 * for 10 s: a new alert is out within 10 s of its write.
 */
export const ALERTS_PATH = '/alerts.json';
export const CACHE_ALERTS = 'public, max-age=0, s-maxage=10, must-revalidate';

export const cacheControlFor = (urlPath: string) =>
  urlPath === ALERTS_PATH ? CACHE_ALERTS : IMMUTABLE_PATHS.some((pattern) => pattern.test(urlPath)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;

/** What a site's pages need beyond their own origin, found by the build in its HTML. */
export interface CspSources {
  /** sha256 of every inline executable <script>, base64 ('sha256-…' without quotes). */
  scripts: string[];
  /** sha256 of every inline <style> element and style="" attribute. */
  styles: string[];
  /** Origins images are loaded from besides the site itself (a live project's Sanity CDN). */
  images: string[];
}

export const NO_INLINE: CspSources = { scripts: [], styles: [], images: [] };

/**
 * The policy a site's pages really pass: everything from the site's own origin, inline code
 * only by the hash the build computed, Pagefind's WebAssembly compiled ('wasm-unsafe-eval' is
 * the narrow permission for that, not eval), and no framing by anyone.
 */
export function contentSecurityPolicy(sources: CspSources): string {
  const quoted = (hashes: string[]) => hashes.map((hash) => `'${hash}'`);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(sources.scripts)]],
    // 'unsafe-hashes' lets the hashes match style="" attributes too, and nothing else.
    ['style-src', ["'self'", ...(sources.styles.length ? ["'unsafe-hashes'", ...quoted(sources.styles)] : [])]],
    ['img-src', ["'self'", 'data:', ...sources.images]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The headers every response from a site carries, whatever the status. */
export function securityHeaders(sources: CspSources): Array<[name: string, value: string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(sources)],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['X-Content-Type-Options', 'nosniff'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Methods a static site answers; anything else is 405 with this Allow. */
export const STATIC_METHODS = 'GET, HEAD';

/** The largest body the editors' routes take (a webhook's is a projection of one document). */
export const EDITOR_BODY_LIMIT = 1024 * 1024;
