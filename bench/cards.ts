/**
 * `npm run bench:cards` — share-card figures: ms per card cold (empty cache) and cached (second
 * pass), for the three sizes, on 30 generated inputs; and the floor, satori + sharp for one
 * simple card in the same run. Prints a table; asserts nothing.
 *
 * The inputs mix the three site themes (one per card layout), every kind and status, short,
 * long (250 characters) and Sámi + emoji titles, and three kinds of picture: the sample
 * dataset's artwork, a detailed photo (generated noise, the worst case for PNG), and none.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { loadTheme, type Theme } from '../themes/index.ts';
import { cardFor, CARD_SIZES, cardStats, prepareCard, resetCardStats, type CardImage, type CardInput, type CardSize } from '../shared/cards/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = Object.keys(CARD_SIZES) as CardSize[];
const LIMIT = 300 * 1024;

const themes = await Promise.all(['appelsinia', 'bydelshus', 'ibsenbiblioteket'].map((name) => loadTheme(name)));

/** A detailed, photo-like picture: noise at three scales over a gradient (deterministic per seed). */
async function detailedPhoto(seed: number): Promise<Buffer> {
  const width = 1600;
  const height = 1067;
  const layers = await Promise.all(
    [
      [6, 70],
      [24, 55],
      [160, 45],
    ].map(([scale, sigma]) =>
      sharp({ create: { width: Math.ceil(width / scale!), height: Math.ceil(height / scale!), channels: 3, background: '#000', noise: { type: 'gaussian', mean: 110 + seed * 7, sigma: sigma! } } })
        .resize(width, height, { kernel: 'cubic' })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(layers[2]!)
    .composite([
      { input: layers[1]!, blend: 'overlay' },
      { input: layers[0]!, blend: 'soft-light' },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

function sampleArtwork(): string[] {
  const dir = join(root, 'dataset', 'sample', 'images');
  return existsSync(dir) ? readdirSync(dir).filter((name) => /\.(jpe?g|png)$/i.test(name)).sort().map((name) => join(dir, name)) : [];
}

const TITLES = [
  'Jazzkveld med Skien Storband',
  'Lesesirkel',
  'Sámi álbmotbeaivi: čáhci, đuoddar ja ŋ 🎉🇳🇴',
  'Familiedag i bydelshuset med konsert, teater og kafé for store og små',
  'Forfattermøte: Ibsen, Peer Gynt og det moderne gjennombruddet – en samtale om arven etter Skiens store sønn',
  (
    'Stor familiedag i Gulset bydelshus med konsert, teater, kafé, bokbytte og verksted for barn og voksne, ' +
    'der alle er velkommen til å bli med på sang, dans og lek hele dagen, og kvelden avsluttes med felles middag og fortellinger'
  ).slice(0, 250),
];
const KINDS: CardInput['kind'][] = ['event', 'event', 'campaign', 'event', 'page', 'article', 'event', 'home'];
const STATUSES: CardInput['status'][] = ['scheduled', 'scheduled', 'cancelled', 'scheduled', 'postponed', 'soldOut', 'scheduled', 'rescheduled', 'movedOnline'];
const EYEBROWS = ['Konsert', 'Foredrag', 'Barn og familie', 'Kampanje', 'Teater', undefined];

async function inputs(): Promise<{ input: CardInput; picture: string }[]> {
  const artwork = sampleArtwork();
  const photos = await Promise.all([0, 1, 2].map(detailedPhoto));
  return Array.from({ length: 30 }, (_, i) => {
    const theme = themes[i % themes.length] as Theme;
    const kind = KINDS[i % KINDS.length]!;
    const pictureKind = i % 3;
    let image: CardImage | undefined;
    let picture = 'none';
    if (pictureKind === 0 && artwork.length > 0) {
      image = { path: artwork[i % artwork.length]! };
      picture = 'artwork';
    } else if (pictureKind === 1) {
      image = { buffer: photos[i % photos.length]! };
      picture = 'photo';
    }
    const accents = Object.keys(theme.accents);
    return {
      picture,
      input: {
        kind,
        title: `${TITLES[i % TITLES.length]!}${i >= TITLES.length ? ` ${i}` : ''}`.slice(0, 250),
        eyebrow: kind === 'campaign' ? 'Kampanje' : EYEBROWS[i % EYEBROWS.length],
        dateText: kind === 'event' || kind === 'campaign' ? `${['lørdag', 'søndag', 'tirsdag'][i % 3]} ${(i % 27) + 1}. desember kl. 19.00` : undefined,
        venueText: kind === 'event' ? ['Ibsenhuset, Skien', 'Gulset bydelshus', 'Skien bibliotek, Henrik Ibsens gate 4'][i % 3] : undefined,
        status: kind === 'event' ? STATUSES[i % STATUSES.length] : undefined,
        siteTitle: theme.label,
        accent: kind === 'campaign' ? accents[i % accents.length] : undefined,
        image,
        theme,
      },
    };
  });
}

async function floorMs(theme: Theme): Promise<{ satori: number; sharp: number }> {
  const { design } = await prepareCard({ kind: 'page', title: 'Gulset bydelshus', siteTitle: theme.label, theme });
  const tree = {
    type: 'div',
    props: {
      style: { display: 'flex', width: '100%', height: '100%', padding: 64, backgroundColor: design.colors.band, color: design.colors.onBand, fontFamily: design.fonts.heading.stack, fontSize: 72 },
      children: 'Gulset bydelshus',
    },
  };
  const once = async () => {
    const t0 = performance.now();
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: design.fonts.fonts });
    const t1 = performance.now();
    await sharp(Buffer.from(svg)).png().toBuffer();
    return { satori: t1 - t0, sharp: performance.now() - t1 };
  };
  await once();
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(await once());
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { satori: median(runs.map((r) => r.satori)), sharp: median(runs.map((r) => r.sharp)) };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

const cacheDir = mkdtempSync(join(tmpdir(), 'fasett-bench-cards-'));
try {
  const cases = await inputs();
  const floor = await floorMs(themes[0]!);
  // One warm-up card, so font parsing and WebAssembly start-up are not counted in the first size.
  const warmup = mkdtempSync(join(tmpdir(), 'fasett-bench-warmup-'));
  await cardFor(cases[0]!.input, 'og', { cacheDir: warmup });
  rmSync(warmup, { recursive: true, force: true });

  const rows: string[] = [];
  const pictures: Record<string, number[]> = {};
  for (const size of SIZES) {
    resetCardStats();
    const bytes: number[] = [];
    let problems = 0;
    const coldStart = performance.now();
    for (const { input, picture } of cases) {
      const card = await cardFor(input, size, { cacheDir });
      bytes.push(card.png.length);
      (pictures[`${size} ${picture}`] ??= []).push(card.png.length);
      problems += card.problems.length;
    }
    const cold = (performance.now() - coldStart) / cases.length;
    const rendered = cardStats().rendered;
    resetCardStats();
    const cachedStart = performance.now();
    for (const { input } of cases) await cardFor(input, size, { cacheDir });
    const cached = (performance.now() - cachedStart) / cases.length;
    const reused = cardStats().reused;
    const { width, height } = CARD_SIZES[size];
    rows.push(
      `${`${size} ${width}×${height}`.padEnd(18)}${pad(cold.toFixed(0), 9)}${pad(cached.toFixed(1), 11)}${pad(`${rendered}/${reused}`, 13)}` +
        `${pad(kb(bytes.reduce((a, b) => a + b, 0) / bytes.length), 10)}${pad(kb(Math.max(...bytes)), 9)}${pad(bytes.filter((b) => b > LIMIT).length, 8)}${pad(problems, 10)}`,
    );
  }

  console.log(`Share cards: ${cases.length} inputs × ${SIZES.length} sizes, one at a time, ms per card (after one warm-up card)\n`);
  console.log(`${'size'.padEnd(18)}${pad('cold ms', 9)}${pad('cached ms', 11)}${pad('drawn/reused', 13)}${pad('mean', 10)}${pad('max', 9)}${pad('>300kB', 8)}${pad('problems', 10)}`);
  for (const row of rows) console.log(row);
  console.log(`\nfloor (satori + sharp, one line of text, 1200×630): ${(floor.satori + floor.sharp).toFixed(1)} ms  (satori ${floor.satori.toFixed(1)} ms, sharp SVG→PNG ${floor.sharp.toFixed(1)} ms)`);
  console.log('\nPNG size by picture (mean / max):');
  for (const [key, sizes] of Object.entries(pictures))
    console.log(`  ${key.padEnd(16)} ${pad(kb(sizes.reduce((a, b) => a + b, 0) / sizes.length), 7)} / ${kb(Math.max(...sizes))}  (${sizes.length} cards)`);
  if (sampleArtwork().length === 0) console.log('  (no dataset/sample/images: "artwork" cards fell back to the pattern)');
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
