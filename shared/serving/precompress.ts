/**
 * Precompressed copies of a built site: `<file>.br` (brotli, quality 11; 6 for HTML, see below) and `<file>.gz` (gzip,
 * level 9) beside every compressible file, made once by the build so that no server ever
 * compresses a static file per request. Maximum quality is slow (a quarter of a second for a
 * 184 KB script), so each copy is kept in a content-addressed cache (.cache/compressed/) and
 * a rebuild that leaves a file unchanged links the copy it made before.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cardCacheRoot } from '../cards/cache-dir.ts';
import { ENCODINGS, isCompressible, MIN_COMPRESS_BYTES, type Coding } from './headers.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli's quality by file. HTML pages are many and change with content (a publish, the banner of
 * a new alert in every page: shared/serving/alert-banners.ts), so they get quality 6: some 40
 * times faster than 11 for about 10 % more bytes (a typical page: 5.8 KB against 5.3 KB, 3 ms
 * against 125 ms on this machine under load). Everything else — scripts and styles under hashed
 * names, feeds, the search index — is compressed once per content and kept, so it gets the maximum.
 */
export const HTML_BROTLI_QUALITY = 6;
const isHtml = (path: string) => path.endsWith('.html');

const COMPRESS: Record<Coding, (data: Buffer, path: string) => Promise<Buffer>> = {
  br: (data, path) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: isHtml(path) ? HTML_BROTLI_QUALITY : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
};

/** The cache entry of a file's copies: its bytes' hash, and the settings they are compressed with. */
const cacheKeyOf = (data: Buffer, path: string) => `${createHash('sha256').update(data).digest('hex')}${isHtml(path) ? `-q${HTML_BROTLI_QUALITY}` : ''}`;

export interface PrecompressResult {
  files: number;
  /** Copies compressed now (the rest came from the cache). */
  compressed: number;
  bytes: number;
  brBytes: number;
  gzBytes: number;
}

export interface PrecompressOptions {
  /** Default: <FASETT_CACHE_DIR or .cache>/compressed. */
  cacheDir?: string;
  /** Files compressed at once (zlib runs them on libuv's thread pool). */
  concurrency?: number;
}

/** Writes the .br and .gz copies for every compressible file under `root` (dot-folders left out). */
export async function precompressFolder(root: string, options: PrecompressOptions = {}): Promise<PrecompressResult> {
  const cacheDir = options.cacheDir ?? join(cardCacheRoot(), 'compressed');
  const result: PrecompressResult = { files: 0, compressed: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  const files: string[] = [];
  for (const file of listFiles(root)) {
    // A copy being placed when an earlier build here was killed (`<file>.<pid>.tmp`) is never served: it goes.
    if (/\.\d+\.tmp$/.test(file)) rmSync(file, { force: true });
    else files.push(file);
  }
  const present = new Set(files);
  // A copy whose original is gone (a page removed since the last build in this folder) would be served without it.
  for (const file of files) {
    const encoding = ENCODINGS.find((e) => file.endsWith(e.suffix));
    if (encoding && isCompressible(file.slice(0, -encoding.suffix.length)) && !present.has(file.slice(0, -encoding.suffix.length))) rmSync(file, { force: true });
  }
  const queue = files.filter((file) => isCompressible(file));
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const data = readFileSync(file);
      const copies = await placeCompressedCopies(data, file, cacheDir);
      for (const { suffix, size } of copies) {
        if (suffix === '.br') result.brBytes += size;
        else result.gzBytes += size;
      }
      result.compressed += copies.filter((copy) => copy.fresh).length;
      if (data.length >= MIN_COMPRESS_BYTES) {
        result.files += 1;
        result.bytes += data.length;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, work));
  return result;
}

/**
 * The .br/.gz copies of these files placed beside them (stale ones removed), from the cache or
 * made now: the server's alert fast path uses it for alerts.json and the pages whose banner it
 * replaced (server/alert-feeds.ts) — the same bytes the build places.
 */
export async function precompressFiles(files: readonly string[], cacheDir = join(cardCacheRoot(), 'compressed')): Promise<void> {
  const queue = [...files];
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await placeCompressedCopies(readFileSync(file), file, cacheDir);
  };
  await Promise.all(Array.from({ length: 4 }, work));
}

/**
 * Places the .br/.gz copies of `data` beside `file` (the file's bytes, or the bytes about to
 * replace it), and removes copies that these bytes do not get — an earlier version's copy would
 * otherwise be served in their place.
 */
export async function placeCompressedCopies(data: Buffer, file: string, cacheDir = join(cardCacheRoot(), 'compressed')): Promise<CompressedCopy[]> {
  const copies = await compressedCopies(data, file, cacheDir);
  for (const { suffix, cached } of copies) place(cached, file + suffix);
  for (const { suffix } of ENCODINGS) if (!copies.some((copy) => copy.suffix === suffix)) rmSync(file + suffix, { force: true });
  return copies;
}

export interface CompressedCopy {
  suffix: (typeof ENCODINGS)[number]['suffix'];
  /** The copy in the content-addressed cache; placed beside the file by a link. */
  cached: string;
  size: number;
  /** Compressed now, not found in the cache. */
  fresh: boolean;
}

/**
 * The .br/.gz copies a file with these bytes gets (none below MIN_COMPRESS_BYTES, none that is
 * not smaller), compressed into the cache when not there yet. The build (precompressFolder) and
 * the server's warm renderer (server/warm-renderer/) both use it: the same bytes, the same copies.
 */
export async function compressedCopies(data: Buffer, path: string, cacheDir = join(cardCacheRoot(), 'compressed')): Promise<CompressedCopy[]> {
  if (data.length < MIN_COMPRESS_BYTES) return [];
  const key = cacheKeyOf(data, path);
  const copies: CompressedCopy[] = [];
  for (const { coding, suffix } of ENCODINGS) {
    const cached = join(cacheDir, key.slice(0, 2), `${key}${suffix}`);
    let fresh = false;
    if (!existsSync(cached)) {
      const packed = await COMPRESS[coding](data, path);
      // A copy no smaller than the original is not worth a lookup; an empty marker says so.
      writeAtomically(cached, packed.length < data.length ? packed : Buffer.alloc(0));
      fresh = true;
    }
    const size = statSync(cached).size;
    if (size > 0) copies.push({ suffix, cached, size, fresh });
  }
  return copies;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/** Under a temporary name, then renamed: two builds writing one entry never leave half of it. */
function writeAtomically(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** A hard link to the cache entry (no copy of the bytes), or a copy across file systems. */
export function place(cached: string, target: string): void {
  const partial = `${target}.${process.pid}.tmp`;
  rmSync(partial, { force: true });
  try {
    linkSync(cached, partial);
  } catch {
    copyFileSync(cached, partial);
  }
  renameSync(partial, target);
}
