import type { CardKind, CardSize } from './types.ts';

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

/** Every document gets a link card; events and campaigns also get Instagram post and story cards. */
export function cardSizesFor(kind: CardKind): CardSize[] {
  return kind === 'event' || kind === 'campaign' ? ['og', 'square', 'story'] : ['og'];
}

export function isCardSize(value: unknown): value is CardSize {
  return typeof value === 'string' && Object.hasOwn(CARD_SIZES, value);
}
