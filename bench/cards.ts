/**
 * `npm run bench:cards` — share-card figures: ms per card cold (empty cache) and cached (second
 * pass), for the three sizes, on 30 generated inputs; beside each cold card, its floor: the
 * least work any satori + sharp script must do for an equivalent card. Prints a table; asserts
 * nothing.  Options: --inputs N (default 30), --sharp-threads N (sharp.concurrency, default: one per core).
 *
 * Times are CPU time of the process (all threads: satori in JavaScript, librsvg and the PNG
 * encoder in sharp's threads), read around each card, which stays meaningful when other work
 * shares the machine; wall-clock figures are printed beside them.
 *
 * The floor of a card ("equivalent card") is the best bare approach a competent engineer would
 * write: the same size, the same theme fonts and logo, the same text fields (eyebrow, title, date,
 * venue, site name, status label and note); one satori pass at a fixed title size, no fitting, no
 * checks. With a photo: the photo's box left empty in the layout, one rasterise to raw pixels,
 * the cropped photo pasted in (sharp composite) and one encode in the format our card has (JPEG at
 * our settings, quality lowered the same way if over 300 KB). Without one: the same themed
 * pattern in the SVG and one SVG → PNG with the PNG settings our card got. Photos are cropped
 * once per photo and size in both (a real build reuses a hundred venue photos across thousands of
 * events): the first card with each photo and size is a warm-up, timed apart.
 * cardRatio = our cold time ÷ the floor's.
 *
 * The inputs mix the three site themes (one per card layout), every kind and status, short,
 * long (250 characters) and Sámi + emoji titles, and three kinds of picture: the sample
 * dataset's artwork, a detailed photo (generated noise, the worst case for PNG), and none.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { loadTheme, type Theme } from '../themes/index.ts';
import { cardFor, CARD_SIZES, cardStats, resetCardStats, type CardImage, type CardInput, type CardSize } from '../shared/cards/index.ts';
import { cardDesign } from '../shared/cards/design.ts';
import { box, image, text, type CardNode } from '../shared/cards/element.ts';
import { JPEG_QUALITIES, pngSettingsOf } from '../shared/cards/encode.ts';
import { cardFormatFor } from '../shared/cards/sizes.ts';
import { cardGeometry, TYPE } from '../shared/cards/geometry.ts';
import { themedPattern, toGray } from '../shared/cards/pattern.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = Object.keys(CARD_SIZES) as CardSize[];
const LIMIT = 300 * 1024;
const argument = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const INPUTS = Math.max(1, Number(argument('inputs') ?? 30));
// --sharp-threads N: sharp.concurrency(N), to see whether libvips' own threads help a card.
if (argument('sharp-threads')) sharp.concurrency(Number(argument('sharp-threads')));


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

interface Case {
  input: CardInput;
  picture: 'artwork' | 'photo' | 'none';
}

async function inputs(): Promise<Case[]> {
  const themes = await Promise.all(['appelsinia', 'bydelshus', 'ibsenbiblioteket'].map((name) => loadTheme(name)));
  const artwork = sampleArtwork();
  const photos = await Promise.all([0, 1, 2].map(detailedPhoto));
  return Array.from({ length: INPUTS }, (_, i) => {
    const theme = themes[i % themes.length] as Theme;
    const kind = KINDS[i % KINDS.length]!;
    // Not in step with the titles (six of them), so every title meets every kind of picture.
    const pictureKind = (i + Math.floor(i / 6)) % 3;
    let image: CardImage | undefined;
    let picture: Case['picture'] = 'none';
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
        // As a build chooses it from the document's image field (shared/site/share-cards.ts).
        format: cardFormatFor(image !== undefined),
      },
    };
  });
}

// ---- the floor: an equivalent card, the least work ----

/** Photos cropped for the floor, once per (photo, size, grey), as a minimal script would keep them. */
const floorPhotos = new Map<string, Buffer>();
const photoIds = new Map<Buffer, number>();
const photoKey = (image: CardImage) => {
  if ('path' in image) return image.path;
  if (!photoIds.has(image.buffer)) photoIds.set(image.buffer, photoIds.size);
  return `buffer ${photoIds.get(image.buffer)}`;
};

async function floorPhoto(source: CardImage, key: string, box: { width: number; height: number }, grey: boolean): Promise<Buffer> {
  const cacheKey = `${key} ${box.width}x${box.height} ${grey}`;
  const kept = floorPhotos.get(cacheKey);
  if (kept) return kept;
  const bytes = 'path' in source ? await readFile(source.path) : source.buffer;
  let pipeline = sharp(bytes).rotate().resize(box.width, box.height, { fit: 'cover' });
  if (grey) pipeline = pipeline.grayscale();
  const crop = await pipeline.removeAlpha().png({ compressionLevel: 0 }).toBuffer();
  floorPhotos.set(cacheKey, crop);
  return crop;
}

const CARD_LIMIT = 300 * 1024;

/**
 * The floor for one card: the least work any satori + sharp script does for an equivalent card
 * (see the top of this file). `png`: the settings our card was encoded with (pngSettingsOf), for a
 * card without a photo.
 */
export async function floorCard(input: CardInput, size: CardSize, png: ReturnType<typeof pngSettingsOf>): Promise<Buffer> {
  const { design } = cardDesign(input);
  const type = TYPE[size];
  const g = cardGeometry(design.layout, size, design.status !== undefined, 0);
  const fonts = design.fonts;
  const onBand = g.panelOn === 'band';
  const ink = onBand ? design.colors.onBand : design.colors.text;
  const photo = input.image ? await floorPhoto(input.image, photoKey(input.image), g.image, design.status?.status === 'cancelled') : undefined;
  const at = (r: { left: number; top: number; width: number; height: number }) => ({ position: 'absolute', left: r.left, top: r.top, width: r.width, height: r.height });
  const line = (content: string | undefined, style: Record<string, string | number>) => (content ? text({ lineClamp: 2, ...style }, content) : null);
  const logo = image(`data:image/svg+xml;base64,${Buffer.from(design.logo.svg).toString('base64')}`, Math.round((type.logo * design.logo.width) / design.logo.height), type.logo);
  // Without a photo the card shows the themed pattern, in the SVG; a photo is pasted in after.
  const picture = photo
    ? null
    : themedPattern(
        g.image,
        design.status?.status === 'cancelled' ? [...new Set(design.pattern.map(toGray))] : design.pattern,
        `${input.kind} ${input.title}`,
        g.tile,
        g.frame ? design.radius * 2 : 0,
      );
  const tree: CardNode = box({ width: g.width, height: g.height, position: 'relative', backgroundColor: design.colors.background }, [
    box({ ...at(g.image), backgroundColor: design.colors.band }, [picture]),
    box(
      {
        ...at(g.panel),
        boxSizing: 'border-box',
        flexDirection: 'column',
        padding: `${g.padding.top}px ${g.padding.right}px ${g.padding.bottom}px ${g.padding.left}px`,
        backgroundColor: onBand ? design.colors.band : design.colors.background,
        color: ink,
      },
      [
        box({ flexShrink: 0 }, [logo]),
        line(input.eyebrow, { fontFamily: fonts.bodyStrong.stack, fontWeight: fonts.bodyStrong.weight, fontSize: type.eyebrow, textTransform: 'uppercase' }),
        text({ fontFamily: fonts.heading.stack, fontWeight: fonts.heading.weight, fontSize: type.title[Math.floor(type.title.length / 2)]!, lineHeight: type.titleLineHeight, lineClamp: 4 }, input.title),
        line(input.dateText, { fontFamily: fonts.bodyStrong.stack, fontWeight: fonts.bodyStrong.weight, fontSize: type.meta }),
        line(input.venueText, { fontFamily: fonts.body.stack, fontWeight: fonts.body.weight, fontSize: type.meta }),
        line(input.siteTitle, { fontFamily: fonts.body.stack, fontWeight: fonts.bodyStrong.weight, fontSize: type.footer }),
      ],
    ),
    design.status && g.status
      ? box({ ...at(g.status), backgroundColor: design.status.background, color: design.status.text, alignItems: 'center', gap: 24, padding: `0 ${g.padding.left}px` }, [
          text({ fontFamily: fonts.heading.stack, fontWeight: fonts.heading.weight, fontSize: type.status }, design.status.label),
          text({ fontFamily: fonts.body.stack, fontSize: type.statusNote }, design.status.note),
        ])
      : null,
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: g.width, height: g.height, fonts: fonts.fonts });
  if (!photo) return sharp(Buffer.from(svg)).png(png).toBuffer();
  const pixels = await sharp(Buffer.from(svg))
    .composite([{ input: photo, left: g.image.left, top: g.image.top }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let jpeg = Buffer.alloc(0);
  for (const quality of JPEG_QUALITIES) {
    jpeg = await sharp(pixels.data, { raw: pixels.info }).jpeg({ quality, chromaSubsampling: '4:4:4', mozjpeg: false }).toBuffer();
    if (jpeg.length <= CARD_LIMIT) break;
  }
  return jpeg;
}

// ---- measuring ----

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> {
  const wall = performance.now();
  const cpu = cpuMs();
  const value = await work();
  return { value, cpu: cpuMs() - cpu, wall: performance.now() - wall };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: number[]) => (values.length ? sum(values) / values.length : 0);

async function main(): Promise<void> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'fasett-bench-cards-'));
  try {
    const cases = await inputs();
    const load = loadavg()[0]!;
    // Warm-up: font parsing, WebAssembly start-up and the first sharp pipelines are not counted;
    // nor is cropping each photo (once per photo and size, in both: a real build reuses a hundred
    // venue photos across thousands of events). The crops are timed here, apart.
    const warmup = mkdtempSync(join(tmpdir(), 'fasett-bench-warmup-'));
    const crops = { ours: 0, floor: 0, count: 0 };
    const seen = new Set<string>();
    for (const size of SIZES) {
      for (const { input } of cases) {
        const key = `${size} ${input.image ? photoKey(input.image) : 'none'} ${input.status === 'cancelled'}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A card with the same photo and a title of its own, so the measured card is not this one.
        const ours = await timed(() => cardFor({ ...input, title: `Oppvarming ${seen.size}` }, size, { cacheDir: warmup }));
        const floor = await timed(() => floorCard({ ...input, title: `Oppvarming ${seen.size}` }, size, pngSettingsOf(ours.value.png)));
        if (input.image) {
          crops.ours += ours.cpu;
          crops.floor += floor.cpu;
          crops.count++;
        }
      }
    }
    rmSync(warmup, { recursive: true, force: true });

    interface Row {
      size: CardSize;
      cpu: number;
      wall: number;
      floorCpu: number;
      floorWall: number;
      cached: number;
      rendered: number;
      reused: number;
      bytes: number[];
      problems: number;
    }
    const rows: Row[] = [];
    const pictures: Record<string, { bytes: number[]; cpu: number[]; floor: number[] }> = {};
    for (const size of SIZES) {
      resetCardStats();
      const row: Row = { size, cpu: 0, wall: 0, floorCpu: 0, floorWall: 0, cached: 0, rendered: 0, reused: 0, bytes: [], problems: 0 };
      for (const { input, picture } of cases) {
        const ours = await timed(() => cardFor(input, size, { cacheDir }));
        // The floor right after, under the same conditions, with the PNG settings our card got.
        const floor = await timed(() => floorCard(input, size, pngSettingsOf(ours.value.png)));
        row.cpu += ours.cpu;
        row.wall += ours.wall;
        row.floorCpu += floor.cpu;
        row.floorWall += floor.wall;
        row.bytes.push(ours.value.png.length);
        row.problems += ours.value.problems.length;
        const group = (pictures[`${size} ${picture}`] ??= { bytes: [], cpu: [], floor: [] });
        group.cpu.push(ours.cpu);
        group.floor.push(floor.cpu);
        group.bytes.push(ours.value.png.length);
      }
      row.rendered = cardStats().rendered;
      resetCardStats();
      const cached = performance.now();
      for (const { input } of cases) await cardFor(input, size, { cacheDir });
      row.cached = (performance.now() - cached) / cases.length;
      row.reused = cardStats().reused;
      rows.push(row);
    }

    const n = cases.length;
    console.log(
      `Share cards: ${n} inputs × ${SIZES.length} sizes, one at a time, after a warm-up; load average ${load.toFixed(1)} on ${navigator.hardwareConcurrency} cores at the start; ` +
        `sharp threads ${sharp.concurrency()}\n`,
    );
    console.log(
      `${'size'.padEnd(18)}${pad('cold cpu', 10)}${pad('floor cpu', 11)}${pad('ratio', 7)}${pad('cold wall', 11)}${pad('floor wall', 12)}${pad('cached', 8)}` +
        `${pad('drawn/reused', 14)}${pad('mean', 8)}${pad('max', 8)}${pad('>300kB', 8)}${pad('problems', 10)}`,
    );
    for (const r of rows) {
      const { width, height } = CARD_SIZES[r.size];
      console.log(
        `${`${r.size} ${width}×${height}`.padEnd(18)}${pad((r.cpu / n).toFixed(1), 10)}${pad((r.floorCpu / n).toFixed(1), 11)}${pad((r.cpu / r.floorCpu).toFixed(2), 7)}` +
          `${pad((r.wall / n).toFixed(1), 11)}${pad((r.floorWall / n).toFixed(1), 12)}${pad(r.cached.toFixed(1), 8)}${pad(`${r.rendered}/${r.reused}`, 14)}` +
          `${pad(kb(mean(r.bytes)), 8)}${pad(kb(Math.max(...r.bytes)), 8)}${pad(r.bytes.filter((b) => b > LIMIT).length, 8)}${pad(r.problems, 10)}`,
      );
    }
    const all = (pick: (r: Row) => number) => sum(rows.map(pick)) / (n * rows.length);
    console.log(
      `${'all sizes'.padEnd(18)}${pad(all((r) => r.cpu).toFixed(1), 10)}${pad(all((r) => r.floorCpu).toFixed(1), 11)}` +
        `${pad((all((r) => r.cpu) / all((r) => r.floorCpu)).toFixed(2), 7)}${pad(all((r) => r.wall).toFixed(1), 11)}${pad(all((r) => r.floorWall).toFixed(1), 12)}`,
    );
    console.log(`\ncardMsCold ${all((r) => r.cpu).toFixed(1)} ms  cardFloorMs ${all((r) => r.floorCpu).toFixed(1)} ms  cardRatio ${(all((r) => r.cpu) / all((r) => r.floorCpu)).toFixed(2)}  (CPU ms per card, all sizes)`);

    console.log(
      `\nfirst card with each photo and size (crop kept for the others; not counted above): ${crops.count} photos × sizes, ` +
        `ours ${(crops.ours / Math.max(1, crops.count)).toFixed(1)} ms, floor ${(crops.floor / Math.max(1, crops.count)).toFixed(1)} ms CPU per card`,
    );
    console.log(`\n${'by picture'.padEnd(18)}${pad('cold cpu', 10)}${pad('floor cpu', 11)}${pad('mean', 8)}${pad('max', 8)}`);
    for (const [key, group] of Object.entries(pictures))
      console.log(`${key.padEnd(18)}${pad(mean(group.cpu).toFixed(1), 10)}${pad(mean(group.floor).toFixed(1), 11)}${pad(kb(mean(group.bytes)), 8)}${pad(kb(Math.max(...group.bytes)), 8)}`);
    console.log("(artwork: the sample dataset's images; photo: generated noise, the worst case for PNG; none: the themed pattern)");
    if (sampleArtwork().length === 0) console.log('  (no dataset/sample/images: "artwork" cards fell back to the pattern)');
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
