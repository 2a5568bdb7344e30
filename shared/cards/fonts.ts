// The fonts a card is set in: the theme's own (latin + latin-ext) and Noto Sans for other scripts.
// Files are read once per process, and each theme's font list is one array for the whole process,
// because satori caches parsed fonts per `fonts` array.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fallbackFontFiles, fontFiles, type CardFontFile } from '../../themes/index.ts';
import type { FontWeight, Theme, ThemeFont } from '../../themes/types.ts';

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

export interface FontChoice {
  /** A CSS font-family list: the family's subsets first, then the fallback fonts. */
  stack: string;
  weight: FontWeight;
}

export interface CardFonts {
  fonts: SatoriFont[];
  heading: FontChoice;
  body: FontChoice;
  /** The body family in its strongest weight up to 700 (date line, eyebrow). */
  bodyStrong: FontChoice;
  /** Names, weights, files and package versions: changes whenever a glyph could change. */
  fingerprint: string[];
}

const fileData = new Map<string, Buffer>();
const fontSets = new Map<string, SatoriFont[]>();
const require = createRequire(import.meta.url);
const packageVersions = new Map<string, string>();

function readFont(path: string): Buffer {
  let data = fileData.get(path);
  if (!data) {
    data = readFileSync(path);
    fileData.set(path, data);
  }
  return data;
}

function packageVersion(pkg: string): string {
  let version = packageVersions.get(pkg);
  if (!version) {
    version = (require(`${pkg}/package.json`) as { version: string }).version;
    packageVersions.set(pkg, version);
  }
  return version;
}

const quote = (name: string) => `"${name.replace(/"/g, '')}"`;

function choice(font: ThemeFont, weight: FontWeight, files: CardFontFile[]): FontChoice {
  const own = files.filter((file) => file.role === 'theme' && file.family === font.family).map((file) => file.name);
  const fallback = files.filter((file) => file.role === 'fallback').map((file) => file.name);
  return { stack: [...new Set([...own, ...fallback])].map(quote).join(', '), weight };
}

/** The theme lists the weight it uses by default first (the schema guarantees one). */
const regular = (font: ThemeFont): FontWeight => font.weights[0] ?? 400;

function strongest(font: ThemeFont): FontWeight {
  const base = regular(font);
  const heavier = font.weights.filter((weight) => weight > base && weight <= 700);
  return heavier.length > 0 ? (Math.max(...heavier) as FontWeight) : base;
}

// One answer per theme object: the files are the installed packages', fixed for the process.
const perTheme = new WeakMap<Theme, CardFonts>();

export function cardFonts(theme: Theme): CardFonts {
  let known = perTheme.get(theme);
  if (!known) {
    known = fontsOf(theme);
    perTheme.set(theme, known);
  }
  return known;
}

function fontsOf(theme: Theme): CardFonts {
  const files = [...fontFiles(theme), ...fallbackFontFiles()];
  const key = files.map((file) => `${file.name}|${file.weight}|${file.path}`).join('\n');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = files.map((file) => ({ name: file.name, data: readFont(file.path), weight: file.weight, style: 'normal' as const }));
    fontSets.set(key, fonts);
  }
  const { heading, body } = theme.fonts;
  return {
    fonts,
    heading: choice(heading, regular(heading), files),
    body: choice(body, regular(body), files),
    bodyStrong: choice(body, strongest(body), files),
    fingerprint: files.map((file) => {
      const pkg = [heading, body].find((font) => font.family === file.family)?.fontsource ?? '@fontsource/noto-sans';
      return `${file.name} ${file.weight} ${basename(file.path)} ${pkg}@${packageVersion(pkg)}`;
    }),
  };
}
