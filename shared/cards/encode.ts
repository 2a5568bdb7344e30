// SVG → pixels → PNG with sharp. Rasterised once to raw pixels (checked for blankness there),
// then encoded as a palette PNG: flat brand colours and text lose nothing, and photos stay
// well under the size limit. Fewer colours are tried only when a card is still too heavy.
import sharp from 'sharp';
import { isOneColour } from './checks.ts';

export interface Encoded {
  png: Buffer;
  blank: boolean;
}

// Palette settings, best first: the third only when a photo makes the card too heavy (PNG is
// poor at photos; fewer colours posterise the photo a little, the text stays crisp). No
// dithering: error diffusion leaves visible speckled wedges on flat brand colours. Sizes and
// times measured in bench/cards.ts.
const STEPS = [
  { quality: 100, dither: 0, effort: 3, compressionLevel: 9 },
  { quality: 40, dither: 0, effort: 3, compressionLevel: 9 },
  { quality: 10, dither: 0, effort: 3, compressionLevel: 9 },
];

export async function encodePng(svg: string, maxBytes: number): Promise<Encoded> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const blank = isOneColour(data, info.channels);
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  let png: Buffer | undefined;
  for (let i = 0; i < STEPS.length; i++) {
    const candidate = await sharp(data, raw).png({ palette: true, ...STEPS[i] }).toBuffer();
    if (!png || candidate.length < png.length) png = candidate;
    if (png.length <= maxBytes) break;
    // The middle step saves ~10 %: far over the limit, go straight to the last.
    if (i === 0 && png.length > maxBytes * 1.25) i++;
  }
  return { png: png!, blank };
}
