// The card's photo: read once (its bytes are hashed for the cache), cropped to the exact box with
// sharp before satori sees it, so satori only places a ready JPEG. A missing, corrupt or blank
// image becomes a warning, and the card gets the themed pattern instead.
//
// Real events reuse a hundred or so venue photos, each on three card sizes: a photo is read and
// hashed once per file (while it is unchanged), and cropped once per box, in memory.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { pngBytes } from './encode.ts';
import type { CardImage, CardProblem } from './types.ts';

export interface ImageBytes {
  bytes: Buffer | null;
  /** sha256 of the bytes; "missing" when a path was given but could not be read. */
  hash: string | null;
  problem?: CardProblem;
}

function describeImage(image: CardImage): string {
  return 'path' in image ? `«${image.path}»` : 'som ble sendt med';
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Bounded by total bytes: the least recently used entries go first. */
class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }
  set(key: string, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.limit || oldest === key) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }
}

// ~100 venue photos of a few hundred kB each, and their crops for three sizes, fit easily.
const files = new ByteLru<{ size: number; mtimeMs: number; bytes: Buffer; hash: string }>(64 * 1024 * 1024);
const bufferHashes = new WeakMap<Buffer, string>();

async function readImageFile(path: string): Promise<{ bytes: Buffer; hash: string }> {
  const info = await stat(path);
  const known = files.get(path);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known;
  const bytes = await readFile(path);
  const entry = { size: info.size, mtimeMs: info.mtimeMs, bytes, hash: sha256(bytes) };
  files.set(path, entry, bytes.length);
  return entry;
}

export async function readCardImage(image: CardImage | undefined): Promise<ImageBytes> {
  if (!image) return { bytes: null, hash: null };
  if ('buffer' in image) {
    let hash = bufferHashes.get(image.buffer);
    if (!hash) {
      hash = sha256(image.buffer);
      bufferHashes.set(image.buffer, hash);
    }
    return { bytes: image.buffer, hash };
  }
  try {
    return await readImageFile(image.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      bytes: null,
      hash: 'missing',
      problem: {
        rule: 'image-missing',
        severity: 'warning',
        message:
          `Bildet ${describeImage(image)} ${code === 'ENOENT' ? 'finnes ikke' : `kunne ikke leses (${code ?? 'ukjent feil'})`}, ` +
          'så delingskortet viser temaets mønster i stedet. Last opp bildet på nytt.',
      },
    };
  }
}

/**
 * dataUrl: the crop, ready for satori. truecolorBytes and paletteBytes: the crop's own PNG sizes,
 * the least it adds to a card (render.ts decides the card's PNG encoding, and whether the photo
 * must be simplified, from them). paletteBytes is measured only for a heavy photo, over
 * PALETTE_MEASURED_ABOVE in truecolour: a lighter one is well within the limit as a palette.
 */
export type PreparedImage = { dataUrl: string; truecolorBytes: number; paletteBytes?: number } | { problem: CardProblem };

const PALETTE_MEASURED_ABOVE = 256 * 1024;

const prepared = new ByteLru<PreparedImage>(96 * 1024 * 1024);

// Below this spread in every channel the picture is one flat colour: nothing to show.
const FLAT = 3;

/** True when no channel varies by more than FLAT; stops at the first pixel that does. */
function isFlat(data: Buffer, channels: number): boolean {
  const min = Array.from(data.subarray(0, channels));
  const max = [...min];
  for (let i = channels; i + channels <= data.length; i += channels) {
    for (let c = 0; c < channels; c++) {
      const v = data[i + c]!;
      if (v < min[c]!) min[c] = v;
      else if (v > max[c]!) max[c] = v;
      if (max[c]! - min[c]! > FLAT) return false;
    }
  }
  return true;
}

/**
 * Crops (object-fit: cover, around the most interesting part) and encodes the photo for a box.
 * `simplified`: the photo reduced to a few dozen flat colours (lossless PNG), for a card that
 * came out too heavy: it compresses far better and leaves the card's palette to the brand colours.
 */
export async function prepareImage(
  source: ImageBytes & { bytes: Buffer },
  box: { width: number; height: number },
  options: { grayscale: boolean; simplified?: boolean },
): Promise<PreparedImage> {
  const key = `${source.hash} ${box.width}x${box.height} ${options.grayscale ? 'gray' : 'color'} ${options.simplified ? 'simple' : 'full'}`;
  const cached = prepared.get(key);
  if (cached) return cached;
  let result: PreparedImage;
  try {
    // A large JPEG is decoded at a fraction of its size when that still covers the box (shrink-on-load).
    let pipeline = sharp(source.bytes, { failOn: 'error' })
      .rotate()
      .resize(box.width, box.height, { fit: 'cover', position: sharp.strategy.attention, fastShrinkOnLoad: true })
      .removeAlpha();
    if (options.grayscale) pipeline = pipeline.grayscale();
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (isFlat(data, info.channels)) {
      result = {
        problem: {
          rule: 'image-blank',
          severity: 'warning',
          message: 'Bildet er én flat farge uten motiv, så delingskortet viser temaets mønster i stedet. Velg et annet bilde.',
        },
      };
    } else {
      const raw = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
      if (options.simplified) {
        const png = await raw.png({ palette: true, quality: 10, dither: 0, effort: 3 }).toBuffer();
        result = { dataUrl: `data:image/png;base64,${png.toString('base64')}`, truecolorBytes: png.length, paletteBytes: png.length };
      } else {
        const truecolor = await pngBytes(data, info, 'truecolor');
        result = {
          dataUrl: `data:image/jpeg;base64,${(await raw.jpeg({ quality: 86, chromaSubsampling: '4:4:4' }).toBuffer()).toString('base64')}`,
          truecolorBytes: truecolor,
          paletteBytes: truecolor > PALETTE_MEASURED_ABOVE ? await pngBytes(data, info, 'palette') : undefined,
        };
      }
    }
  } catch (error) {
    result = {
      problem: {
        rule: 'image-corrupt',
        severity: 'warning',
        message:
          `Bildet kunne ikke leses som et bilde (${(error as Error).message.split('\n')[0]}), ` +
          'så delingskortet viser temaets mønster i stedet. Last opp bildet på nytt, som JPEG eller PNG.',
      },
    };
  }
  prepared.set(key, result, 'dataUrl' in result ? result.dataUrl.length : 1024);
  return result;
}
