// Share cards: satori → SVG → pixels (librsvg in sharp, the photo pasted in: raster.ts) → PNG,
// in the site's theme, checked, cached by content hash.
//
//   const card = await cardFor({ kind: 'event', title, dateText, venueText, status, siteTitle, image, theme }, 'og');
//   card.file      the cached PNG to copy into the site
//   card.problems  [{ rule, severity, message }] to put in the build report with the document id
//   formatCardStats()  "cards rendered N, reused M, X ms per card" for the build summary
export { cardFor, cardHashFor, cardStats, defaultCardCacheDir, formatCardStats, resetCardStats } from './cache.ts';
export type { CardFile, CardOptions, CardStats } from './cache.ts';
export { RENDERER_VERSION } from './hash.ts';
export { DEFAULT_MAX_BYTES, drawCard, prepareCard, renderCard } from './render.ts';
export type { DrawnCard } from './render.ts';
export type { PreparedCard } from './types.ts';
export type { LaidOutNode } from './checks.ts';
export { CARD_SIZE_NAMES, CARD_SIZES, cardSizesFor, isCardSize } from './sizes.ts';
export type { CardImage, CardInput, CardKind, CardProblem, CardProblemRule, CardResult, CardSize, CardStatus, RenderOptions } from './types.ts';
