/**
 * The floor for a share card: what any satori + sharp card with a photo costs at the least —
 * the photo cropped once per card size (Fasett also keeps prepared photos per process), one
 * satori layout of a simple card (eyebrow, title, date, venue, site name, photo), one sharp
 * rasterise + PNG encode at sharp's defaults. No title fitting, no checks, no cache. The three
 * sizes in turn (og, square, story), as an event has all three.
 *
 * The floor's card must be a card Fasett could publish: a PNG within the same 300 KB limit
 * (issue 5). A detailed story card is over it in truecolour, so, as any script held to that
 * limit must, the floor then encodes the same pixels again with a 256-colour palette, with the
 * cheapest settings Fasett uses (encode.ts: effort 1, no dithering), so the floor stays a floor.
 *
 * Run as a child process (`node bench/lib/card-floor.ts <image> <cards>`), it prints
 * {"msPerCard": …}; cardFloor() runs `copies` of them at once, so the floor is measured under
 * the same load as the builds it is compared with (one build per core).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PALETTE_PNG } from '../../shared/cards/encode.ts';

const LIMIT = 300 * 1024;

interface FloorRun {
  msPerCard: number;
  /** Share of the cards that needed the palette to stay within the limit. */
  paletteShare: number;
  /** The same cards without the palette re-encode: sharp's defaults, whatever the size (the floor before the limit counted). */
  truecolourOnlyMs: number;
}

const SIZES = [
  { name: 'og', width: 1200, height: 630 },
  { name: 'square', width: 1080, height: 1080 },
  { name: 'story', width: 1080, height: 1920 },
];

const TITLES = [
  'Babysang på Hoppestad',
  'Åpen scene for unge låtskrivere',
  'Foredrag: Ibsen og Skien i 1850-årene',
  'Brettspillkveld',
  'Juleverksted for hele familien',
  'Norsktrening på biblioteket',
];

async function measure(imagePath: string, count: number): Promise<FloorRun> {
  const require = createRequire(import.meta.url);
  const { default: satori } = await import('satori');
  const { default: sharp } = await import('sharp');
  const font = (weight: 400 | 700) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
  const fonts = [
    { name: 'Noto Sans', data: font(400), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans', data: font(700), weight: 700 as const, style: 'normal' as const },
  ];
  const photo = readFileSync(imagePath);
  const photos = new Map<string, string>();

  const card = async (i: number) => {
    const size = SIZES[i % SIZES.length]!;
    const wide = size.width > size.height;
    const box = wide ? { width: Math.round(size.width * 0.45), height: size.height } : { width: size.width, height: Math.round(size.height * 0.5) };
    let dataUrl = photos.get(size.name);
    if (!dataUrl) {
      const jpeg = await sharp(photo).rotate().resize(box.width, box.height, { fit: 'cover' }).jpeg({ quality: 86 }).toBuffer();
      dataUrl = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
      photos.set(size.name, dataUrl);
    }
    const text = (content: string, fontSize: number, fontWeight = 400) => ({ type: 'div', props: { style: { fontSize, fontWeight }, children: content } });
    const tree = {
      type: 'div',
      props: {
        style: { width: size.width, height: size.height, display: 'flex', flexDirection: wide ? 'row' : 'column', background: '#fdf6ec', color: '#1a1a1a', fontFamily: 'Noto Sans' },
        children: [
          {
            type: 'div',
            props: {
              style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 56, flex: 1, boxSizing: 'border-box' },
              children: [
                text('ARRANGEMENT', 28, 700),
                text(`${TITLES[i % TITLES.length]} ${i}`, wide ? 64 : 80, 700),
                text('Lørdag 12. desember kl. 11.00–12.30', 34),
                text('Hoppestad bydelshus, Skien', 34),
                text('Bydelshus i Skien', 28, 700),
              ],
            },
          },
          { type: 'img', props: { src: dataUrl, width: box.width, height: box.height, style: { objectFit: 'cover' } } },
        ],
      },
    };
    const svg = await satori(tree as Parameters<typeof satori>[0], { width: size.width, height: size.height, fonts });
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const png = await sharp(data, raw).png().toBuffer();
    if (png.length <= LIMIT) return png;
    palettes++;
    const started = performance.now();
    const palette = await sharp(data, raw).png(PALETTE_PNG).toBuffer();
    paletteMs += performance.now() - started;
    return palette;
  };
  let palettes = 0;
  let paletteMs = 0;

  for (let i = 0; i < SIZES.length; i++) await card(i); // warm-up: font parsing, wasm start-up, photo crops
  palettes = 0;
  paletteMs = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) await card(i + SIZES.length);
  const msPerCard = (performance.now() - started) / count;
  return { msPerCard, paletteShare: palettes / count, truecolourOnlyMs: msPerCard - paletteMs / count };
}

/**
 * ms per card, the mean over `copies` processes drawing `cards` cards each at the same time, and
 * the share of the floor's cards that needed the palette to stay within the limit.
 */
export async function cardFloor(imagePath: string, options: { cards: number; copies: number }): Promise<{ msPerCard: number; perProcess: number[]; paletteShare: number; truecolourOnlyMs: number }> {
  const script = fileURLToPath(import.meta.url);
  const runs = Array.from(
    { length: options.copies },
    () =>
      new Promise<FloorRun>((resolvePromise, reject) => {
        const child = spawn(process.execPath, [script, imagePath, String(options.cards)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          const match = /\{"msPerCard":.*\}/.exec(output);
          if (code !== 0 || !match) reject(new Error(`card floor failed (${code}):\n${output}`));
          else resolvePromise(JSON.parse(match[0]) as FloorRun);
        });
      }),
  );
  const results = await Promise.all(runs);
  const perProcess = results.map((r) => r.msPerCard);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { msPerCard: mean(perProcess), perProcess, paletteShare: results[0]?.paletteShare ?? 0, truecolourOnlyMs: mean(results.map((r) => r.truecolourOnlyMs)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [imagePath, cards] = process.argv.slice(2);
  console.log(JSON.stringify(await measure(imagePath!, Number(cards ?? 30))));
}
