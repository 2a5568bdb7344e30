/**
 * The share cards of one site: which cards exist (the link card of every page that is shared,
 * and the Instagram sizes of campaigns: cards/sizes.ts cardSizesFor), and each card's file from
 * the content-hash cache. Card pages,
 * feeds (enclosure sizes) and the build report all go through here, so a card is rendered
 * at most once per distinct content — across pages and across builds.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { cardFor } from '../cards/index.ts';
import type { CardInput, CardKind, CardSize } from '../cards/types.ts';
import { loadTheme } from '../../themes/index.ts';
import type { SiteData } from '../content/site-data.ts';
import {
  articleCard,
  articleCardPath,
  campaignCard,
  campaignCardPath,
  cardOwnerOf,
  eventCard,
  eventCardPath,
  homeCard,
  homeCardPath,
  pageCard,
  pageCardPath,
} from '../site/share-cards.ts';
import { cardSizesFor, editorCardSizesFor, mediaTypeOf } from '../cards/sizes.ts';
import { reservedSlugs } from '../site/reserved.ts';

export interface CardEntry {
  path: string;
  size: CardSize;
  documentId: string;
  input: () => Promise<CardInput>;
}

const catalogues = new WeakMap<SiteData, Promise<Map<string, CardEntry>>>();

/** Every card the site publishes, by public path (worked out once per build). */
export function siteCards(data: SiteData): Promise<Map<string, CardEntry>> {
  let catalogue = catalogues.get(data);
  if (!catalogue) {
    catalogue = listCards(data, cardSizesFor);
    catalogues.set(data, catalogue);
  }
  return catalogue;
}

/** Every card an editor can have of the site's documents: the public ones and the sizes drawn on demand. */
export function editorCards(data: SiteData): Promise<Map<string, CardEntry>> {
  return listCards(data, editorCardSizesFor);
}

async function listCards(data: SiteData, sizesFor: (kind: CardKind) => CardSize[]): Promise<Map<string, CardEntry>> {
  const theme = await loadTheme(data.config.theme);
  const cards = new Map<string, CardEntry>();
  const add = (path: string, size: CardSize, documentId: string, input: () => Promise<CardInput>) =>
    cards.set(path, { path, size, documentId, input });
  add(homeCardPath(data), 'og', data.site._id, () => homeCard(data, theme));
  for (const event of data.events) {
    // A cross-listed event's cards are its owner's (share-cards.ts cardOwnerOf).
    if (!event.slug || cardOwnerOf(event, data) !== data.config) continue;
    for (const size of sizesFor('event')) add(eventCardPath(event, size), size, event._id, () => eventCard(event, data, theme));
  }
  if (data.config.features.campaigns) {
    for (const campaign of data.campaigns) {
      if (!campaign.slug) continue;
      for (const size of sizesFor('campaign')) add(campaignCardPath(campaign, size), size, campaign._id, () => campaignCard(campaign, data, theme));
    }
  }
  if (data.config.features.news) {
    for (const article of data.articles) if (article.slug) add(articleCardPath(article), 'og', article._id, () => articleCard(article, data, theme));
  }
  for (const page of data.pages) {
    if (page.slug && !reservedSlugs.has(page.slug)) add(pageCardPath(page, data), 'og', page._id, () => pageCard(page, data, theme));
  }
  return cards;
}

/** What a card came to: its file in the cache (the PNG is read from there when needed, so a
 * build with thousands of cards does not hold them all in memory). */
interface CardOutcome {
  file: string;
  bytes: number;
  reused: boolean;
}
const outcomes = new Map<string, Promise<CardOutcome>>();

/** A card rendered or taken from the cache (once per process), logged for the build report. */
function cardEntry(data: SiteData, card: CardEntry): Promise<CardOutcome> {
  let entry = outcomes.get(card.path);
  if (!entry) {
    entry = (async () => {
      const result = await cardFor(await card.input(), card.size);
      // ms: the time the card took to draw, not to come back (which includes its wait for a render slot).
      logCard(data.config.slug, { path: card.path, documentId: card.documentId, reused: result.reused, ms: result.renderMs, problems: result.problems });
      return { file: result.file, bytes: result.bytes, reused: result.reused };
    })();
    outcomes.set(card.path, entry);
  }
  return entry;
}

/** A card's file and media type by its public path (the preview server serves it). */
export async function cardFile(data: SiteData, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  const card = (await siteCards(data)).get(path);
  return card ? { body: await readFile((await cardEntry(data, card)).file), type: mediaTypeOf(path) } : undefined;
}

/**
 * Puts every card of the site into the built folder (`outDir/kort/…`), after the pages: each
 * from the content-hash cache when it is there (a hard link — no bytes read or written), else
 * rendered once and stored in the cache first. Cards are not Astro routes in a static build:
 * Astro would read each cached PNG and write it out again on every build, ~7 ms a card, which
 * at 2,700 cards a site was most of a build with nothing changed.
 */
export async function publishCards(data: SiteData, outDir: string, onProgress?: (done: number, total: number) => void): Promise<{ cards: number; rendered: number }> {
  const entries = [...(await siteCards(data)).values()];
  const queue = [...entries];
  let done = 0;
  let rendered = 0;
  const dirs = new Set<string>();
  // More cards in flight than renderers: cache hits go by while a card is being drawn.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const card = await cardEntry(data, entry);
        if (!card.reused) rendered++;
        const target = join(outDir, entry.path);
        const dir = dirname(target);
        if (!dirs.has(dir)) {
          await mkdir(dir, { recursive: true });
          dirs.add(dir);
        }
        await placeFile(card.file, target);
        done++;
        if (onProgress && (done % 500 === 0 || done === entries.length)) onProgress(done, entries.length);
      }
    }),
  );
  return { cards: entries.length, rendered };
}

/** A hard link to the cached file when the two share a file system, else a copy. */
async function placeFile(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** A card's size in bytes (feeds' enclosures), rendering it if need be. */
export async function cardBytes(data: SiteData, path: string): Promise<number | undefined> {
  const card = (await siteCards(data)).get(path);
  return card ? (await cardEntry(data, card)).bytes : undefined;
}

/**
 * Card results go to a small log beside the build report: the pages that render cards run
 * in Astro's bundle, the report is written by the integration, and a file joins the two.
 */
export function cardLogFile(siteSlug: string): string {
  const dist = resolve(process.env.FASETT_DIST_DIR ?? 'dist');
  return join(dist, '_reports', `.${siteSlug}.cards.ndjson`);
}

function logCard(siteSlug: string, entry: Record<string, unknown>): void {
  const file = cardLogFile(siteSlug);
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, JSON.stringify(entry) + '\n');
}
