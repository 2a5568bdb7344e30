// The card's photo: read once (its bytes are hashed for the cache), cropped to the exact box with
// sharp, and pasted into the rasterised card by raster.ts (satori and librsvg never see it). A
// missing, corrupt or blank image becomes a warning, and the card gets the themed pattern instead.
//
// Real events reuse a hundred or so venue photos, each on three card sizes: a photo is read and
// hashed once per file (while it is unchanged), and cropped once per box, in memory. The crop is
// kept compact (JPEG, as the cards have always shown it; a palette PNG when simplified): raw
// pixels of a hundred photos in three boxes would take over half a gigabyte. Its pixels are
// decoded from those bytes, with the corners rounded, and kept in a smaller cache of their own;
// decoded fresh or taken from that cache, they are the same pixels, so a card's bytes never
// depend on what was cached.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { PALETTE_PNG, truecolorPngBytes } from './encode.ts';
import { keptOnDisk } from './photo-cache.ts';
import type { CardImage, CardProblem, PhotoPixels, ReadyImage, ImageBytes } from './types.ts';


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


export type PreparedImage = ReadyImage | { problem: CardProblem };

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
  const key = cropKey(source, box, options);
  const cached = prepared.get(key);
  if (cached) return cached;
  // Made once across processes (photo-cache.ts): every site build shows the same photos.
  const kept = await keptOnDisk<Omit<ReadyImage, 'encoded'> | { problem: CardProblem }>(key, async () => {
    const made = await cropFor(source, box, options, key);
    if (!('encoded' in made)) return { meta: made };
    const { encoded, ...meta } = made;
    return { meta, bytes: encoded };
  });
  const result: PreparedImage = 'problem' in kept.meta ? kept.meta : { ...kept.meta, encoded: kept.bytes ?? Buffer.alloc(0) };
  prepared.set(key, result, 'encoded' in result ? result.encoded.length : 1024);
  return result;
}

const cropKey = (source: ImageBytes, box: { width: number; height: number }, options: { grayscale: boolean; simplified?: boolean }) =>
  `${source.hash} ${box.width}x${box.height} ${options.grayscale ? 'gray' : 'color'} ${options.simplified ? 'simple' : 'full'}`;

/** The crop itself (prepareImage keeps it, in memory and on disk). */
async function cropFor(
  source: ImageBytes & { bytes: Buffer },
  box: { width: number; height: number },
  options: { grayscale: boolean; simplified?: boolean },
  key: string,
): Promise<PreparedImage> {
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
      const size = { key, width: info.width, height: info.height };
      if (options.simplified) {
        const png = await raw.png({ palette: true, quality: 10, dither: 0, effort: 3 }).toBuffer();
        result = { ...size, encoded: png, truecolorBytes: png.length, paletteBytes: png.length };
      } else {
        result = {
          ...size,
          encoded: await raw.jpeg({ quality: 86, chromaSubsampling: '4:4:4' }).toBuffer(),
          truecolorBytes: await truecolorPngBytes(data, info),
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
  return result;
}

/**
 * The crop's own palette PNG size for a heavy photo, over PALETTE_MEASURED_ABOVE in truecolour
 * (its 256-colour version's, which such a card is drawn with anyway), else undefined: a lighter
 * photo is well within the limit as a palette.
 */
export async function paletteBytesOf(image: ReadyImage): Promise<number | undefined> {
  if (image.paletteBytes !== undefined) return image.paletteBytes;
  return image.truecolorBytes > PALETTE_MEASURED_ABOVE ? (await quantisedPhoto(image)).paletteBytes : undefined;
}

/**
 * The crop in 256 colours of its own (libimagequant, no dithering: the palette card's settings),
 * lossless from there, for a card too heavy in truecolour with every colour of the photo. Pasted
 * into a truecolour card, the photo looks as it would on a palette card (better: the brand
 * colours and the text's edges take none of its 256 colours), the rest of the card keeps its
 * exact colours, and the card costs a deflate instead of quantising all of its pixels (a story
 * card: ~30 ms against ~180 ms). Made from the pixels the card shows, once per crop.
 * `truecolorBytes` is the quantised crop's own truecolour PNG size, the least it adds to a card.
 */
export async function quantisedPhoto(image: ReadyImage): Promise<ReadyImage> {
  const key = `${image.key} quantised`;
  const cached = prepared.get(key);
  if (cached && 'encoded' in cached) return cached;
  const kept = await keptOnDisk(key, async () => {
    const encoded = await sharp(image.encoded).toColourspace('srgb').removeAlpha().png(PALETTE_PNG).toBuffer();
    const { data, info } = await sharp(encoded).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const truecolorBytes = await truecolorPngBytes(data, { width: info.width, height: info.height, channels: info.channels as 3 });
    return { meta: { truecolorBytes }, bytes: encoded };
  });
  const encoded = kept.bytes!;
  const result: ReadyImage = { key, encoded, width: image.width, height: image.height, truecolorBytes: kept.meta.truecolorBytes, paletteBytes: encoded.length };
  prepared.set(key, result, encoded.length);
  return result;
}


// The working set of a build is the photos of the cards being drawn now and soon: a story crop
// takes 3–4 MB decoded, so this keeps a few dozen; anything else is decoded again (3–6 ms).
const decoded = new ByteLru<PhotoPixels>(128 * 1024 * 1024);

/**
 * The coverage of a box with rounded corners, drawn by librsvg as the clip path satori gave
 * the photo was: the same antialiased edge.
 */
async function roundedCoverage(width: number, height: number, radius: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="${radius}" ry="${radius}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
}

/** Per row, the run of fully covered pixels; an empty run when the row has a gap (never, for a rounded box). */
function opaqueRuns(alpha: Buffer, width: number, height: number): Int32Array {
  const runs = new Int32Array(height * 2);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = 0;
    while (start < width && alpha[row + start] !== 255) start++;
    let end = width;
    while (end > start && alpha[row + end - 1] !== 255) end--;
    for (let x = start; x < end; x++) {
      if (alpha[row + x] !== 255) {
        start = end = 0;
        break;
      }
    }
    runs[y * 2] = start;
    runs[y * 2 + 1] = end;
  }
  return runs;
}

/** The crop's pixels with corners rounded to `radius` (0: square), decoded once and kept. */
export async function photoPixels(image: ReadyImage, radius: number): Promise<PhotoPixels> {
  const key = `${image.key} r${radius}`;
  const cached = decoded.get(key);
  if (cached) return cached;
  // A grey crop decodes to one channel: spread to RGB, as librsvg drew it.
  const { data, info } = await sharp(image.encoded).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || info.width !== image.width || info.height !== image.height)
    throw new Error(`Delingskortet: bildet ble dekodet til ${info.width}×${info.height}×${info.channels}, ventet ${image.width}×${image.height}×3`);
  const pixels: PhotoPixels = { width: info.width, height: info.height, rgb: data };
  if (radius > 0) {
    pixels.alpha = await roundedCoverage(info.width, info.height, radius);
    pixels.opaque = opaqueRuns(pixels.alpha, info.width, info.height);
  }
  decoded.set(key, pixels, data.length + (pixels.alpha?.length ?? 0));
  return pixels;
}
