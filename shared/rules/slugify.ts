/**
 * Turns a title into a URL-safe slug: lowercase a–z, 0–9 and single hyphens.
 * Norwegian letters are spelled out (æ→ae, ø→o, å→a) rather than dropped, so
 * "Årets første konsert" becomes "arets-forste-konsert". Used by the Studio's slug
 * fields and by the dataset generator, so both produce the same slugs.
 */
const SPELLED: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  '&': ' og ',
};

export const SLUG_MAX_LENGTH = 96;

export function slugify(input: unknown, maxLength: number = SLUG_MAX_LENGTH): string {
  if (typeof input !== 'string') return '';
  const spelled = Array.from(input.toLowerCase(), (ch) => SPELLED[ch] ?? ch).join('');
  const ascii = spelled
    .normalize('NFKD')
    // Combining marks left by NFKD (é → e + ́) are dropped, keeping the base letter.
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a hyphen where possible so the slug does not end in half a word.
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/** The pattern every slug must match: what slugify produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
