import type { CardFormat, CardKind, CardSize } from './types.ts';

/** Pixel sizes: og for Open Graph, X, LinkedIn and Facebook; square and story for Instagram. */
export const CARD_SIZES: Record<CardSize, { width: number; height: number }> = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
};

/** What editors call each size, for messages: "Tittelen er for lang for Instagram-historien (…)". */
export const CARD_SIZE_NAMES: Record<CardSize, string> = {
  og: 'lenkekortet (1200×630)',
  square: 'Instagram-innlegget (1080×1080)',
  story: 'Instagram-historien (1080×1920)',
};

/**
 * The sizes a public build draws: every document gets the link card, the one visitors' pages and
 * crawlers use; campaigns also get the Instagram post and story cards, which editors and partners
 * share. An event's square and story cards are drawn on demand from the editors' card page on the
 * server (server/editor-cards.ts), then cached: drawing them for 10,000 events was two thirds of a
 * cold build for files hardly anyone downloads.
 */
export function cardSizesFor(kind: CardKind): CardSize[] {
  return kind === 'campaign' ? ['og', 'square', 'story'] : ['og'];
}

/** Every size a card of this kind can be had in (the public ones, and the editors' on demand). */
export function editorCardSizesFor(kind: CardKind): CardSize[] {
  return kind === 'event' || kind === 'campaign' ? ['og', 'square', 'story'] : ['og'];
}

/** JPEG where a photo dominates the card, PNG for flat artwork (see CardFormat). */
export const cardFormatFor = (hasPhoto: boolean): CardFormat => (hasPhoto ? 'jpeg' : 'png');

export const CARD_EXTENSIONS: Record<CardFormat, string> = { png: 'png', jpeg: 'jpg' };
export const CARD_MEDIA_TYPES: Record<CardFormat, string> = { png: 'image/png', jpeg: 'image/jpeg' };

/** A card's media type from its path or URL. */
export const mediaTypeOf = (path: string): string => CARD_MEDIA_TYPES[path.endsWith('.jpg') ? 'jpeg' : 'png'];

export function isCardSize(value: unknown): value is CardSize {
  return typeof value === 'string' && Object.hasOwn(CARD_SIZES, value);
}
