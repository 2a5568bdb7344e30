// How cards are encoded (truecolour when light; a heavy photo in 256 colours of its own; a
// palette only when the card is too heavy even so), that
// brand colours come through exactly either way, and that a card's bytes depend only on what it
// shows, never on what was drawn before it.
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderCard } from '../../../shared/cards/index.ts';
import { eventInput, photoJpeg, rules, themes } from './fixtures.ts';

const [appelsinia, bydelshus, ibsenbiblioteket] = await themes();
if (!appelsinia || !bydelshus || !ibsenbiblioteket) throw new Error('the three site themes did not load');

/** PNG colour type: 2 truecolour, 3 palette. */
const colourType = (png: Buffer) => png[25];

async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[data[at]!, data[at + 1]!, data[at + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A photo full of fine detail (noise at two scales), the hardest case for PNG. */
async function detailedPhoto(): Promise<Buffer> {
  const noise = (scale: number, sigma: number) =>
    sharp({ create: { width: Math.ceil(1600 / scale), height: Math.ceil(1067 / scale), channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma } } })
      .resize(1600, 1067, { kernel: 'cubic' })
      .png()
      .toBuffer();
  const [fine, coarse] = await Promise.all([noise(6, 70), noise(40, 50)]);
  return sharp(coarse).composite([{ input: fine, blend: 'overlay' }]).jpeg({ quality: 85 }).toBuffer();
}

test('a card without a photo keeps every colour: truecolour, the brand and status colours exact', async () => {
  const card = await renderCard(eventInput(ibsenbiblioteket, { status: 'cancelled' }), 'og');
  assert.is(colourType(card.png), 2);
  assert.equal(card.problems, []);
  // The status band runs along the top; the text panel (the band colour) along the bottom.
  assert.is(await pixel(card.png, 1190, 4), ibsenbiblioteket.colors.statusCancelled.toLowerCase());
  assert.is(await pixel(card.png, 1190, 625), ibsenbiblioteket.card.band.toLowerCase());
});

/** Largest difference in one channel between two #rrggbb colours. */
const drift = (a: string, b: string) => Math.max(...[1, 3, 5].map((i) => Math.abs(Number.parseInt(a.slice(i, i + 2), 16) - Number.parseInt(b.slice(i, i + 2), 16))));

/** Distinct colours in a region of a card. */
async function colours(png: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data } = await sharp(png).removeAlpha().extract(region).raw().toBuffer({ resolveWithObject: true });
  const seen = new Set<number>();
  for (let at = 0; at < data.length; at += 3) seen.add((data[at]! << 16) | (data[at + 1]! << 8) | data[at + 2]!);
  return seen.size;
}

test('a photo too heavy for a truecolour card gets 256 colours of its own; the card stays truecolour, the brand colours exact', async () => {
  const card = await renderCard(eventInput(ibsenbiblioteket, { status: 'cancelled', image: { buffer: await detailedPhoto() } }), 'og');
  assert.is(colourType(card.png), 2);
  assert.ok(card.png.length <= 300 * 1024, `${card.png.length} bytes`);
  assert.equal(rules(card.problems), []);
  assert.is(await pixel(card.png, 1190, 4), ibsenbiblioteket.colors.statusCancelled.toLowerCase());
  assert.is(await pixel(card.png, 1190, 625), ibsenbiblioteket.card.band.toLowerCase());
  // The photo (the band under the status, right of the logo) in at most 256 colours.
  const photo = await colours(card.png, { left: 400, top: 100, width: 700, height: 180 });
  assert.ok(photo > 16 && photo <= 256, `${photo} colours in the photo`);
});

test('a photo too detailed even in 256 colours makes a palette card within the size limit, the brand colours still exact', async () => {
  const card = await renderCard(eventInput(ibsenbiblioteket, { status: 'cancelled', image: { buffer: await detailedPhoto() } }), 'story');
  assert.is(colourType(card.png), 3);
  assert.ok(card.png.length <= 300 * 1024, `${card.png.length} bytes`);
  assert.not.ok(rules(card.problems).includes('file-too-large'));
  // Ibsenbiblioteket's red (the cancelled band) must not drift to brown in the palette: the
  // quantiser may move a flat colour by a step or two (invisible), no more.
  for (const [x, y, colour] of [
    [1070, 1025, ibsenbiblioteket.colors.statusCancelled],
    [1070, 1915, ibsenbiblioteket.card.band],
  ] as const) {
    const seen = await pixel(card.png, x, y);
    assert.ok(drift(seen, colour.toLowerCase()) <= 2, `${seen} for ${colour}`);
  }
});

test('a smooth photo keeps truecolour when the file stays light', async () => {
  const card = await renderCard(eventInput(appelsinia, { image: { buffer: await photoJpeg() } }), 'og');
  assert.is(colourType(card.png), 2);
  assert.ok(card.png.length <= 240 * 1024, `${card.png.length} bytes`);
});

test('a card is the same bytes whatever was drawn before it', async () => {
  const photo = { buffer: await photoJpeg() };
  const input = eventInput(bydelshus, { title: 'Familiedag i bydelshuset med konsert, teater og kafé', image: photo });
  for (const size of ['og', 'square', 'story'] as const) {
    const first = await renderCard(input, size);
    // Cards of the same kind whose text takes other room (a date over two lines, no eyebrow,
    // a long title) change what the renderer expects before it draws.
    for (const other of [
      { dateText: 'lørdag 5. desember kl. 19.00–23.30, dørene åpner kl. 18.30, med servering hele kvelden' },
      { eyebrow: undefined },
      { title: 'Forfattermøte: Ibsen, Peer Gynt og det moderne gjennombruddet – en samtale om arven etter Skiens store sønn' },
      { title: 'Quiz' },
    ])
      await renderCard({ ...input, ...other }, size);
    const again = await renderCard(input, size);
    assert.ok(again.png.equals(first.png), `${size}: the same bytes`);
    assert.equal(again.problems, first.problems);
  }
});

test.run();
