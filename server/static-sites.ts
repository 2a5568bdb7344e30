/**
 * Serves built sites: dist/<slug>/ for the host names of each site (server/hosts.ts).
 *
 * A publish swaps dist/<slug> to another build folder at any moment (server/atomic-swap.ts),
 * and removes the build before the one before. So a request resolves the link once and opens
 * every file it needs inside that one build; a file that is gone by then is a 404, and an
 * open file stays readable after it is removed. Nothing here throws past the response: the
 * answer is the old file, the new one, or a 404.
 *
 * Compressible files are sent as the .br or .gz copy the build wrote beside them, chosen by
 * Accept-Encoding; nothing is compressed per request. Headers come from shared/serving/headers.ts,
 * the same table the emitted nginx configuration uses.
 */
import { existsSync, statSync } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import {
  cacheControlFor,
  contentTypeOf,
  ENCODINGS,
  isCompressible,
  securityHeaders,
  STATIC_METHODS,
  type Coding,
} from '../shared/serving/headers.ts';
import { readServingManifest, type ServingManifest } from '../shared/serving/manifest.ts';
import { preferredEncodings } from './accept-encoding.ts';

type Headers = ReadonlyArray<readonly [string, string]>;

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

/**
 * The files a URL path may be, in order (Astro's directory format: /om-oss, /om-oss/ and
 * /om-oss.html all mean om-oss/index.html where that is what exists). Empty for a path that
 * leaves the root, cannot be decoded, or names a dot-file (.fasett/ holds the build's notes).
 */
export function candidatesFor(root: string, url: string): { file: string; urlPath: string }[] {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://fasett.invalid').pathname);
  } catch {
    return [];
  }
  if (path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'))) return [];
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return [];
  const urlPath = path.replace(/\/+$/, '');
  const index = { file: join(full, 'index.html'), urlPath: `${urlPath}/index.html` };
  if (path.endsWith('/')) return [index];
  return [{ file: full, urlPath: path }, index, { file: `${full}.html`, urlPath: `${path}.html` }];
}

/** True for a path whose `..` segments climb above the root (raw or %-encoded). */
export function leavesRoot(url: string): boolean {
  let depth = 0;
  const raw = url.split(/[?#]/)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return false;
  }
  for (const segment of path.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment && segment !== '.') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

/** Manifests by build folder: a build's never changes, and a swap brings a new folder. */
const manifests = new Map<string, ServingManifest>();
function manifestFor(build: string): ServingManifest {
  let manifest = manifests.get(build);
  if (!manifest) {
    manifest = readServingManifest(build);
    if (manifests.size >= 64) manifests.delete(manifests.keys().next().value!);
    manifests.set(build, manifest);
  }
  return manifest;
}

/** The headers every answer from a site carries, 404 and 405 included. */
export function siteHeaders(build: string): Headers {
  return securityHeaders(manifestFor(build).csp);
}

const SWAP_RETRIES = 4;

/** Answers a request for a built site; false when the site has no build (the caller says 404). */
export async function serveSite(req: IncomingMessage, res: ServerResponse, siteRoot: string): Promise<boolean> {
  // When a swap came between resolving the link and opening the files (the build may be
  // pruned under us), the new build is asked rather than answering 404 — a few times at most.
  for (let attempt = 0; attempt < SWAP_RETRIES; attempt++) {
    let build: string;
    try {
      build = await realpath(siteRoot);
    } catch {
      return false;
    }
    const headers = siteHeaders(build);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setAll(res, headers);
      res.setHeader('Allow', STATIC_METHODS);
      plainText(res, 405, 'Denne adressen kan bare leses (GET eller HEAD).');
      return true;
    }
    if (leavesRoot(req.url ?? '/')) {
      // As nginx answers a path that climbs above its root.
      setAll(res, headers);
      plainText(res, 400, 'Ugyldig adresse.');
      return true;
    }
    for (const { file, urlPath } of candidatesFor(build, req.url ?? '/')) {
      if (await sendFile(req, res, file, { urlPath, headers })) return true;
    }
    const moved = async () => attempt < SWAP_RETRIES - 1 && (await realpath(siteRoot).catch(() => build)) !== build;
    if (await moved()) continue;
    if (await sendFile(req, res, join(build, '404.html'), { status: 404, urlPath: '/404.html', headers })) return true;
    if (await moved()) continue;
    setAll(res, headers);
    plainText(res, 404, 'Siden finnes ikke.');
    return true;
  }
  return false;
}

export interface SendOptions {
  status?: number;
  /** The path the file is served at, for its cache lifetime. */
  urlPath: string;
  headers?: Headers;
}

/**
 * Sends one file, as its precompressed copy when the client takes one. False, with nothing
 * sent, when the file cannot be opened (gone, or a folder).
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: SendOptions): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  let body = handle;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return false;
    }
    let size = stat.size;
    let coding: Coding | undefined;
    const compressible = isCompressible(file);
    if (compressible) {
      for (const wanted of preferredEncodings(req.headers['accept-encoding'] as string | undefined, ENCODINGS.map((e) => e.coding))) {
        const variant = await openVariant(`${file}${ENCODINGS.find((e) => e.coding === wanted)!.suffix}`);
        if (!variant) continue;
        body = variant.handle;
        size = variant.size;
        coding = wanted;
        break;
      }
    }
    if (body !== handle) await handle.close();
    const status = options.status ?? 200;
    const etag = `W/"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
    res.statusCode = status;
    setAll(res, options.headers ?? []);
    res.setHeader('Content-Type', contentTypeOf(file));
    res.setHeader('Cache-Control', cacheControlFor(options.urlPath));
    res.setHeader('ETag', etag);
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200 && matchesEtag(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.end();
      await body.close();
      return true;
    }
    if (coding) res.setHeader('Content-Encoding', coding);
    res.setHeader('Content-Length', size);
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      await body.close();
      return true;
    }
    const stream = body.createReadStream({ start: 0, end: size - 1, autoClose: true });
    // A read that fails after the headers went out can only cut the answer short.
    stream.on('error', () => res.destroy());
    res.on('close', () => stream.destroy());
    stream.pipe(res);
    return true;
  } catch {
    await body.close().catch(() => {});
    if (body !== handle) await handle.close().catch(() => {});
    if (res.headersSent) {
      res.destroy();
      return true;
    }
    return false;
  }
}

async function openVariant(path: string): Promise<{ handle: FileHandle; size: number } | undefined> {
  try {
    const handle = await open(path, 'r');
    const stat = await handle.stat().catch(() => undefined);
    if (stat?.isFile()) return { handle, size: stat.size };
    await handle.close();
  } catch {
    // Not written for this file (too small, or no smaller compressed), or its build is gone.
  }
  return undefined;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x". */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function setAll(res: ServerResponse, headers: Headers): void {
  for (const [name, value] of headers) res.setHeader(name, value);
}

function plainText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`${text}\n`);
}

/** A file outside any site (the preview's assets): served the same way, 404 when it is gone. */
export async function serveFile(req: IncomingMessage, res: ServerResponse, file: string, urlPath: string): Promise<void> {
  if (await sendFile(req, res, file, { urlPath, headers: [['X-Content-Type-Options', 'nosniff']] })) return;
  plainText(res, 404, 'Ikke funnet.');
}
