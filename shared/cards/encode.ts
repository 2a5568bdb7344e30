// SVG → pixels → PNG with sharp. Rasterised once to raw pixels (checked for blankness there),
// then encoded as a palette PNG: flat brand colours and text lose nothing, and photos stay
// well under the size limit. Fewer colours are tried only when a card is still too heavy.
import sharp from 'sharp';
import { isOneColour } from './checks.ts';

export interface Encoded {
  png: Buffer;
  blank: boolean;
}

// Palette settings, best looking first. A card is text and flat colour plus at most one photo;
// PNG is poor at photos, so a heavy card steps down to fewer colours without dithering (the
// photo posterises slightly; the text stays crisp). Measured in bench/cards.ts.
const STEPS = [
  { quality: 100, dither: 0.75, effort: 4 },
  { quality: 40, dither: 0, effort: 3 },
  { quality: 10, dither: 0, effort: 3 },
];

export async function encodePng(svg: string, maxBytes: number): Promise<Encoded> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const blank = isOneColour(data, info.channels);
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  let png: Buffer | undefined;
  for (const step of STEPS) {
    const candidate = await sharp(data, raw).png({ palette: true, compressionLevel: 9, ...step }).toBuffer();
    if (!png || candidate.length < png.length) png = candidate;
    if (png.length <= maxBytes) break;
  }
  return { png: png!, blank };
}
