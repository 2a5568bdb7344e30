// Choosing the title's size from measured layout boxes: the largest size whose box fits the
// title slot wins. Only when a single word is wider than the column at every size is it
// hyphenated, and only when even the smallest size is too tall are lines clamped.
import type { TitleCandidate, TitleFit } from './types.ts';
import type { TypeScale } from './geometry.ts';

export interface Box {
  width: number;
  height: number;
}

// Layout positions are rounded to the pixel grid; allow for that. A wrapped line's box also
// counts the space it broke at (satori lets it hang, as browsers do, but measures it), so the
// width may exceed the column by one space: measured per size, never guessed.
const EPSILON = 0.5;

const last = <T>(list: readonly T[]): T => {
  const item = list[list.length - 1];
  if (item === undefined) throw new Error('shared/cards: a type scale needs at least one size');
  return item;
};
const sizeKey = (size: number) => `t${size}`;
const probeKey = (size: number) => `p${size}`;
const spacedKey = (size: number) => `s${size}`;
const LINE_PROBE = 'ÅgÉ';
const SPACED_PROBE = 'Åg É';

function hangingSpace(measured: Map<string, Box>, fontSize: number): number {
  const tight = measured.get(probeKey(fontSize))?.width;
  const spaced = measured.get(spacedKey(fontSize))?.width;
  return tight !== undefined && spaced !== undefined ? Math.max(0, spaced - tight) : 0;
}

/** A title box fits its slot: no taller, and no wider than one hanging space past it. */
export const fitsAcross = (box: Box, slot: Box, hang: number) => box.width <= slot.width + hang + EPSILON;
export const fitsSlot = (box: Box, slot: Box, hang: number) => fitsAcross(box, slot, hang) && box.height <= slot.height + EPSILON;

function fitter(measured: Map<string, Box>, slot: Box) {
  const fitsWidth = (b: Box | undefined, fontSize: number): b is Box => !!b && fitsAcross(b, slot, hangingSpace(measured, fontSize));
  const fits = (b: Box | undefined, fontSize: number) => !!b && fitsSlot(b, slot, hangingSpace(measured, fontSize));
  return { fits, fitsWidth };
}

/**
 * Collapses runs of whitespace (line breaks included): a card has no line breaks of its own.
 * Composes letters (NFC): Sami text typed or pasted decomposed ("c" + U+030C) becomes the one
 * letter "č" the fonts draw; the separate combining marks are in no card font's subset.
 */
export function normalizeText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text === '' ? undefined : text;
}

/** Every size, plus a one-line probe per size that gives its line height. */
export function sizeCandidates(title: string, type: TypeScale): TitleCandidate[] {
  return [...type.title, ...type.titleLongWord].flatMap((fontSize) => [
    { key: sizeKey(fontSize), text: title, fontSize },
    { key: probeKey(fontSize), text: LINE_PROBE, fontSize, nowrap: true },
    { key: spacedKey(fontSize), text: SPACED_PROBE, fontSize, nowrap: true },
  ]);
}

function clampAt(title: string, fontSize: number, slot: Box, measured: Map<string, Box>): TitleFit {
  const line = measured.get(probeKey(fontSize))?.height ?? Math.ceil(fontSize * 1.2);
  return { text: title, fontSize, lineClamp: Math.max(1, Math.floor((slot.height + EPSILON) / line)) };
}

export type SizeDecision = { fit: TitleFit; clamped: boolean } | { hyphenate: true; fontSize: number };

export function chooseSize(title: string, type: TypeScale, slot: Box, measured: Map<string, Box>): SizeDecision {
  const { fits, fitsWidth } = fitter(measured, slot);
  for (const size of type.title) if (fits(measured.get(sizeKey(size)), size)) return { fit: { text: title, fontSize: size }, clamped: false };
  const smallest = last(type.title);
  // Too tall even at the smallest size, but every word fits across: clamp lines.
  if (fitsWidth(measured.get(sizeKey(smallest)), smallest)) return { fit: clampAt(title, smallest, slot, measured), clamped: true };
  // A word is wider than the column: shrink further before breaking it.
  for (const size of type.titleLongWord) if (fits(measured.get(sizeKey(size)), size)) return { fit: { text: title, fontSize: size }, clamped: false };
  for (const size of type.titleLongWord)
    if (fitsWidth(measured.get(sizeKey(size)), size)) return { fit: clampAt(title, size, slot, measured), clamped: true };
  return { hyphenate: true, fontSize: last(type.titleLongWord) };
}

const graphemes = (text: string) => [...new Intl.Segmenter('nb', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** Words worth measuring on their own: the long ones (a short word is never wider than a column). */
export function longWords(title: string): string[] {
  return [...new Set(title.split(' ').filter((word) => graphemes(word).length >= 8))];
}

export function wordCandidates(words: string[], fontSize: number): TitleCandidate[] {
  return words.map((word, i) => ({ key: `w${i}`, text: word, fontSize, nowrap: true }));
}

/** Hyphen, then a zero-width space so the line may break there even before a digit. */
const BREAK = '-\u200B';

/**
 * Breaks each too-wide word into even pieces that fill about `share` of the column, with a
 * hyphen at each break; pieces are as long as possible so a hyphen lands at a line's end.
 */
export function hyphenate(title: string, wordWidths: Map<string, number>, slotWidth: number, share: number): string {
  return title
    .split(' ')
    .map((word) => {
      const width = wordWidths.get(word);
      if (width === undefined || width <= slotWidth) return word;
      const letters = graphemes(word);
      const perLetter = width / letters.length;
      const perPiece = Math.max(2, Math.floor((slotWidth * share) / perLetter) - 1);
      const pieces = Math.ceil(letters.length / perPiece);
      // Even pieces: the first (length mod pieces) get one letter more.
      const short = Math.floor(letters.length / pieces);
      const longer = letters.length % pieces;
      const out: string[] = [];
      for (let i = 0, start = 0; i < pieces; i++) {
        const length = short + (i < longer ? 1 : 0);
        out.push(letters.slice(start, start + length).join(''));
        start += length;
      }
      return out.join(BREAK);
    })
    .join(' ');
}

/** Shares of the column a broken word's pieces aim for: the first, then finer if still too wide. */
const HYPHENATION_SHARES = [0.92, 0.78, 0.62];

/**
 * Once a word must be broken, the title need not stay at the smallest size: try every size
 * (largest first) with the long words broken to fit it. Word widths were measured at `measuredAt`;
 * at other sizes they scale with the font size. The smallest size also tries finer pieces.
 */
export function hyphenatedCandidates(title: string, type: TypeScale, widths: Map<string, number>, measuredAt: number, slotWidth: number): TitleCandidate[] {
  const sizes = [...type.title, ...type.titleLongWord];
  const smallest = last(sizes);
  return sizes.flatMap((fontSize) => {
    const scaled = new Map([...widths].map(([word, width]) => [word, (width * fontSize) / measuredAt]));
    const shares = fontSize === smallest ? HYPHENATION_SHARES : HYPHENATION_SHARES.slice(0, 1);
    return shares.map((share, i) => ({ key: `h${fontSize}-${i}`, text: hyphenate(title, scaled, slotWidth, share), fontSize }));
  });
}

export function chooseHyphenated(candidates: TitleCandidate[], slot: Box, measured: Map<string, Box>): { fit: TitleFit; clamped: boolean } {
  const { fits, fitsWidth } = fitter(measured, slot);
  for (const c of candidates) if (fits(measured.get(c.key), c.fontSize)) return { fit: { text: c.text, fontSize: c.fontSize }, clamped: false };
  for (const c of candidates) if (fitsWidth(measured.get(c.key), c.fontSize)) return { fit: clampAt(c.text, c.fontSize, slot, measured), clamped: true };
  // Nothing fits across even broken up (a run of wide emoji, say): draw the finest split,
  // clamped; the overflow check after drawing reports it if it still does not fit.
  const finest = last(candidates);
  return { fit: clampAt(finest.text, finest.fontSize, slot, measured), clamped: true };
}
