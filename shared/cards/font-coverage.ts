// Which characters a font file has a glyph for, read from its cmap table (TTF/OTF, or WOFF as
// @fontsource ships them). satori checks a piece of text by its first character only, so a
// combining mark no font has (a decomposed "č" is "c" + U+030C) is drawn as a .notdef box
// without a word; the card checks ask this instead. Read once per font file.
import { inflateSync } from 'node:zlib';

const coverage = new WeakMap<Buffer, Set<number>>();

/** Every code point the font maps to a real glyph (not .notdef). */
export function fontCoverage(font: Buffer): Set<number> {
  let known = coverage.get(font);
  if (!known) {
    known = readCoverage(font);
    coverage.set(font, known);
  }
  return known;
}

function tableData(font: Buffer, tag: string): Buffer | undefined {
  const signature = font.toString('latin1', 0, 4);
  if (signature === 'wOFF') {
    const count = font.readUInt16BE(12);
    for (let i = 0; i < count; i++) {
      const entry = 44 + i * 20;
      if (font.toString('latin1', entry, entry + 4) !== tag) continue;
      const offset = font.readUInt32BE(entry + 4);
      const compressed = font.readUInt32BE(entry + 8);
      const original = font.readUInt32BE(entry + 12);
      const data = font.subarray(offset, offset + compressed);
      return compressed < original ? inflateSync(data) : data;
    }
    return undefined;
  }
  if (signature === 'wOF2') throw new Error('font-coverage: WOFF2 is not read here; cards use .woff files');
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    if (font.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = font.readUInt32BE(entry + 8);
    return font.subarray(offset, offset + font.readUInt32BE(entry + 12));
  }
  return undefined;
}

function readCoverage(font: Buffer): Set<number> {
  const cmap = tableData(font, 'cmap');
  const found = new Set<number>();
  if (!cmap) return found;
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    // Unicode subtables only: Windows BMP (3,1) and full repertoire (3,10), and the Unicode platform (0).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const table = cmap.subarray(cmap.readUInt32BE(8 + i * 8));
    const format = table.readUInt16BE(0);
    if (format === 4) readFormat4(table, found);
    else if (format === 12) readFormat12(table, found);
  }
  return found;
}

function readFormat4(table: Buffer, found: Set<number>) {
  const segments = table.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = table.readUInt16BE(ends + s * 2);
    const start = table.readUInt16BE(starts + s * 2);
    const delta = table.readInt16BE(deltas + s * 2);
    const rangeOffset = table.readUInt16BE(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        glyph = at + 2 <= table.length ? table.readUInt16BE(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) found.add(code);
    }
  }
}

function readFormat12(table: Buffer, found: Set<number>) {
  const groups = table.readUInt32BE(12);
  for (let g = 0; g < groups; g++) {
    const start = table.readUInt32BE(16 + g * 12);
    const end = table.readUInt32BE(20 + g * 12);
    const firstGlyph = table.readUInt32BE(24 + g * 12);
    for (let code = start; code <= end; code++) if (firstGlyph + (code - start) !== 0) found.add(code);
  }
}
