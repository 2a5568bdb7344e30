// SVG → PNG with sharp, in one of two encodings, chosen per card:
//
// - truecolour, when the file stays within a budget: the exact colours, and cheap (deflate only,
//   5–12 ms a card). Flat brand colours, text and the themed pattern come out at 60–140 kB.
// - a 256-colour palette (libimagequant) otherwise, as for most cards with a photo: a third of
//   the truecolour size, but the quantiser costs 25–60 ms a card. No dithering: error diffusion
//   leaves speckled wedges on flat brand colours. (Lower palette qualities shift small brand
//   colours such as a logo's, so render.ts simplifies a too-heavy photo instead.)
//
// Which one a card gets depends only on what it shows, never on what was drawn before it, so the
// same card always gives the same bytes. Figures: bench/cards.ts.
import sharp from 'sharp';
import { isOneColour } from './checks.ts';

export const TRUECOLOR_PNG = { compressionLevel: 6, adaptiveFiltering: false } as const;
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
   * What the card is expected to need, so no work is done twice: "truecolor" (no photo: flat
   * colours stay far within the budget), "palette" (the photo alone is over the budget), or
   * "either" (rasterised once to pixels, encoded in truecolour and, if too large, quantised).
   * The outcome is the same rule in each case; the hint only saves work.
   */
  expect?: PngMode | 'either';
  /** Rasterise to pixels first even when one encoding is expected (a second one is likely). */
  keepPixels?: boolean;
}

/** The settings a PNG of ours was encoded with, read from its header (colour type 3 is a palette). */
export function pngSettingsOf(png: Buffer): typeof PALETTE_PNG | typeof TRUECOLOR_PNG {
  return png[25] === 3 ? PALETTE_PNG : TRUECOLOR_PNG;
}

/**
 * One colour everywhere deflates to a few hundred bytes of chunks and about a byte per 300
 * pixels; anything drawn makes it far larger. Only a file this small is decoded to check every pixel.
 */
const mayBeBlank = (png: Buffer, width: number, height: number) => png.length < 1024 + (width * height) / 64;

async function isBlank(png: Buffer, width: number, height: number): Promise<boolean> {
  if (!mayBeBlank(png, width, height)) return false;
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return isOneColour(data, info.channels);
}

export async function encodePng(svg: string, options: EncodeOptions = {}): Promise<Encoded> {
  const source = Buffer.from(svg);
  const budget = options.truecolorBudget ?? Number.POSITIVE_INFINITY;
  const expect = options.expect ?? 'either';
  let pixels: { data: Buffer; raw: { raw: { width: number; height: number; channels: 3 } } } | undefined;
  /** The card's pixels as a sharp input: rasterised once, when a second encoding may be needed. */
  const input = async () => {
    if (!pixels) {
      const { data, info } = await sharp(source).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      pixels = { data, raw: { raw: { width: info.width, height: info.height, channels: 3 } } };
    }
    return sharp(pixels.data, pixels.raw);
  };
  let png: Buffer;
  let mode: PngMode;
  if (expect === 'either' || options.keepPixels) {
    mode = expect === 'palette' ? 'palette' : 'truecolor';
    png = await (await input()).png(mode === 'palette' ? PALETTE_PNG : TRUECOLOR_PNG).toBuffer();
  } else {
    png = await sharp(source).removeAlpha().png(expect === 'palette' ? PALETTE_PNG : TRUECOLOR_PNG).toBuffer();
    mode = expect;
  }
  if (mode === 'truecolor' && png.length > budget) {
    png = await (await input()).png(PALETTE_PNG).toBuffer();
    mode = 'palette';
  }
  // Worth it only just over the limit: the highest level saves a few per cent.
  if (mode === 'palette' && options.maxBytes !== undefined && png.length > options.maxBytes && png.length < options.maxBytes * 1.08) {
    const tighter = await (await input()).png({ ...PALETTE_PNG, compressionLevel: 9 }).toBuffer();
    if (tighter.length < png.length) png = tighter;
  }
  const { width, height } = sizeOf(png);
  return { png, mode, blank: await isBlank(png, width, height) };
}

/** Width and height from the PNG header. */
function sizeOf(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A photo's own PNG size in one of the encodings: what it adds to a card at the least (see render.ts). */
export async function pngBytes(data: Buffer, info: { width: number; height: number; channels: 1 | 2 | 3 | 4 }, mode: PngMode): Promise<number> {
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  return (await sharp(data, raw).png(mode === 'palette' ? PALETTE_PNG : TRUECOLOR_PNG).toBuffer()).length;
}
