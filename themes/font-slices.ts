// The theme fonts' latin face, cut in two by unicode-range, the way Google Fonts slices its
// fonts: a core slice with the letters Norwegian pages are written in, and the rest of
// @fontsource's latin subset. A browser downloads a slice only when the page uses one of its
// letters, so a page normally fetches the core slice alone: 8–14 KB instead of 13–22 KB per
// face, each within the first TCP window of a fresh connection (about 14 KB) on a phone's
// slow first visit. The slices are made with HarfBuzz (subset-font) and kept in a cache by
// content hash, so a build cuts each face once.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * What the core slice covers: ASCII; æ ø å, the accented letters of names and loan words
 * (é, ü, á …) and the signs the sites print (©, ·, «», °); Norwegian quotes, dashes and
 * ellipsis, ‹ › of the pager, € and the minus sign. Sami letters (č đ ŋ š ŧ ž) are in
 * @fontsource's latin-ext file, which already loads only when used.
 */
export const CORE_TEXT =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u00ad©·«»°×½ÆØÅæøåÄÖÜäöüßáàéèêóòôúíçÁÉ' +
  '–—‘’‚“”„…•‹›€−';

/** OpenType features the slices keep: kerning, ligatures and contextual alternates. */
const CORE_FEATURES = ['kern', 'liga', 'calt'];
// The rest slice also holds combining marks and letters some languages draw their own way.
const REST_FEATURES = [...CORE_FEATURES, 'ccmp', 'locl', 'mark', 'mkmk'];

/** A set of code points as a CSS unicode-range value: "U+0020-007E,U+00A0,…". */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** A CSS unicode-range value ("U+0000-00FF,U+0131,U+2000-206F") as a set of code points. */
export function parseUnicodeRange(range: string): Set<number> {
  const codePoints = new Set<number>();
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range: "${part}" in "${range}"`);
    const from = parseInt(match[1]!, 16);
    const to = match[2] ? parseInt(match[2], 16) : from;
    for (let c = from; c <= to; c++) codePoints.add(c);
  }
  return codePoints;
}

export interface FontSlice {
  /** Absolute path of the slice's woff2 file (in the cache). */
  path: string;
  /** The code points it is for, as a CSS unicode-range. */
  unicodeRange: string;
}

export interface LatinSlices {
  core: FontSlice;
  rest: FontSlice;
}

const CORE_CODE_POINTS = new Set([...CORE_TEXT].map((c) => c.codePointAt(0)!));

const requireHere = createRequire(import.meta.url);
let cacheDirectory: string | undefined;

/** node_modules/.cache/fasett-fonts of the project: the one subset-font is installed in. */
function cacheDir(): string {
  cacheDirectory ??= join(requireHere.resolve('subset-font').replace(/[\\/]subset-font[\\/].*$/, ''), '.cache', 'fasett-fonts');
  return cacheDirectory;
}

const subsetFontVersion = (): string => (requireHere('subset-font/package.json') as { version: string }).version;

/** Cuts (or finds in the cache) one slice; files are named after the source, under a content-hash folder. */
async function slice(source: Buffer, sourceName: string, slicename: string, codePoints: number[], features: string[]): Promise<string> {
  const text = String.fromCodePoint(...codePoints);
  const key = createHash('sha256').update(source).update('\0').update(text).update('\0').update(features.join(',')).update('\0').update(subsetFontVersion()).digest('hex').slice(0, 16);
  const path = join(cacheDir(), key, sourceName.replace('-latin-', `-${slicename}-`));
  if (existsSync(path)) return path;
  const bytes = await subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: features });
  mkdirSync(join(cacheDir(), key), { recursive: true });
  // Written aside and renamed: builds of several sites may cut the same face at once.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return path;
}

/**
 * The core and rest slices of an @fontsource latin woff2 file whose @font-face declares
 * `latinRange`. Together they cover every code point the file covered, each exactly once.
 */
export async function sliceLatinFace(latinWoff2: string, latinRange: string): Promise<LatinSlices> {
  const source = readFileSync(latinWoff2);
  const all = [...parseUnicodeRange(latinRange)];
  const core = all.filter((c) => CORE_CODE_POINTS.has(c));
  const rest = all.filter((c) => !CORE_CODE_POINTS.has(c));
  const missing = [...CORE_CODE_POINTS].filter((c) => !all.includes(c));
  if (missing.length) throw new Error(`${basename(latinWoff2)}: the core slice's ${formatUnicodeRange(missing)} is outside its latin range ${latinRange}`);
  const name = basename(latinWoff2);
  const [corePath, restPath] = await Promise.all([slice(source, name, 'latin-core', core, CORE_FEATURES), slice(source, name, 'latin-rest', rest, REST_FEATURES)]);
  return { core: { path: corePath, unicodeRange: formatUnicodeRange(core) }, rest: { path: restPath, unicodeRange: formatUnicodeRange(rest) } };
}
