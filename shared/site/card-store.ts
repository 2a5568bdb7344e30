/**
 * The share cards of one site: which cards exist (one per page that is shared, three sizes
 * for events and campaigns), and each card's PNG from the content-hash cache. Card pages,
 * feeds (enclosure sizes) and the build report all go through here, so a card is rendered
 * at most once per distinct content — across pages and across builds.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cardFor } from '../cards/index.ts';
import type { CardInput, CardSize } from '../cards/types.ts';
import { loadTheme } from '../../themes/index.ts';
import type { SiteData } from '../content/site-data.ts';
import { articleCard, campaignCard, cardPath, eventCard, homeCard, homeCardPath, pageCard } from './share-cards.ts';
import { reservedSlugs } from './reserved.ts';

export interface CardEntry {
  path: string;
  size: CardSize;
  documentId: string;
  input: () => Promise<CardInput>;
}

const EVENT_SIZES: CardSize[] = ['og', 'square', 'story'];

const catalogues = new WeakMap<SiteData, Promise<Map<string, CardEntry>>>();

/** Every card the site publishes, by public path (worked out once per build). */
export function siteCards(data: SiteData): Promise<Map<string, CardEntry>> {
  let catalogue = catalogues.get(data);
  if (!catalogue) {
    catalogue = listCards(data);
    catalogues.set(data, catalogue);
  }
  return catalogue;
}

async function listCards(data: SiteData): Promise<Map<string, CardEntry>> {
  const theme = await loadTheme(data.config.theme);
  const cards = new Map<string, CardEntry>();
  const add = (path: string, size: CardSize, documentId: string, input: () => Promise<CardInput>) =>
    cards.set(path, { path, size, documentId, input });
  add(homeCardPath(), 'og', data.site._id, () => homeCard(data, theme));
  for (const event of data.events) {
    if (!event.slug) continue;
    for (const size of EVENT_SIZES) add(cardPath('arrangementer', event.slug, size), size, event._id, () => eventCard(event, data, theme));
  }
  if (data.config.features.campaigns) {
    for (const campaign of data.campaigns) {
      if (!campaign.slug) continue;
      for (const size of EVENT_SIZES) add(cardPath('kampanjer', campaign.slug, size), size, campaign._id, () => campaignCard(campaign, data, theme));
    }
  }
  if (data.config.features.news) {
    for (const article of data.articles) if (article.slug) add(cardPath('nyheter', article.slug), 'og', article._id, () => articleCard(article, data, theme));
  }
  for (const page of data.pages) {
    if (page.slug && !reservedSlugs.has(page.slug)) add(cardPath('sider', page.slug), 'og', page._id, () => pageCard(page, data, theme));
  }
  return cards;
}

const rendered = new Map<string, Promise<{ png: Buffer } | undefined>>();

/** The PNG of a card by its public path, rendered or taken from the cache; logged for the build report. */
export async function cardPng(data: SiteData, path: string): Promise<Buffer | undefined> {
  let entry = rendered.get(path);
  if (!entry) {
    entry = (async () => {
      const card = (await siteCards(data)).get(path);
      if (!card) return undefined;
      const started = performance.now();
      const result = await cardFor(await card.input(), card.size);
      const ms = performance.now() - started;
      logCard(data.config.slug, { path, documentId: card.documentId, reused: result.reused, ms, problems: result.problems });
      return result;
    })();
    rendered.set(path, entry);
  }
  return (await entry)?.png;
}

export async function cardBytes(data: SiteData, path: string): Promise<number | undefined> {
  return (await cardPng(data, path))?.length;
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
