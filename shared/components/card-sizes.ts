/**
 * How wide an event card's picture is drawn, as an <img sizes> value, so a phone fetches the
 * smallest file that is sharp (the files are 200–800 px wide: shared/components/Picture.astro).
 * Kept beside the CSS that sets these widths (shared/styles/global.css and visitor.css).
 */
export const CARD_IMAGE_SIZES = {
  /** A card in a grid: the whole column on a phone, two or three columns on wider screens. */
  grid: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  /** A row in the event list: a 5.5rem square on a phone, a 14rem picture beside the text from 36rem. */
  list: '(min-width: 36rem) 14rem, 5.5rem',
} as const;

export type CardLayout = keyof typeof CARD_IMAGE_SIZES;
