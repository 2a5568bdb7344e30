// cardFor: the card from the content-hash cache, or rendered once and stored there. Across
// builds too: <cacheDir>/<hash>.png (or .jpg) and <hash>.json (the problems found when it was drawn).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardCacheRoot } from './cache-dir.ts';
import { cardHash, rendererFingerprint } from './hash.ts';
import { DEFAULT_MAX_BYTES, prepareCard, renderPrepared } from './render.ts';
import type { CardFormat, CardInput, CardProblem, CardResult, CardSize } from './types.ts';
import { CARD_EXTENSIONS } from './sizes.ts';

export interface CardOptions {
  /** Where cards are kept; default .cache/cards in the project, or $FASETT_CACHE_DIR/cards. */
  cacheDir?: string;
  /** Largest acceptable PNG (default 300 KB). */
  maxBytes?: number;
}

export interface CardFile extends CardResult {
  hash: string;
  /** The cached file: link or copy it into the site rather than writing `png` again. */
  file: string;
  /** The PNG's size in bytes (feeds' enclosures), known without reading it. */
  bytes: number;
  /** Served from the cache (this build or an earlier one) rather than rendered now. */
  reused: boolean;
  /**
   * Time spent drawing this card (0 when reused). Not the time cardFor took: with many cards
   * asked for at once, that includes waiting for a render slot.
   */
  renderMs: number;
}

interface Metadata {
  hash: string;
  renderer: string;
  size: CardSize;
  format: CardFormat;
  width: number;
  height: number;
  bytes: number;
  problems: CardProblem[];
}

export function defaultCardCacheDir(): string {
  return join(cardCacheRoot(), 'cards');
}

const counters = { rendered: 0, reused: 0, renderMs: 0 };

export interface CardStats {
  rendered: number;
  reused: number;
  /** Total time spent rendering (cache misses only). */
  renderMs: number;
  msPerCard: number;
}

export function cardStats(): CardStats {
  return { ...counters, msPerCard: counters.rendered > 0 ? counters.renderMs / counters.rendered : 0 };
}

export function resetCardStats(): void {
  counters.rendered = 0;
  counters.reused = 0;
  counters.renderMs = 0;
}

/** The build summary's line: "cards rendered 12, reused 340, 84 ms per card". */
export function formatCardStats(stats: CardStats = cardStats()): string {
  return `cards rendered ${stats.rendered}, reused ${stats.reused}, ${Math.round(stats.msPerCard)} ms per card`;
}

const cachedFile = (dir: string, hash: string, format: CardFormat) => join(dir, `${hash}.${CARD_EXTENSIONS[format]}`);

async function readCached(dir: string, hash: string, format: CardFormat): Promise<CardFile | undefined> {
  const file = cachedFile(dir, hash, format);
  try {
    const meta = JSON.parse(await readFile(join(dir, `${hash}.json`), 'utf8')) as Metadata;
    // The .json is written last, so its presence means the .png was complete; the size check
    // guards against a file someone else truncated.
    const info = await stat(file);
    if (meta.hash !== hash || info.size !== meta.bytes) return undefined;
    // The PNG itself is read only if asked for: a build links the cached file into the site
    // and needs only its size, and reading 2,700 cards a site was most of a warm build's card phase.
    let png: Buffer | undefined;
    const card = { format, width: meta.width, height: meta.height, problems: meta.problems, hash, file, bytes: meta.bytes, reused: true, renderMs: 0 } as CardFile;
    Object.defineProperty(card, 'png', { enumerable: true, get: () => (png ??= readFileSync(file)) });
    return card;
  } catch {
    return undefined;
  }
}

/** Write to a temporary name, then rename: an interrupted run never leaves a half-written card. */
async function writeAtomically(path: string, data: Buffer | string): Promise<void> {
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

const inFlight = new Map<string, Promise<CardFile>>();

// A build may ask for thousands of cards at once; draw a few at a time (a story card holds
// ~10 MB of pixels while it is encoded). One per core for a process alone on the machine; when
// several builds run at once, FASETT_CARD_CONCURRENCY (e.g. 1 each) keeps them from drawing
// more cards at a time than there are cores. A card's work is mostly on one thread at a time
// (satori in JavaScript, then librsvg, then the PNG encoder), so sharp's own thread count is
// left alone (one thread by default here; `npm run bench:cards -- --sharp-threads 2` gave the same
// CPU time per card).
function renderingLimit(): number {
  const configured = Number.parseInt(process.env.FASETT_CARD_CONCURRENCY ?? '', 10);
  return Number.isFinite(configured) && configured > 0 ? configured : Math.max(1, availableParallelism());
}
const MAX_RENDERING = renderingLimit();
let rendering = 0;
const waiting: Array<() => void> = [];

async function renderSlot<T>(work: () => Promise<T>): Promise<T> {
  // A finished render hands its slot straight to the next in line.
  if (rendering >= MAX_RENDERING) await new Promise<void>((resolve) => waiting.push(resolve));
  else rendering++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else rendering--;
  }
}

export async function cardFor(input: CardInput, size: CardSize, options: CardOptions = {}): Promise<CardFile> {
  const dir = options.cacheDir ?? defaultCardCacheDir();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const prepared = await prepareCard(input);
  const hash = cardHash(prepared, size, maxBytes);
  const key = join(dir, hash);

  // The same card asked for twice at once (a page and its feed) is rendered once.
  const pending = inFlight.get(key);
  if (pending) {
    const card = await pending;
    counters.reused++;
    return { ...card, reused: true, renderMs: 0 };
  }
  const work = (async (): Promise<CardFile> => {
    const cached = await readCached(dir, hash, prepared.format);
    if (cached) {
      counters.reused++;
      return cached;
    }
    const { drawn: result, renderMs } = await renderSlot(async () => {
      const started = performance.now();
      const drawn = await renderPrepared(prepared, size, { maxBytes });
      const ms = performance.now() - started;
      counters.renderMs += ms;
      return { drawn, renderMs: ms };
    });
    counters.rendered++;
    const file = cachedFile(dir, hash, result.format);
    const meta: Metadata = {
      hash,
      renderer: rendererFingerprint(),
      size,
      format: result.format,
      width: result.width,
      height: result.height,
      bytes: result.png.length,
      problems: result.problems,
    };
    await mkdir(dir, { recursive: true });
    await writeAtomically(file, result.png);
    await writeAtomically(join(dir, `${hash}.json`), `${JSON.stringify(meta, null, 2)}\n`);
    return { ...result, hash, file, bytes: result.png.length, reused: false, renderMs };
  })();
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}

/** The hash cardFor would use, without rendering (e.g. to name the card's URL before drawing it). */
export async function cardHashFor(input: CardInput, size: CardSize, options: Pick<CardOptions, 'maxBytes'> = {}): Promise<string> {
  return cardHash(await prepareCard(input), size, options.maxBytes ?? DEFAULT_MAX_BYTES);
}
