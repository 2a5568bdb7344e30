/**
 * Reads a dataset in Sanity's export format (a folder with data.ndjson and images/,
 * or the same packed as .tar.gz) into memory, once, and turns it into what a live
 * project holds after `sanity dataset import`: `_sanityAsset` image fields become
 * asset references, and every image file becomes a `sanity.imageAsset` document.
 * That way the same GROQ query gives the same answer from the disk and from the lake.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { freemem, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../config/root.ts';
import { createInterface } from 'node:readline';

export interface SanityDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface Dataset {
  /** Where the export was read from (a folder or a .tar.gz). */
  origin: string;
  /** The unpacked folder holding data.ndjson. */
  folder: string;
  /** Every document, drafts included, in file order; image assets appended. */
  documents: SanityDocument[];
  /** Asset document id (`image-<sha1>-<w>x<h>-<ext>`) → absolute path of the file on disk. */
  assetFiles: Map<string, string>;
  /** A digest of data.ndjson, for caches keyed on content. */
  digest: string;
  loadMs: number;
}

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

export const defaultDatasetPath = () => join(projectRoot(), 'dataset/sample');

/** The export selected by CONTENT_DATASET, or the sample dataset in the repository. */
export function datasetPath(): string {
  const chosen = process.env.CONTENT_DATASET;
  return chosen ? resolve(chosen) : defaultDatasetPath();
}

// A parsed document costs several times its JSON size; refuse what cannot fit rather
// than die with an out-of-memory crash deep inside a page.
const MEMORY_FACTOR = 6;

/**
 * What one read learnt from each line of data.ndjson, so that the next read of the same export
 * parses only the lines that changed: the server reads the whole file again on every publish
 * (server/content-snapshot.ts), and at 10,000 events parsing and copying every document again
 * took most of a second for the one that changed. A line's text decides its document and the
 * assets it names completely (the folder and the project settings being the same), so an equal
 * line gives an equal result; the memo is replaced by each read, so it holds one file's lines.
 */
export interface DatasetMemo {
  /** The folder the lines were read from: a line's assets are files in it. */
  folder?: string;
  lines: Map<string, ParsedLine>;
}

interface ParsedLine {
  document: SanityDocument;
  assets: Array<{ document: SanityDocument; file: string }>;
}

export const datasetMemo = (): DatasetMemo => ({ lines: new Map() });

export async function loadDataset(path = datasetPath(), memo?: DatasetMemo): Promise<Dataset> {
  const started = performance.now();
  if (!existsSync(path)) {
    throw new DatasetError(`Content dataset not found: ${path} (set CONTENT_DATASET to a folder or .tar.gz in Sanity's export format)`);
  }
  const folder = statSync(path).isDirectory() ? path : await unpackTarball(path);
  const ndjson = join(folder, 'data.ndjson');
  if (!existsSync(ndjson)) {
    throw new DatasetError(`No data.ndjson in ${path}: not a Sanity export`);
  }
  checkFitsInMemory(ndjson);

  const hash = createHash('sha1');
  const documents: SanityDocument[] = [];
  const assetFiles = new Map<string, string>();
  const assets = new Map<string, SanityDocument>();
  const seen = new Map<string, ParsedLine>();
  const lines = createInterface({ input: createReadStream(ndjson, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    hash.update(line).update('\n');
    if (line.trim() === '') continue;
    const known = memo?.folder === folder ? memo.lines.get(line) : undefined;
    if (known) {
      seen.set(line, known);
      documents.push(known.document);
      for (const asset of known.assets) {
        assets.set(asset.document._id, asset.document);
        assetFiles.set(asset.document._id, asset.file);
      }
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new DatasetError(`${ndjson}:${lineNumber}: not valid JSON (${(error as Error).message})`);
    }
    if (!isDocument(parsed)) {
      throw new DatasetError(`${ndjson}:${lineNumber}: a document needs a string _id and _type`);
    }
    const named: ParsedLine['assets'] = [];
    const document = resolveAssets(parsed, folder, named) as SanityDocument;
    for (const asset of named) {
      assets.set(asset.document._id, asset.document);
      assetFiles.set(asset.document._id, asset.file);
    }
    documents.push(document);
    if (memo) seen.set(line, { document, assets: named });
  }
  if (memo) Object.assign(memo, { folder, lines: seen });
  documents.push(...assets.values());
  return {
    origin: path,
    folder,
    documents,
    assetFiles,
    digest: hash.digest('hex'),
    loadMs: performance.now() - started,
  };
}

function isDocument(value: unknown): value is SanityDocument {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    typeof (value as SanityDocument)._id === 'string' && typeof (value as SanityDocument)._type === 'string'
  );
}

function checkFitsInMemory(ndjson: string): void {
  const bytes = statSync(ndjson).size;
  const limit = Number(process.env.FASETT_DATASET_MEMORY_LIMIT ?? Math.min(totalmem(), freemem() * 1.5));
  if (bytes * MEMORY_FACTOR > limit) {
    const mib = (n: number) => `${Math.round(n / 2 ** 20)} MiB`;
    throw new DatasetError(
      `Dataset too large for this machine: ${ndjson} is ${mib(bytes)} and needs about ${mib(bytes * MEMORY_FACTOR)} ` +
        `of memory, but only ${mib(limit)} is available. Build against a live Sanity project ` +
        `(SANITY_PROJECT_ID/SANITY_DATASET) or on a machine with more memory.`,
    );
  }
}

const ASSET_PATTERN = /^(image|file)@file:\/\/\.\/(images|files)\/([0-9a-f]+)-?(\d+x\d+)?\.([a-z0-9]+)$/i;

/** Replaces `_sanityAsset` with a reference, as `sanity dataset import` does. */
function resolveAssets(value: unknown, folder: string, named: ParsedLine['assets']): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveAssets(item, folder, named));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(object)) {
    if (key === '_sanityAsset' && typeof field === 'string') {
      const asset = assetDocument(field, folder);
      if (asset) {
        named.push(asset);
        out.asset = { _type: 'reference', _ref: asset.document._id };
      }
      // An asset string we cannot read is left out: the rulebook reports the image as missing.
      continue;
    }
    out[key] = resolveAssets(field, folder, named);
  }
  return out;
}

function assetDocument(spec: string, folder: string): { document: SanityDocument; file: string } | undefined {
  const match = ASSET_PATTERN.exec(spec);
  if (!match) return undefined;
  const [, kind, dir, sha1, size, extension] = match as unknown as [string, string, string, string, string | undefined, string];
  const fileName = `${sha1}${size ? `-${size}` : ''}.${extension}`;
  const file = join(folder, dir, fileName);
  const [width, height] = (size ?? '0x0').split('x').map(Number) as [number, number];
  const id = kind === 'image' ? `image-${sha1}-${width}x${height}-${extension}` : `file-${sha1}-${extension}`;
  const projectId = process.env.SANITY_PROJECT_ID ?? 'local';
  const dataset = process.env.SANITY_DATASET ?? 'production';
  const document: SanityDocument = {
    _id: id,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: kind === 'image' ? `image/${extension === 'jpg' ? 'jpeg' : extension}` : 'application/octet-stream',
    originalFilename: fileName,
    path: `${dir}/${projectId}/${dataset}/${fileName}`,
    url: `https://cdn.sanity.io/${dir}/${projectId}/${dataset}/${fileName}`,
    metadata: kind === 'image' ? { _type: 'sanity.imageMetadata', dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: height ? width / height : 0 } } : {},
  };
  return { document, file };
}

/** Unpacks a .tar.gz once into .cache/datasets/<digest>/ and returns the folder holding data.ndjson. */
async function unpackTarball(path: string): Promise<string> {
  const stat = statSync(path);
  const key = createHash('sha1').update(`${resolve(path)}:${stat.size}:${stat.mtimeMs}`).digest('hex').slice(0, 16);
  const target = join(projectRoot(), '.cache/datasets', key);
  if (!existsSync(target)) {
    const { x } = await import('tar');
    const partial = `${target}.partial-${process.pid}`;
    mkdirSync(partial, { recursive: true });
    try {
      await x({ file: path, cwd: partial, strict: true });
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      throw new DatasetError(`Cannot read ${path} as a .tar.gz Sanity export: ${(error as Error).message}`);
    }
    try {
      renameSync(partial, target);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another build unpacked it first
    }
  }
  const found = findNdjsonFolder(target);
  if (!found) throw new DatasetError(`No data.ndjson inside ${path}: not a Sanity export`);
  return found;
}

function findNdjsonFolder(folder: string, depth = 0): string | undefined {
  if (existsSync(join(folder, 'data.ndjson'))) return folder;
  if (depth > 2) return undefined;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const found = findNdjsonFolder(join(folder, entry.name), depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

