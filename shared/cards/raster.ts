// The card's pixels: satori's SVG rasterised by librsvg (in sharp), the photo pasted in here.
//
// The photo never goes through librsvg: decoding and drawing a JPEG embedded in the SVG was most
// of a photo card's rasterising time (85–200 ms against ~30 ms for the same SVG without it). The
// SVG leaves the photo's box in the band colour (layout.ts); it is rasterised once to raw RGB,
// and the photo's pixels, decoded once per crop (image.ts), are copied into the box row by row,
// blending only the antialiased edge of rounded corners. (sharp's own composite works on the
// whole card, in floating point: three to four times the cost of the copy.)
//
// What satori draws over the photo (the logo chip on the band layout) must stay on top. satori
// paints in tree order, and layout.ts puts a marker right after the photo's box, so the SVG after
// the marker is what is painted over the photo. Where one of those elements meets the photo
// (from satori's layout boxes), that small region is rasterised again in two layers, the part of
// the SVG below the marker and the part above it, and put together as below, photo, above.
// Nothing meets the photo on most cards, and then the card is one rasterising pass.
import sharp from 'sharp';
import type { LaidOutNode } from './checks.ts';
import type { Rect } from './geometry.ts';
import type { PhotoPixels, CardPixels } from './types.ts';
import { OVER_PHOTO, OVER_PHOTO_FILL } from './layout.ts';


/** An SVG to RGB pixels (its background is opaque: every card's is). */
export async function rasterise(svg: string): Promise<CardPixels> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** An SVG's region to RGBA pixels (transparent where it draws nothing). */
async function rasteriseRegion(svg: string, region: Rect, channels: 3 | 4): Promise<Buffer> {
  const head = /^<svg\b[^>]*>/.exec(svg);
  if (!head) throw new Error('Delingskortet: SVG-en fra satori begynner ikke med <svg>');
  // The same drawing, through a window onto the region: the same pixels the whole card gets there.
  const windowed =
    `<svg width="${region.width}" height="${region.height}" viewBox="${region.left} ${region.top} ${region.width} ${region.height}" ` +
    `xmlns="http://www.w3.org/2000/svg">${svg.slice(head[0].length)}`;
  let pipeline = sharp(Buffer.from(windowed));
  pipeline = channels === 3 ? pipeline.removeAlpha() : pipeline.ensureAlpha();
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  if (info.width !== region.width || info.height !== region.height || info.channels !== channels)
    throw new Error(`Delingskortet: et utsnitt ble ${info.width}×${info.height}×${info.channels}, ventet ${region.width}×${region.height}×${channels}`);
  return data;
}

const MARKER = `<rect x="0" y="0" width="0" height="0" fill="${OVER_PHOTO_FILL}"/>`;

/**
 * The SVG in two: what is painted before the marker (under the photo) and after it (over the
 * photo), each a whole SVG document. The part above must not use a clip path or mask defined
 * below (satori defines each element's own just before it): a check, should satori change.
 */
function splitAtMarker(svg: string): { below: string; above: string } {
  const at = svg.indexOf(MARKER);
  if (at < 0 || svg.includes(MARKER, at + 1))
    throw new Error('Delingskortet: fant ikke ett merke for bildet i SVG-en fra satori (har satori endret hvordan en tom boks tegnes?)');
  const head = /^<svg\b[^>]*>/.exec(svg)![0];
  const above = `${head}${svg.slice(at + MARKER.length)}`;
  const defined = new Set(Array.from(above.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
  for (const use of above.matchAll(/url\(#([^)"']+)\)|href="#([^"]+)"/g)) {
    const id = use[1] ?? use[2];
    if (id && !defined.has(id)) throw new Error(`Delingskortet: «${id}» brukes over bildet, men er definert under det (har satori endret SVG-en?)`);
  }
  return { below: `${svg.slice(0, at)}</svg>`, above };
}

/**
 * Where the elements painted over the photo meet it: the smallest whole-pixel rectangle inside
 * the photo's box holding them all, or undefined when none does. An element paints inside its
 * box, except text: accents and descenders reach past a tight line height, so a text box counts
 * with a margin of half its font size. Boxes are rounded outwards to whole pixels (antialiasing).
 */
export function overPhotoRegion(nodes: LaidOutNode[], box: Rect): Rect | undefined {
  const marker = nodes.findIndex((node) => node.key === OVER_PHOTO);
  if (marker < 0) throw new Error('Delingskortet: merket for bildet mangler i oppsettet (shared/cards/layout.ts)');
  let region: { left: number; top: number; right: number; bottom: number } | undefined;
  for (const node of nodes.slice(marker + 1)) {
    const margin = node.textContent?.trim() ? (node.fontSize ?? node.height) / 2 : 0;
    const left = Math.max(box.left, Math.floor(node.left - margin));
    const top = Math.max(box.top, Math.floor(node.top - margin));
    const right = Math.min(box.left + box.width, Math.ceil(node.left + node.width + margin));
    const bottom = Math.min(box.top + box.height, Math.ceil(node.top + node.height + margin));
    if (right <= left || bottom <= top) continue;
    region = region
      ? { left: Math.min(region.left, left), top: Math.min(region.top, top), right: Math.max(region.right, right), bottom: Math.max(region.bottom, bottom) }
      : { left, top, right, bottom };
  }
  return region && { left: region.left, top: region.top, width: region.right - region.left, height: region.bottom - region.top };
}

/** src over an opaque dst, 8 bits a channel, `a` the source's coverage (0–255). */
const over = (src: number, dst: number, a: number) => ((src * a + dst * (255 - a) + 127) / 255) | 0;

/**
 * A rasterised card, ready to take its photo. `paint` writes the photo into the card's own
 * pixels and returns them: a second call (a simplified photo) rewrites the whole box from what
 * was under the photo, so the card is never rasterised twice.
 */
export class CardCanvas {
  private readonly pixels: CardPixels;
  private readonly box?: Rect;
  /** The box as rasterised, before any photo: what shows through rounded corners. */
  private readonly under?: Buffer;
  /** The region where elements over the photo meet it: the SVG below the marker (RGB) and above it (RGBA). */
  private readonly over?: { region: Rect; below: Buffer; above: Buffer };

  constructor(pixels: CardPixels, box?: Rect, over?: { region: Rect; below: Buffer; above: Buffer }) {
    this.pixels = pixels;
    this.box = box;
    this.over = over;
    if (box) {
      const under = Buffer.allocUnsafe(box.width * box.height * 3);
      for (let y = 0; y < box.height; y++) {
        const from = ((box.top + y) * pixels.width + box.left) * 3;
        pixels.data.copy(under, y * box.width * 3, from, from + box.width * 3);
      }
      this.under = under;
    }
  }

  paint(photo?: PhotoPixels): CardPixels {
    const { box, under, pixels } = this;
    if (!photo) return pixels;
    if (!box || !under) throw new Error('Delingskortet: kortet har ingen plass til et bilde');
    if (photo.width !== box.width || photo.height !== box.height)
      throw new Error(`Delingskortet: bildet er ${photo.width}×${photo.height}, feltet ${box.width}×${box.height}`);
    const { data, width } = pixels;
    const { rgb, alpha, opaque } = photo;
    const rowBytes = box.width * 3;
    for (let y = 0; y < box.height; y++) {
      const to = ((box.top + y) * width + box.left) * 3;
      const row = y * rowBytes;
      if (!alpha || !opaque) {
        rgb.copy(data, to, row, row + rowBytes);
        continue;
      }
      // The covered run is copied; the corner pixels either side of it are blended.
      const start = opaque[y * 2]!;
      const end = opaque[y * 2 + 1]!;
      rgb.copy(data, to + start * 3, row + start * 3, row + end * 3);
      const blend = (x: number) => {
        const a = alpha[y * box.width + x]!;
        for (let c = 0; c < 3; c++) data[to + x * 3 + c] = over(rgb[row + x * 3 + c]!, under[row + x * 3 + c]!, a);
      };
      for (let x = 0; x < start; x++) blend(x);
      for (let x = end; x < box.width; x++) blend(x);
    }
    if (this.over) this.paintOver(photo, this.over);
    return pixels;
  }

  /** The region where elements over the photo meet it: below, the photo, above, in that order. */
  private paintOver(photo: PhotoPixels, { region, below, above }: { region: Rect; below: Buffer; above: Buffer }): void {
    const { data, width } = this.pixels;
    const box = this.box!;
    for (let y = 0; y < region.height; y++) {
      for (let x = 0; x < region.width; x++) {
        const i = y * region.width + x;
        const p = (region.top + y - box.top) * box.width + (region.left + x - box.left);
        const a = photo.alpha ? photo.alpha[p]! : 255;
        const b = above[i * 4 + 3]!;
        const to = ((region.top + y) * width + region.left + x) * 3;
        for (let c = 0; c < 3; c++) {
          const withPhoto = a === 255 ? photo.rgb[p * 3 + c]! : over(photo.rgb[p * 3 + c]!, below[i * 3 + c]!, a);
          data[to + c] = b === 0 ? withPhoto : over(above[i * 4 + c]!, withPhoto, b);
        }
      }
    }
  }
}

/**
 * Rasterises a drawn card once. With `photoBox`, the SVG holds the marker (layout.ts), and the
 * region where elements over the photo meet it is rasterised again in its two layers.
 */
export async function rasteriseCard(card: { svg: string; nodes: LaidOutNode[]; photoBox?: Rect }): Promise<CardCanvas> {
  const pixels = await rasterise(card.svg);
  if (!card.photoBox) return new CardCanvas(pixels);
  const region = overPhotoRegion(card.nodes, card.photoBox);
  if (!region) return new CardCanvas(pixels, card.photoBox);
  const { below, above } = splitAtMarker(card.svg);
  const [under, overIt] = await Promise.all([rasteriseRegion(below, region, 3), rasteriseRegion(above, region, 4)]);
  return new CardCanvas(pixels, card.photoBox, { region, below: under, above: overIt });
}
