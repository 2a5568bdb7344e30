import { isPublicId } from '../../shared/content/publication.ts';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Doc } from './documents.ts';
import type { RenderedImage } from './images.ts';
import { instantOf, utcTimestamp } from './oslo-time.ts';
import { revisionFor, seedFromString } from './random.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * _createdAt and _updatedAt as an editor's history would leave them: created some weeks
 * before the start date during office hours, edited a little later, never after the start
 * date — and for events at least a week before they happen. Derived from the _id, so stable.
 */
function systemTimes(doc: Doc, startMs: number): { created: number; updated: number } {
  const h = seedFromString(doc._id);
  const isDraft = !isPublicId(doc._id);
  const officeHours = (7 + (h % 9)) * HOUR + ((h >>> 4) % 60) * 60_000;
  let created: number;
  if (doc._type === 'article' && typeof doc.publishedAt === 'string') {
    created = Math.min(instantOf(doc.publishedAt), startMs) - (2 + (h % 20)) * HOUR;
  } else {
    created = startMs - (14 + (h % 60)) * DAY + officeHours;
    if (typeof doc.startsAt === 'string') created = Math.min(created, instantOf(doc.startsAt) - 7 * DAY - officeHours);
  }
  const latest = startMs - HOUR;
  // Edited again a few days later, within the working day.
  let updated = Math.min(created + ((h >>> 8) % 5) * DAY + ((h >>> 11) % 120) * 60_000, latest);
  if (isDraft) updated = latest - ((h >>> 12) % 20) * HOUR;
  // A recorded change of time or status was an edit: the document was updated then at the latest.
  for (const change of Array.isArray(doc.changes) ? (doc.changes as Array<{ changedAt?: string }>) : []) {
    if (typeof change.changedAt === 'string') updated = Math.max(updated, Math.min(instantOf(change.changedAt) + 5 * 60_000, latest));
  }
  if (updated < created) updated = created;
  return { created, updated };
}

/** Puts the system fields first, as Sanity does, and derives `_rev` from the content. */
export function finalizeDocuments(docs: readonly Doc[], startMs: number): Doc[] {
  return docs
    .map((doc) => {
      const { _id, _type, ...fields } = doc;
      const { created, updated } = systemTimes(doc, startMs);
      const head = { _id, _type, _createdAt: utcTimestamp(created), _updatedAt: utcTimestamp(updated) };
      const _rev = revisionFor(JSON.stringify({ ...head, ...fields }));
      return { ...head, _rev, ...fields } as Doc;
    })
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

export interface WriteResult {
  ndjsonBytes: number;
  imageBytes: number;
  imageCount: number;
}

/**
 * Writes the export folder: data.ndjson (one document per line, sorted by _id),
 * images/<sha1>-<w>x<h>.jpg, and assets.json (the asset metadata a real export carries).
 * Image files from an earlier run that are no longer used are removed.
 */
export async function writeExport(outDir: string, docs: readonly Doc[], images: readonly RenderedImage[], extraFiles: Record<string, string> = {}): Promise<WriteResult> {
  const imagesDir = join(outDir, 'images');
  await mkdir(imagesDir, { recursive: true });

  const wanted = new Map(images.map((img) => [img.path.slice('images/'.length), img]));
  for (const existing of await readdir(imagesDir)) {
    if (!wanted.has(existing) && /\.(jpe?g|png|webp|gif|svg)$/i.test(existing)) await rm(join(imagesDir, existing));
  }
  let imageBytes = 0;
  for (const [file, img] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    imageBytes += img.bytes.length;
    const target = join(imagesDir, file);
    // The name is the content hash: a file with the right name and size already holds these bytes.
    const present = await stat(target).then((s) => s.size === img.bytes.length, () => false);
    if (!present) await writeFile(target, img.bytes);
  }

  const ndjson = docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n';
  await writeFile(join(outDir, 'data.ndjson'), ndjson);

  const assets: Record<string, unknown> = {};
  for (const img of [...images].sort((a, b) => (a.sha1 < b.sha1 ? -1 : 1))) {
    // Only fields `sanity dataset import` restores onto the uploaded asset.
    assets[`image-${img.sha1}`] = img.alt ? { originalFilename: `${img.name}.jpg`, altText: img.alt } : { originalFilename: `${img.name}.jpg` };
  }
  await writeFile(join(outDir, 'assets.json'), JSON.stringify(assets, null, 2) + '\n');

  for (const [name, content] of Object.entries(extraFiles)) await writeFile(join(outDir, name), content);
  return { ndjsonBytes: Buffer.byteLength(ndjson), imageBytes, imageCount: wanted.size };
}

/** The images a set of documents actually uses, found by their `_sanityAsset` paths. */
export function usedImages(docs: readonly Doc[], all: Iterable<RenderedImage>): RenderedImage[] {
  const byPath = new Map<string, RenderedImage>();
  for (const img of all) byPath.set(img.path, img);
  const used = new Map<string, RenderedImage>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '_sanityAsset' && typeof inner === 'string') {
          const path = inner.replace(/^image@file:\/\/\.\//, '');
          const img = byPath.get(path);
          if (!img) throw new Error(`Bildet ${path} finnes ikke blant de tegnede bildene`);
          used.set(path, img);
        } else visit(inner);
      }
    }
  };
  docs.forEach(visit);
  return [...used.values()];
}
