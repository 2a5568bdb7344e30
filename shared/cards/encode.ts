// A card's pixels → PNG with sharp, in one of two encodings, chosen per card:
//
// - truecolour, when the file stays within the limit: the exact colours, and cheap (deflate only,
//   5–30 ms a card). Flat brand colours, text and the themed pattern come out at 60–140 kB; a
//   photo too heavy for that comes in 256 colours of its own (render.ts, image.ts quantisedPhoto),
//   which keeps most photo cards truecolour.
// - a 256-colour palette (libimagequant) otherwise, for a card too heavy even so (a very detailed
//   photo): a third of the truecolour size, but the quantiser costs 60–180 ms a card. No
//   dithering: error diffusion leaves speckled wedges on flat brand colours. (Lower palette
//   qualities shift small brand colours such as a logo's, so render.ts simplifies a too-heavy
//   photo instead.)
//
// A card with a photo arrives as raw pixels (raster.ts rasterises once and pastes the photo in),
// so a second encoding, or a second photo, never rasterises the SVG again. A card without one
// arrives as its SVG and goes to PNG in one sharp pipeline: 0–12 ms cheaper than making its raw
// pixels first, and it rarely needs a second encoding (flat colours stay within the budget).
//
// Which one a card gets depends only on what it shows, never on what was drawn before it, so the
// same card always gives the same bytes. Figures: bench/cards.ts.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { isOneColour } from './checks.ts';
import type { CardPixels } from './types.ts';

const TRUECOLOR_PNG = { compressionLevel: 6, adaptiveFiltering: false } as const;
export const PALETTE_PNG = { palette: true, quality: 100, dither: 0, effort: 1, compressionLevel: 6 } as const;

export type PngMode = 'truecolor' | 'palette';

export interface Encoded {
  png: Buffer;
  mode: PngMode;
  /** Every pixel is the same colour: nothing was drawn. */
  blank: boolean;
}

export interface EncodeOptions {
  /** Largest truecolour file accepted; a larger card is encoded with a palette. Default: no limit. */
  truecolorBudget?: number;
  /** A palette file just over this is deflated again at the highest level (a few per cent smaller, twice the time). */
  maxBytes?: number;
  /**
   * "palette" when the card is expected to need one (its photo alone is over the budget), so
   * the truecolour file is not made only to be thrown away. Default: truecolour first, the
   * palette if it is over the budget.
   */
  expect?: PngMode;
}

/** The settings a PNG of ours was encoded with, read from its header (colour type 3 is a palette). */
export function pngSettingsOf(png: Buffer): typeof PALETTE_PNG | typeof TRUECOLOR_PNG {
  return png[25] === 3 ? PALETTE_PNG : TRUECOLOR_PNG;
}

/**
 * One colour everywhere deflates to a few hundred bytes of chunks and about a byte per 300
 * pixels; anything drawn makes it far larger. Only a file this small has its pixels checked.
 */
const mayBeBlank = (png: Buffer, width: number, height: number) => png.length < 1024 + (width * height) / 64;

async function isBlank(png: Buffer, pixels: CardPixels | undefined): Promise<boolean> {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (!mayBeBlank(png, width, height)) return false;
  if (pixels) return isOneColour(pixels.data, 3);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return isOneColour(data, info.channels);
}

/**
 * 72 dpi in the PNG's pHYs chunk, as sharp writes it for an SVG: raw pixels get 25.4 dpi, and
 * sharp's withDensity would add an EXIF block as well. The chunk keeps its length.
 */
function at72dpi(png: Buffer): Buffer {
  const perMetre = Math.round(72 / 0.0254);
  for (let at = 8; at + 12 <= png.length; at += 12 + png.readUInt32BE(at)) {
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') break;
    if (type !== 'pHYs' || png.readUInt32BE(at) !== 9) continue;
    png.writeUInt32BE(perMetre, at + 8);
    png.writeUInt32BE(perMetre, at + 12);
    png[at + 16] = 1; // unit: metre
    png.writeUInt32BE(crc32(png.subarray(at + 4, at + 17)), at + 17);
    break;
  }
  return png;
}

/** A card's pixels, or an SVG (rasterised in the same pipeline, again for a second encoding), as a PNG. */
export async function encodePng(card: CardPixels | string, options: EncodeOptions = {}): Promise<Encoded> {
  const pixels = typeof card === 'string' ? undefined : card;
  const budget = options.truecolorBudget ?? Number.POSITIVE_INFINITY;
  const encode = async (settings: typeof PALETTE_PNG | typeof TRUECOLOR_PNG | { compressionLevel: number }) =>
    pixels
      ? at72dpi(await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).png(settings).toBuffer())
      : sharp(Buffer.from(card as string)).removeAlpha().png(settings).toBuffer();
  let mode: PngMode = options.expect ?? 'truecolor';
  let png = await encode(mode === 'palette' ? PALETTE_PNG : TRUECOLOR_PNG);
  if (mode === 'truecolor' && png.length > budget) {
    png = await encode(PALETTE_PNG);
    mode = 'palette';
  }
  // Worth it only just over the limit: the highest level saves a few per cent.
  if (mode === 'palette' && options.maxBytes !== undefined && png.length > options.maxBytes && png.length < options.maxBytes * 1.08) {
    const tighter = await encode({ ...PALETTE_PNG, compressionLevel: 9 });
    if (tighter.length < png.length) png = tighter;
  }
  return { png, mode, blank: await isBlank(png, pixels) };
}

/** A photo's own truecolour PNG size: what it adds to a card at the least (see render.ts). */
export async function truecolorPngBytes(data: Buffer, info: { width: number; height: number; channels: 1 | 2 | 3 | 4 }): Promise<number> {
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  return (await sharp(data, raw).png(TRUECOLOR_PNG).toBuffer()).length;
}

/**
 * A photo card's pixels as JPEG: baseline, 4:4:4 (no chroma subsampling: coloured text and brand
 * colours keep their edges), quality 84 and lower steps only when the file would be over
 * `maxBytes` (a 1080×1920 story of a very detailed photo). 8–20 ms a card, against 60–180 ms for
 * the palette PNG the same photo needed, at a third of its bytes.
 */
export const JPEG_QUALITIES = [84, 74, 62] as const;

export async function encodeJpeg(pixels: CardPixels, maxBytes = Number.POSITIVE_INFINITY): Promise<{ data: Buffer; blank: boolean }> {
  let data: Buffer | undefined;
  for (const quality of JPEG_QUALITIES) {
    data = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 3 } })
      .jpeg({ quality, chromaSubsampling: '4:4:4', mozjpeg: false })
      .withMetadata({ density: 72 })
      .toBuffer();
    if (data.length <= maxBytes) break;
  }
  return { data: data!, blank: isOneColour(pixels.data, 3) };
}
