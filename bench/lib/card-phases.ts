/**
 * Where a share card's time goes, for the real cards of one site of a dataset (the build's own
 * inputs, from shared/build/card-store.ts): preparing the input (image bytes, design), laying out
 * and drawing the SVG (satori passes, the photo crop), and the rest of renderCard (rasterising
 * and encoding, the re-draw of a too-heavy card). Beside them, two encodings of the same SVG done
 * here with sharp: its default PNG (the floor's) and the palette PNG the renderer uses, so the
 * encoder's share is visible on its own. A diagnostic, run by hand:
 *
 *   CONTENT_DATASET=… FASETT_SITES_DIR=… FASETT_NOW=… \
 *     node [--cpu-prof] bench/lib/card-phases.ts <site> [cards=30]
 */
import sharp from 'sharp';
import { drawCard, prepareCard, renderCard, type CardSize } from '../../shared/cards/index.ts';
import { siteData } from '../../shared/content/site-data.ts';
import { siteCards } from '../../shared/build/card-store.ts';

const [site = 'bydelshus', count = '30'] = process.argv.slice(2);
const data = await siteData(site);
const cards = [...(await siteCards(data)).values()].filter((card) => card.path.startsWith('/kort/arrangementer/')).slice(0, Number(count) + 3);

const totals = new Map<string, number>();
const add = (phase: string, ms: number) => totals.set(phase, (totals.get(phase) ?? 0) + ms);
const timed = async <T>(phase: string, work: () => Promise<T>, measured: boolean): Promise<T> => {
  const started = performance.now();
  const result = await work();
  if (measured) add(phase, performance.now() - started);
  return result;
};

let measuredCards = 0;
for (const [i, card] of cards.entries()) {
  const measured = i >= 3; // the first three (one per size) warm up fonts, wasm and the photo crops
  const size = card.size as CardSize;
  const input = await timed('input (content → card input)', () => card.input(), measured);
  const prepared = await timed('prepareCard (image bytes, design)', () => prepareCard(input), measured);
  const drawn = await timed('drawCard (satori passes + photo crop)', () => drawCard(prepared, size), measured);
  await timed('renderCard, whole (prepare + draw + encode)', () => renderCard(input, size), measured);
  await timed('  sharp default PNG of the same SVG', () => sharp(Buffer.from(drawn.svg)).png().toBuffer(), measured);
  await timed('  sharp raw pixels of the same SVG', () => sharp(Buffer.from(drawn.svg)).removeAlpha().raw().toBuffer(), measured);
  await timed(
    '  sharp palette PNG (q100, effort 3, level 9)',
    () => sharp(Buffer.from(drawn.svg)).removeAlpha().png({ palette: true, quality: 100, dither: 0, effort: 3, compressionLevel: 9 }).toBuffer(),
    measured,
  );
  await timed('  SVG size (kB)', async () => drawn.svg.length / 1024, false);
  if (measured) {
    measuredCards += 1;
    add('  SVG size (kB)', drawn.svg.length / 1024);
  }
}

console.log(`${site}: ${measuredCards} event cards (og, square, story in turn), mean per card`);
for (const [phase, total] of totals) console.log(`  ${(total / measuredCards).toFixed(1).padStart(8)}  ${phase}`);
