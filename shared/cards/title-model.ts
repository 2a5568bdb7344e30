// The title's line breaks, predicted from the fonts themselves: the same shaper satori uses
// (HarfBuzz 0.10.0, bundled in satori 0.63), the same break opportunities (linebreak, UAX #14)
// and satori's own greedy line filling. With it, render.ts picks the title size before drawing
// and the card needs one satori pass instead of a measuring pass and a drawing pass.
//
// It only predicts what it can predict exactly: a title with a character that needs a fallback
// font (another script) or has no glyph at all is reported as unknown, and render.ts measures
// with satori instead; a line break within a hair of tipping is reported as a close call.
// Whatever it predicts is checked against satori's layout of the drawn card.
import type { FontWeight } from '../../themes/types.ts';
import type { CardFonts, SatoriFont } from './fonts.ts';

interface Hb {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: { destroy(): void }, index: number): { upem: number; collectUnicodes(): Uint32Array; destroy(): void };
  createFont(face: unknown): { setScale(x: number, y: number): void; destroy(): void };
  createBuffer(): {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): Array<{ cl: number; ax: number }>;
    destroy(): void;
  };
  shape(font: unknown, buffer: unknown, features?: string): void;
}
type Breaker = new (text: string) => { nextBreak(): { position: number } | null };

interface ShapingFont {
  font: ReturnType<Hb['createFont']>;
  upem: number;
  covers: Set<number>;
}

/**
 * A word as satori measures it: text shaped run by run (advance in em, clusters for the letter
 * spacing), and emoji drawn as pictures one em wide.
 */
interface Shaped {
  em: number;
  clusters: number;
  pictures: number;
}

/** Lines and box of a title at one size, as satori would lay it out in a column. */
export interface TitlePrediction {
  lines: number;
  /** Height of the text box: lines × the rounded line height. */
  height: number;
  /** Width of the text box: the column when wrapped, or its widest line if wider (a hanging space), rounded up. */
  width: number;
  /** What a line may hang past the column (one space), as fit-title.ts measures it with probes. */
  hang: number;
  /** Line breaks within a hair of tipping: the line count may be off by as many. */
  ties: number;
  /** False when a line break, or the rounding of the width, is within a hair of tipping. */
  certain: boolean;
}

// Far below a pixel, far above floating-point noise between two ways of adding the same widths.
const TIE = 0.01;

let libraries: Promise<{ hb: Hb; Breaker: Breaker } | undefined> | undefined;

/** HarfBuzz's WebAssembly and linebreak, loaded once; undefined if they cannot be (then every card is measured). */
function loadLibraries(): Promise<{ hb: Hb; Breaker: Breaker } | undefined> {
  libraries ??= (async () => {
    try {
      const [harfbuzz, linebreak] = await Promise.all([import('harfbuzzjs'), import('linebreak')]);
      return { hb: (await harfbuzz.default) as unknown as Hb, Breaker: linebreak.default as unknown as Breaker };
    } catch (error) {
      console.warn(`shared/cards: the title model cannot load (${(error as Error).message}); every card title is measured with satori instead, which is slower.`);
      return undefined;
    }
  })();
  return libraries;
}

/** WOFF 1 → the plain OpenType file HarfBuzz reads (each table inflated), as satori does. */
async function sfntOf(data: Buffer): Promise<Uint8Array> {
  if (data.toString('latin1', 0, 4) !== 'wOFF') return new Uint8Array(data);
  const { inflateSync } = await import('node:zlib');
  const tables = data.readUInt16BE(12);
  const out = Buffer.alloc(data.readUInt32BE(16));
  out.writeUInt32BE(data.readUInt32BE(4), 0);
  out.writeUInt16BE(tables, 4);
  const selector = Math.floor(Math.log2(tables));
  out.writeUInt16BE((1 << selector) * 16, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(tables * 16 - (1 << selector) * 16, 10);
  let offset = 12 + tables * 16;
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    const at = data.readUInt32BE(entry + 4);
    const compressed = data.readUInt32BE(entry + 8);
    const original = data.readUInt32BE(entry + 12);
    const record = 12 + i * 16;
    out.writeUInt32BE(data.readUInt32BE(entry), record);
    out.writeUInt32BE(data.readUInt32BE(entry + 16), record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(original, record + 12);
    const table = compressed < original ? inflateSync(data.subarray(at, at + compressed)) : data.subarray(at, at + original);
    table.copy(out, offset);
    offset += (original + 3) & ~3;
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

const shapingFonts = new WeakMap<Buffer, Promise<ShapingFont>>();

function shapingFont(hb: Hb, data: Buffer): Promise<ShapingFont> {
  let font = shapingFonts.get(data);
  if (!font) {
    font = (async () => {
      const blob = hb.createBlob(await sfntOf(data));
      const face = hb.createFace(blob, 0);
      const hbFont = hb.createFont(face);
      hbFont.setScale(face.upem, face.upem);
      const shaping = { font: hbFont, upem: face.upem, covers: new Set(face.collectUnicodes()) };
      face.destroy();
      blob.destroy();
      return shaping;
    })();
    shapingFonts.set(data, font);
  }
  return font;
}

const familyNames = (stack: string) => stack.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One font stack in one weight: the title's. */
export class TitleModel {
  private readonly hb: Hb;
  private readonly Breaker: Breaker;
  /** The stack's fonts in order, or undefined for a family without this exact weight. */
  private readonly fonts: Array<ShapingFont | undefined>;
  /** Characters some loaded font has (satori looks through all of them before it asks for a picture). */
  private readonly anyFont: Set<number>;
  private readonly emojiPicture: (grapheme: string) => boolean;
  private readonly shaped = new Map<string, Shaped | null>();

  private constructor(hb: Hb, Breaker: Breaker, fonts: Array<ShapingFont | undefined>, anyFont: Set<number>, emojiPicture: (grapheme: string) => boolean) {
    this.hb = hb;
    this.Breaker = Breaker;
    this.fonts = fonts;
    this.anyFont = anyFont;
    this.emojiPicture = emojiPicture;
  }

  /**
   * `emojiPicture`: whether satori gets a picture for a grapheme no font has (glyphs.ts asks
   * Twemoji); other graphemes without a font are missing glyphs, and not modelled.
   */
  static async create(fonts: CardFonts['fonts'], stack: string, weight: FontWeight, emojiPicture: (grapheme: string) => boolean): Promise<TitleModel | undefined> {
    const libs = await loadLibraries();
    if (!libs) return undefined;
    const byName = new Map<string, SatoriFont>();
    for (const font of fonts) if (font.weight === weight && !byName.has(font.name.toLowerCase())) byName.set(font.name.toLowerCase(), font);
    const stackFonts = await Promise.all(
      familyNames(stack).map((name) => {
        const font = byName.get(name);
        return font ? shapingFont(libs.hb, font.data) : undefined;
      }),
    );
    const anyFont = new Set<number>();
    for (const font of await Promise.all(fonts.map((font) => shapingFont(libs.hb, font.data)))) for (const code of font.covers) anyFont.add(code);
    return new TitleModel(libs.hb, libs.Breaker, stackFonts, anyFont, emojiPicture);
  }

  /** satori draws a grapheme as a picture when no font has it (or it asks for emoji style) and it is an emoji. */
  private isPicture(grapheme: string): boolean | null {
    const asEmoji = /[\uFE0F\u20E3]/.test(grapheme);
    if (!asEmoji && this.anyFont.has(grapheme.codePointAt(0)!)) return false;
    return this.emojiPicture(grapheme) ? true : null;
  }

  /**
   * satori's font for a grapheme: the first in the stack that has its first character. A family
   * without the exact weight would make satori pick a neighbouring weight: not modelled.
   */
  private fontFor(code: number): ShapingFont | undefined | null {
    for (const font of this.fonts) {
      if (!font) return null;
      if (font.covers.has(code)) return font;
    }
    return null;
  }

  /**
   * A word's advance in em and its clusters, run by run as satori splits it by font; null if not
   * modelled. `features`: with letter spacing, satori (like browsers) turns optional ligatures off.
   */
  private shape(text: string, features: string | undefined): Shaped | null {
    const key = `${features ?? ''}\u0000${text}`;
    const known = this.shaped.get(key);
    if (known !== undefined) return known;
    const result = this.shapeNow(text, features);
    this.shaped.set(key, result);
    return result;
  }

  private shapeNow(text: string, features: string | undefined): Shaped | null {
    const result: Shaped = { em: 0, clusters: 0, pictures: 0 };
    const runs: Array<{ text: string; font: ShapingFont }> = [];
    // A picture splits the text: satori measures the pieces on either side apart.
    let current: { text: string; font: ShapingFont } | undefined;
    for (const { segment } of graphemes.segment(text)) {
      const picture = this.isPicture(segment);
      if (picture === null) return null;
      if (picture) {
        result.pictures++;
        current = undefined;
        continue;
      }
      const code = segment.codePointAt(0)!;
      // Outside the BMP satori caches fonts by half a surrogate pair: not modelled.
      if (code > 0xffff) return null;
      // Whitespace stays with the run's font when that font has it (satori's splitByFont).
      const font = /^\s$/.test(segment) && current?.font.covers.has(code) ? current.font : this.fontFor(code);
      if (!font) return null;
      if (current && current.font === font) current.text += segment;
      else {
        current = { text: segment, font };
        runs.push(current);
      }
    }
    for (const run of runs) {
      const buffer = this.hb.createBuffer();
      try {
        buffer.addText(run.text);
        buffer.guessSegmentProperties();
        if (features) this.hb.shape(run.font.font, buffer, features);
        else this.hb.shape(run.font.font, buffer);
        const glyphs = buffer.json();
        let advance = 0;
        for (let i = 0; i < glyphs.length; i++) {
          advance += glyphs[i]!.ax;
          if (glyphs[i + 1]?.cl !== glyphs[i]!.cl) result.clusters++;
        }
        result.em += advance / run.font.upem;
      } finally {
        buffer.destroy();
      }
    }
    return result;
  }

  /** satori's width of a piece of text: each font run scaled, letter spacing after every cluster, pictures one em. */
  private measure(text: string, fontSize: number, letterSpacing: number): number | undefined {
    const shaped = this.shape(text, letterSpacing !== 0 ? '-liga,-clig' : undefined);
    return shaped ? shaped.em * fontSize + letterSpacing * shaped.clusters + shaped.pictures * fontSize : undefined;
  }

  private words(text: string): string[] {
    const breaker = new this.Breaker(text);
    const words: string[] = [];
    let last = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      words.push(text.slice(last, bk.position));
      last = bk.position;
    }
    return words;
  }

  /** satori's greedy line filling at one width (the flow in its text layout). */
  private flow(words: string[], fontSize: number, letterSpacing: number, width: number): { lines: number; box: number; ties: number; certain: boolean } | undefined {
    let ties = 0;
    let lines = 0;
    let current = 0;
    // The widest line, with the space it may have broken at (satori's box counts it).
    let widest = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const w = this.measure(word, fontSize, letterSpacing);
      const trimmed = word.trimEnd() === word ? w : this.measure(word.trimEnd(), fontSize, letterSpacing);
      if (w === undefined || trimmed === undefined) return undefined;
      // The trailing space may hang past the edge; the word itself may not.
      const limit = width + (w - trimmed);
      if (i > 0 && Math.abs(current + w - limit) < TIE) ties++;
      if (i > 0 && current + w > limit) {
        lines++;
        current = w;
      } else {
        current += w;
      }
      widest = Math.max(widest, current);
    }
    if (current) lines++;
    // A wrapped title is as wide as the column, or wider by a hanging space (rounded up).
    const wrapped = lines > 1 ? width : 0;
    const roundingTie = widest > wrapped - 1 && Math.abs(widest - Math.round(widest)) < TIE;
    return { lines, box: Math.ceil(Math.max(wrapped, widest)), ties, certain: ties === 0 && !roundingTie };
  }

  /**
   * The title laid out in a column `width` wide, at `fontSize` with `letterSpacing` px and a
   * unitless `lineHeight`; undefined when the text is not modelled.
   */
  predict(text: string, fontSize: number, letterSpacing: number, lineHeight: number, width: number): TitlePrediction | undefined {
    const words = this.words(text);
    const first = this.flow(words, fontSize, letterSpacing, width);
    if (!first) return undefined;
    let { lines, ties, certain } = first;
    // A box wider than the column (a hanging space, a long word) gets that width, and satori
    // lays the text out again in it: sometimes in fewer lines.
    if (first.box > width) {
      const again = this.flow(words, fontSize, letterSpacing, first.box);
      if (!again) return undefined;
      lines = again.lines;
      ties += again.ties;
      certain &&= again.certain;
    }
    const tight = this.measure('ÅgÉ', fontSize, letterSpacing);
    const spacedStart = this.measure('Åg ', fontSize, letterSpacing);
    const spacedEnd = this.measure('É', fontSize, letterSpacing);
    const hang = tight === undefined || spacedStart === undefined || spacedEnd === undefined ? 0 : Math.max(0, Math.ceil(spacedStart + spacedEnd) - Math.ceil(tight));
    return { lines, height: lines * Math.round(fontSize * lineHeight), width: first.box, hang, ties, certain };
  }
}

const models = new WeakMap<CardFonts['fonts'], Map<string, Promise<TitleModel | undefined>>>();

/** The model for a font stack and weight, made once per process (fonts are one array per theme). */
export function titleModel(
  fonts: CardFonts['fonts'],
  stack: string,
  weight: FontWeight,
  emojiPicture: (grapheme: string) => boolean,
): Promise<TitleModel | undefined> {
  let byStack = models.get(fonts);
  if (!byStack) {
    byStack = new Map();
    models.set(fonts, byStack);
  }
  const key = `${stack} ${weight}`;
  let model = byStack.get(key);
  if (!model) {
    model = TitleModel.create(fonts, stack, weight, emojiPicture);
    byStack.set(key, model);
  }
  return model;
}
