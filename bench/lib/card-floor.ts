/**
 * The floor for a share card: the best bare approach a competent engineer would write for the
 * card Fasett draws most — an event's 1200×630 link card with its photo (a cold build draws one
 * per event; the Instagram sizes only for campaigns). Like for like with Fasett:
 *
 *   - the same photo pool (every image of the run's dataset, in turn), each cropped once per
 *     process (Fasett keeps prepared photos per process too);
 *   - one satori layout of a simple card (eyebrow, title, date, venue, site name) with the photo's
 *     box left empty, one sharp rasterise to raw pixels, the photo pasted in (sharp composite), and
 *     one encode: JPEG at Fasett's settings (quality 84, 4:4:4), the encoding Fasett chooses where a
 *     photo dominates (shared/cards/encode.ts) — within the same 300 KB limit (the floor checks it);
 *   - no title fitting, no checks, no cache.
 *
 * Run as a child process (`node bench/lib/card-floor.ts <images folder> <cards>`), it prints
 * {"msPerCard": …}; cardFloor() runs `copies` of them at once, so the floor is measured under the
 * same load as the builds it is compared with (one build per core).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 300 * 1024;

interface FloorRun {
  msPerCard: number;
  /** Cards over the limit (should be none). */
  overLimit: number;
  photos: number;
}

const SIZE = { width: 1200, height: 630 };

const TITLES = [
  'Babysang på Hoppestad',
  'Åpen scene for unge låtskrivere',
  'Foredrag: Ibsen og Skien i 1850-årene',
  'Brettspillkveld',
  'Juleverksted for hele familien',
  'Norsktrening på biblioteket',
];

async function measure(imagesDir: string, count: number): Promise<FloorRun> {
  const require = createRequire(import.meta.url);
  const { default: satori } = await import('satori');
  const { default: sharp } = await import('sharp');
  const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
  const fonts = [
    { name: 'Noto Sans', data: font(400), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans', data: font(700), weight: 700 as const, style: 'normal' as const },
  ];
  const pool = readdirSync(imagesDir).filter((name) => /\.(jpe?g|png|webp)$/i.test(name)).sort().map((name) => join(imagesDir, name));
  const box = { width: Math.round(SIZE.width * 0.45), height: SIZE.height };
  const crops = new Map<string, Buffer>();
  let overLimit = 0;

  const card = async (i: number) => {
    const file = pool[i % pool.length]!;
    let crop = crops.get(file);
    if (!crop) {
      crop = await sharp(file).rotate().resize(box.width, box.height, { fit: 'cover' }).removeAlpha().raw().toBuffer();
      crops.set(file, crop);
    }
    const text = (content: string, fontSize: number, fontWeight = 400) => ({ type: 'div', props: { style: { fontSize, fontWeight }, children: content } });
    const tree = {
      type: 'div',
      props: {
        style: { width: SIZE.width, height: SIZE.height, display: 'flex', flexDirection: 'row', background: '#fdf6ec', color: '#1a1a1a', fontFamily: 'Noto Sans' },
        children: [
          {
            type: 'div',
            props: {
              style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 56, flex: 1, boxSizing: 'border-box' },
              children: [
                text('ARRANGEMENT', 28, 700),
                text(`${TITLES[i % TITLES.length]} ${i}`, 64, 700),
                text('Lørdag 12. desember kl. 11.00–12.30', 34),
                text('Hoppestad bydelshus, Skien', 34),
                text('Bydelshus i Skien', 28, 700),
              ],
            },
          },
          { type: 'div', props: { style: { width: box.width, height: box.height } } },
        ],
      },
    };
    const svg = await satori(tree as Parameters<typeof satori>[0], { width: SIZE.width, height: SIZE.height, fonts });
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
      .composite([{ input: crop, raw: { width: box.width, height: box.height, channels: 3 }, left: SIZE.width - box.width, top: 0 }])
      .jpeg({ quality: 84, chromaSubsampling: '4:4:4', mozjpeg: false })
      .toBuffer();
    if (jpeg.length > LIMIT) overLimit++;
    return jpeg;
  };

  // Warm-up: font parsing, wasm start-up, a photo crop.
  for (let i = 0; i < 3; i++) await card(i);
  overLimit = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) await card(i + 3);
  return { msPerCard: (performance.now() - started) / count, overLimit, photos: pool.length };
}

/** ms per card, the mean over `copies` processes drawing `cards` cards each at the same time. */
export async function cardFloor(imagesDir: string, options: { cards: number; copies: number }): Promise<{ msPerCard: number; perProcess: number[]; overLimit: number; photos: number }> {
  const script = fileURLToPath(import.meta.url);
  const runs = Array.from(
    { length: options.copies },
    () =>
      new Promise<FloorRun>((resolvePromise, reject) => {
        const child = spawn(process.execPath, [script, imagesDir, String(options.cards)], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { msPerCard: perProcess.reduce((a, b) => a + b, 0) / perProcess.length, perProcess, overLimit: results.reduce((n, r) => n + r.overLimit, 0), photos: results[0]?.photos ?? 0 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [imagesDir, cards] = process.argv.slice(2);
  console.log(JSON.stringify(await measure(imagesDir!, Number(cards ?? 30))));
}
