// satori asks `loadAdditionalAsset` for every piece of text no loaded font can draw: emoji get
// their Twemoji picture, anything else is a glyph missing from all fonts, recorded for the checks.
import { emojiDataUrl } from './emoji.ts';
import { fontCoverage } from './font-coverage.ts';
import type { CardProblem } from './types.ts';

export interface GlyphLog {
  /** Characters (or emoji) no font and no Twemoji picture could draw. */
  missing: Set<string>;
}

// Invisible characters have no glyph to miss (spaces, joiners, soft hyphens, variation selectors).
const INVISIBLE = /^[\s\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}]$/u;

export function createGlyphLog(): GlyphLog {
  return { missing: new Set() };
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Whether a grapheme no font has is drawn as a Twemoji picture (for the title model). */
export function emojiPicture(grapheme: string): boolean {
  return EMOJI.test(grapheme) && emojiDataUrl(grapheme) !== null;
}

export function assetLoader(log: GlyphLog) {
  return async (code: string, segment: string): Promise<string | []> => {
    if (code === 'emoji') {
      const url = emojiDataUrl(segment);
      if (url) return url;
      log.missing.add(segment);
      return [];
    }
    for (const char of segment) if (!INVISIBLE.test(char)) log.missing.add(char);
    return [];
  };
}

const MARK = /^\p{M}$/u;

/**
 * Combining marks no card font has. satori checks a piece of text by its first character, so a
 * letter with a mark it cannot compose ("ŋ" + U+0301) passes its check and is drawn with a box.
 */
export function logMissingMarks(log: GlyphLog, fonts: ReadonlyArray<{ data: Buffer }>, texts: ReadonlyArray<string | undefined>): void {
  for (const text of texts) {
    for (const char of text ?? '') {
      if (!MARK.test(char) || INVISIBLE.test(char) || EMOJI.test(char)) continue;
      const code = char.codePointAt(0)!;
      if (!fonts.some((font) => fontCoverage(font.data).has(code))) log.missing.add(char);
    }
  }
}

const codePoints = (text: string) =>
  [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** One problem naming every missing character and the fields it appears in. */
export function missingGlyphProblem(log: GlyphLog, fields: Record<string, string | undefined>): CardProblem | undefined {
  if (log.missing.size === 0) return undefined;
  const listed = [...log.missing].map((char) => {
    const where = Object.entries(fields)
      .filter(([, value]) => value?.includes(char))
      .map(([name]) => name);
    return `«${char}» (${codePoints(char)}${where.length > 0 ? `, i ${where.join(' og ')}` : ''})`;
  });
  return {
    rule: 'glyph-missing',
    severity: 'error',
    message:
      `Delingskortet mangler skrift for ${listed.length === 1 ? 'tegnet' : 'tegnene'} ${listed.join(', ')}: ` +
      'de ville blitt vist som tomrom. Skriv teksten uten dem, eller med bokstaver kortet kan vise.',
  };
}
