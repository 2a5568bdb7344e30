// The photo is pasted into the rasterised card (shared/cards/raster.ts) instead of drawn by
// librsvg: the card must look as if librsvg had drawn it, rounded corners and all, with what
// satori draws over the photo (the logo chip on the band layout) still on top.
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { drawCard, prepareCard, renderCard, type CardSize, type DrawnCard } from '../../../shared/cards/index.ts';
import { photoPixels } from '../../../shared/cards/image.ts';
import { OVER_PHOTO, OVER_PHOTO_FILL } from '../../../shared/cards/layout.ts';
import { overPhotoRegion, rasteriseCard } from '../../../shared/cards/raster.ts';
import { eventInput, node, photoJpeg, themes } from './fixtures.ts';

const allThemes = await themes();
const [appelsinia, bydelshus, ibsenbiblioteket] = allThemes;
if (!appelsinia || !bydelshus || !ibsenbiblioteket) throw new Error('the three site themes did not load');
const photo = { buffer: await photoJpeg() };

/** The card's pixels as the renderer makes them: rasterised without the photo, the photo pasted in. */
async function pasted(drawn: DrawnCard): Promise<Buffer> {
  const layer = drawn.photoLayer!;
  const canvas = await rasteriseCard({ svg: drawn.svg, nodes: drawn.nodes, photoBox: layer.box });
  return canvas.paint(await photoPixels(layer.image, layer.radius)).data;
}

/**
 * The same card with librsvg drawing the photo, as the renderer used to: the photo's pixels
 * (lossless) as an <image> where the marker is, clipped to the rounded box when it is framed.
 */
async function drawnByLibrsvg(drawn: DrawnCard): Promise<Buffer> {
  const { box, radius, image } = drawn.photoLayer!;
  const pixels = await photoPixels(image, 0);
  const png = await sharp(pixels.rgb, { raw: { width: pixels.width, height: pixels.height, channels: 3 } }).png().toBuffer();
  const clip = radius > 0 ? `<clipPath id="photo-clip"><rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" rx="${radius}" ry="${radius}"/></clipPath>` : '';
  const element =
    `${clip}<image x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" preserveAspectRatio="none" ` +
    `href="data:image/png;base64,${png.toString('base64')}"${radius > 0 ? ' clip-path="url(#photo-clip)"' : ''}/>`;
  const marker = `<rect x="0" y="0" width="0" height="0" fill="${OVER_PHOTO_FILL}"/>`;
  assert.ok(drawn.svg.includes(marker), 'the marker is in the SVG');
  return sharp(Buffer.from(drawn.svg.replace(marker, element))).removeAlpha().raw().toBuffer();
}

function largestDifference(a: Buffer, b: Buffer): number {
  assert.is(a.length, b.length);
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i]! - b[i]!));
  return most;
}

test('the pasted photo looks as if librsvg drew it: every layout, size and status, logo chip on top', async () => {
  for (const theme of allThemes) {
    for (const size of ['og', 'square', 'story'] as CardSize[]) {
      for (const status of ['scheduled', 'cancelled'] as const) {
        const label = `${theme.name} ${size} ${status}`;
        const drawn = await drawCard(await prepareCard(eventInput(theme, { image: photo, status })), size);
        // Only antialiased edges may round differently.
        assert.ok(largestDifference(await pasted(drawn), await drawnByLibrsvg(drawn)) <= 3, label);
      }
    }
  }
});

async function pixelAt(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y) * info.width + Math.round(x)) * 3;
  return `#${[data[at]!, data[at + 1]!, data[at + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

test('the logo chip over the photo stays on top of it; a framed photo has rounded corners', async () => {
  // Band layout: the logo chip sits on the photo.
  const input = eventInput(ibsenbiblioteket, { image: photo });
  const drawn = await drawCard(await prepareCard(input), 'og');
  const logo = node(drawn, 'logo');
  const box = drawn.photoLayer?.box;
  assert.ok(logo && box && overPhotoRegion(drawn.nodes, box), 'the chip meets the photo');
  const card = await renderCard(input, 'og');
  assert.is(await pixelAt(card.png, logo.left + 8, logo.top + logo.height / 2), ibsenbiblioteket.colors.background.toLowerCase());

  // Frame layout: the photo's corner pixel shows the band, its middle the photo.
  const framedInput = eventInput(bydelshus, { image: photo });
  const framed = await drawCard(await prepareCard(framedInput), 'square');
  const frameBox = framed.photoLayer!.box;
  assert.ok(framed.photoLayer!.radius > 0);
  const framedCard = await renderCard(framedInput, 'square');
  assert.is(await pixelAt(framedCard.png, frameBox.left, frameBox.top), bydelshus.card.band.toLowerCase());
  assert.is.not(await pixelAt(framedCard.png, frameBox.left + frameBox.width / 2, frameBox.top + frameBox.height / 2), bydelshus.card.band.toLowerCase());
});

test('only what is painted after the photo and meets it counts; text with a margin for its glyphs', () => {
  const box = { left: 0, top: 100, width: 1200, height: 300 };
  const marker = { key: OVER_PHOTO, left: 0, top: 0, width: 0, height: 0 };
  const panel = { key: 'panel', left: 0, top: 400, width: 1200, height: 230 };
  // Drawn before the photo (the frame behind it), or only touching its edge: nothing to do.
  assert.is(overPhotoRegion([{ key: 'frame', left: 0, top: 90, width: 1200, height: 320 }, marker, panel], box), undefined);
  // A chip on the photo: its box, to whole pixels.
  assert.equal(overPhotoRegion([marker, panel, { key: 'logo', left: 56.4, top: 128, width: 260, height: 70 }], box), { left: 56, top: 128, width: 261, height: 70 });
  // A title just under the photo: its accents may reach up into it (half the font size, every way).
  assert.equal(overPhotoRegion([marker, { key: 'title', left: 56, top: 410, width: 500, height: 80, textContent: 'Å', fontSize: 72 }], box), { left: 20, top: 374, width: 572, height: 26 });
  assert.throws(() => overPhotoRegion([panel], box), /merket/);
});

test.run();
