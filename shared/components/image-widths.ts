/**
 * Which files a content image is made in, for <Picture> and the event list's data.json alike
 * (the filter's cards must fetch the files the page's own cards fetched).
 */

/** WebP quality of the build's own files: Sanity's CDN default, and about 15 % smaller than sharp's 80. */
export const IMAGE_QUALITY = 75;

/**
 * Phones draw a full-width image or a card 360–430 CSS px wide at 1.75–2 device pixels per px:
 * 630–860 px. 680, 760 and 860 px files fit them, where the ½×–2× ladder alone sends a 721 px
 * need (412 px at 1.75) its 1080 px file, and 780 px (390 px at 2) the same.
 */
const PHONE_WIDTHS = [680, 760, 860];

/**
 * srcset widths for an image drawn at most `width` CSS px wide: ½×, 1×, 1.5× and 2×, the phone
 * widths between, and none wider than the source (`sourceWidth`, when known).
 */
export function srcsetWidths(width: number, sourceWidth?: number): number[] {
  const ladder = [Math.round(width / 2), width, Math.round(width * 1.5), width * 2];
  const phones = PHONE_WIDTHS.filter((w) => w > ladder[0]! && w < ladder[3]! && !ladder.includes(w));
  const widths = [...new Set([...ladder, ...phones])].sort((a, b) => a - b);
  const fitting = sourceWidth ? widths.filter((w) => w <= sourceWidth) : widths;
  return fitting.length ? fitting : [sourceWidth ?? width];
}
