import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { artworkSvg, type ArtworkSpec } from './artwork.ts';

/**
 * Renders artworks to JPEG and names them the way `sanity dataset export` does:
 * images/<sha1 of the file bytes>-<width>x<height>.jpg.
 */

// mozjpeg with fixed settings gives byte-identical files for identical pixels.
const JPEG_OPTIONS = { quality: 72, mozjpeg: true, chromaSubsampling: '4:2:0' } as const;

export interface RenderedImage {
  name: string;
  width: number;
  height: number;
  sha1: string;
  /** Path inside the export folder, e.g. "images/ab12…-1600x1067.jpg". */
  path: string;
  bytes: Buffer;
  /** The alt text an editor wrote for it; empty for purely decorative artwork. */
  alt: string;
}

export interface ImageHotspot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageField {
  _type: 'image';
  _sanityAsset: string;
  alt: string;
  decorative?: true;
  hotspot?: { _type: 'sanity.imageHotspot'; x: number; y: number; width: number; height: number };
  crop?: { _type: 'sanity.imageCrop'; top: number; bottom: number; left: number; right: number };
}

async function renderArtwork(name: string, spec: ArtworkSpec, alt: string): Promise<RenderedImage> {
  const svg = artworkSvg(spec);
  const bytes = await sharp(Buffer.from(svg)).jpeg(JPEG_OPTIONS).toBuffer();
  const meta = await sharp(bytes).metadata();
  if (meta.width !== spec.width || meta.height !== spec.height) {
    throw new Error(`Bildet «${name}» ble ${meta.width}x${meta.height}, ventet ${spec.width}x${spec.height}`);
  }
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return { name, width: spec.width, height: spec.height, sha1, path: `images/${sha1}-${spec.width}x${spec.height}.jpg`, bytes, alt };
}

/** Renders many artworks, a few at a time (sharp already spreads each one over the cores). */
export async function renderArtworks(
  entries: ReadonlyArray<ArtworkSpec & { name: string; alt: string }>,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, RenderedImage>> {
  const results = new Map<string, RenderedImage>();
  const queue = [...entries];
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      results.set(entry.name, await renderArtwork(entry.name, entry, entry.alt));
      done += 1;
      onProgress?.(done, entries.length);
    }
  };
  await Promise.all([worker(), worker()]);
  // Insertion order follows completion; return them in the order they were asked for.
  return new Map(entries.map((entry) => [entry.name, results.get(entry.name) as RenderedImage]));
}

export interface ImageOptions {
  /** Alt text for this use, when the artwork's own description is not the right one. */
  alt?: string;
  /** Purely decorative: empty alt and `decorative: true`. */
  decorative?: boolean;
  hotspot?: ImageHotspot;
}

/** The image field as an export writes it: `_sanityAsset` in place of an asset reference. */
export function imageFieldFor(image: RenderedImage, options: ImageOptions = {}): ImageField {
  const alt = options.decorative ? '' : (options.alt ?? image.alt);
  if (!options.decorative && alt.trim() === '') {
    throw new Error(`Bildet «${image.name}» brukes uten alt-tekst; gi det en, eller merk det som dekorativt`);
  }
  const field: ImageField = { _type: 'image', _sanityAsset: `image@file://./${image.path}`, alt };
  if (options.decorative) field.decorative = true;
  if (options.hotspot) {
    field.crop = { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 };
    field.hotspot = { _type: 'sanity.imageHotspot', ...options.hotspot };
  }
  return field;
}
