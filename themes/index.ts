// Themes for the build (Node): find the theme folders, load and resolve a theme, and hand out
// what pages and share cards need from it — CSS tokens, font files, the logo.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { sliceLatinFace } from './font-slices.ts';
import { resolveTheme } from './resolve.ts';
import { FONT_PACKAGES, THEME_NAME, type FontPackage, type FontWeight, type Theme, type ThemeFont } from './types.ts';

export * from './types.ts';
export { contrastRatio, colorPairs, checkTheme, describeFailures, type ColorPair, type ContrastFailure } from './contrast.ts';
export { themeCss, themeProperties, fontStack } from './css.ts';
export { mergeTheme, resolveTheme } from './resolve.ts';

/**
 * The themes/ folder. When this module is bundled (an Astro build), import.meta.url points into
 * the bundle, so fall back to themes/ under the working directory (the project root).
 */
function themesDir(): string {
  const candidates = [dirname(fileURLToPath(import.meta.url)), resolve(process.cwd(), 'themes')];
  const found = candidates.find((dir) => existsSync(join(dir, 'base', 'theme.ts')));
  if (!found) throw new Error(`No themes folder found (looked in ${candidates.join(' and ')})`);
  return found;
}

/** Names of the theme folders (each holding a theme.ts), sorted. */
export function themeNames(): string[] {
  const dir = themesDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && THEME_NAME.test(entry.name) && existsSync(join(dir, entry.name, 'theme.ts')))
    .map((entry) => entry.name)
    .sort();
}

const loaded = new Map<string, Promise<Theme>>();

/**
 * The resolved theme `name`: its theme.ts merged over the theme it extends, schema-checked,
 * contrast-checked (WCAG 2.1 AA) and with its logo present. Cached and frozen.
 */
export function loadTheme(name: string): Promise<Theme> {
  let theme = loaded.get(name);
  if (!theme) {
    theme = resolveByName(name);
    loaded.set(name, theme);
    // A failed load is not cached, so a fixed theme file loads on the next try (dev server).
    theme.catch(() => loaded.delete(name));
  }
  return theme;
}

/** The theme as a site uses it: its site config's layout choices laid over the theme's. */
export async function loadSiteTheme(name: string, layout?: Partial<Theme['layout']>): Promise<Theme> {
  const theme = await loadTheme(name);
  return layout ? Object.freeze({ ...theme, layout: Object.freeze({ ...theme.layout, ...layout }) }) : theme;
}

function unknownTheme(name: string, available: string[]): Error {
  return new Error(`Unknown theme "${name}". Available themes: ${available.join(', ')}`);
}

async function resolveByName(name: string): Promise<Theme> {
  const available = themeNames();
  if (!available.includes(name)) throw unknownTheme(name, available);

  // Read the whole extends chain first; resolveTheme is synchronous and pure.
  const definitions = new Map<string, unknown>();
  for (let next: unknown = name; typeof next === 'string' && !definitions.has(next); ) {
    if (!available.includes(next)) throw new Error(`Theme "${[...definitions.keys()].at(-1)}" extends "${next}", which does not exist. Available themes: ${available.join(', ')}`);
    const module = (await import(`./${next}/theme.ts`)) as { default?: unknown };
    if (module.default === undefined) throw new Error(`themes/${next}/theme.ts has no default export (export default defineTheme({...}))`);
    definitions.set(next, module.default);
    next = (module.default as { extends?: unknown }).extends;
  }
  const theme = resolveTheme(name, (n) => definitions.get(n));

  const logo = join(themesDir(), theme.name, theme.logo);
  if (!existsSync(logo)) throw new Error(`Theme "${theme.name}": logo "${theme.logo}" is not in themes/${theme.name}/`);
  return theme;
}

/** The theme's logo, as SVG text (for inlining in pages and embedding in share cards). */
export function logoSvg(theme: Theme): string {
  return readFileSync(logoPath(theme), 'utf8');
}

/** Absolute path of the theme's logo file. */
export function logoPath(theme: Theme): string {
  return join(themesDir(), theme.name, theme.logo);
}

// ─── fonts ─────────────────────────────────────────────────────────────────────

// Resolved from the themes folder, not from this module: a bundled copy may live outside the project.
let requireFromThemes: NodeJS.Require | undefined;
// Resolving a package is a walk of the file system: once per package and process (a build asks
// for every card's fonts, thousands of times).
const packageDirs = new Map<FontPackage, string>();

function packageDir(pkg: FontPackage): string {
  let dir = packageDirs.get(pkg);
  if (!dir) {
    requireFromThemes ??= createRequire(join(themesDir(), 'index.ts'));
    dir = dirname(requireFromThemes.resolve(`${pkg}/package.json`));
    packageDirs.set(pkg, dir);
  }
  return dir;
}

/** "@fontsource/source-sans-3" → "source-sans-3", the prefix of its file names. */
function fontId(pkg: FontPackage): string {
  return pkg.slice(pkg.indexOf('/') + 1);
}

/** Each font package once, with the union of the weights body and heading use from it. */
function fontsInUse(theme: Theme): ThemeFont[] {
  const byPackage = new Map<FontPackage, ThemeFont>();
  for (const font of [theme.fonts.body, theme.fonts.heading]) {
    const weights = new Set([...(byPackage.get(font.fontsource)?.weights ?? []), ...font.weights]);
    byPackage.set(font.fontsource, { ...font, weights: [...weights].sort((a, b) => a - b) });
  }
  return [...byPackage.values()];
}

/** One @font-face of the theme's web fonts: a font, a weight and the letters it is for. */
export interface WebFontFace {
  family: string;
  weight: FontWeight;
  /** @fontsource's subset name ("latin-ext", "cyrillic" …), or "latin-core" / "latin-rest". */
  subset: string;
  unicodeRange: string;
  /** Absolute path of the woff2 file. */
  path: string;
}

/** The @font-face blocks of an @fontsource weight CSS file: subset, woff2 file and unicode-range. */
function fontsourceFaces(font: ThemeFont, weight: FontWeight): Array<Omit<WebFontFace, 'family' | 'weight'>> {
  const dir = packageDir(font.fontsource);
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  const prefix = `${fontId(font.fontsource)}-`;
  const suffix = `-${weight}-normal`;
  return [...css.matchAll(/\/\* ([\w-]+) \*\/\s*@font-face\s*\{([^}]*)\}/g)].map(([, name = '', body = '']) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
    if (!name.startsWith(prefix) || !name.endsWith(suffix) || !file || !unicodeRange) throw new Error(`${font.fontsource}/${weight}.css: cannot read the @font-face "${name}"`);
    return { subset: name.slice(prefix.length, -suffix.length), unicodeRange, path: join(dir, 'files', file) };
  });
}

/**
 * Every @font-face the theme's pages need: each font and weight in all @fontsource subsets,
 * with latin cut into a core and a rest slice (themes/font-slices.ts). Each face has its
 * unicode-range, so a browser fetches only the files for the letters a page uses.
 */
export async function webFontFaces(theme: Theme): Promise<WebFontFace[]> {
  const faces: WebFontFace[] = [];
  for (const font of fontsInUse(theme)) {
    for (const weight of font.weights) {
      for (const face of fontsourceFaces(font, weight)) {
        if (face.subset !== 'latin') {
          faces.push({ family: font.family, weight, ...face });
          continue;
        }
        const { core, rest } = await sliceLatinFace(face.path, face.unicodeRange);
        faces.push({ family: font.family, weight, subset: 'latin-core', ...core }, { family: font.family, weight, subset: 'latin-rest', ...rest });
      }
    }
  }
  return faces;
}

/** The faces as CSS; `url` gives each file's URL (or the path a bundler resolves). */
export function fontFaceCss(faces: readonly WebFontFace[], url: (path: string) => string): string {
  return faces
    .map((face) => `@font-face{font-family:${JSON.stringify(face.family)};font-style:normal;font-display:swap;font-weight:${face.weight};src:url(${JSON.stringify(url(face.path))}) format("woff2");unicode-range:${face.unicodeRange}}`)
    .join('\n');
}

/**
 * The font files the first screen needs, to preload: the core slices of the heading's weight
 * and the body's regular and bold. Loaded early they are in place before first paint, so text
 * does not reflow (and move the page) when they arrive.
 */
export function fontPreloads(theme: Theme, faces: readonly WebFontFace[]): string[] {
  const { body, heading } = theme.fonts;
  const wanted: Array<[ThemeFont, FontWeight]> = [[heading, heading.weights[0]!], [body, body.weights[0]!], [body, Math.max(...body.weights) as FontWeight]];
  const files = wanted.map(([font, weight]) => {
    const face = faces.find((f) => f.family === font.family && f.weight === weight && f.subset === 'latin-core');
    if (!face) throw new Error(`Theme "${theme.name}": no latin face of ${font.family} ${weight}`);
    return face.path;
  });
  return [...new Set(files)];
}

export interface CardFontFile {
  /**
   * The name to register with satori. satori uses only the first font of a given name and
   * weight, so each subset gets its own name ("Nunito", "Nunito latin-ext"); satori falls
   * back through all registered fonts for letters the first lacks.
   */
  name: string;
  /** The CSS family (what card markup asks for in fontFamily). */
  family: string;
  subset: string;
  weight: FontWeight;
  style: 'normal';
  /** Absolute path to the .woff file (satori reads .woff, not .woff2). */
  path: string;
  /** The theme's own fonts, or the Noto Sans fallback for other scripts. */
  role: 'theme' | 'fallback';
}

function woffFile(pkg: FontPackage, subset: string, weight: FontWeight): string {
  return join(packageDir(pkg), 'files', `${fontId(pkg)}-${subset}-${weight}-normal.woff`);
}

function cardFontFile(font: ThemeFont, subset: string, weight: FontWeight, role: CardFontFile['role']): CardFontFile {
  const path = woffFile(font.fontsource, subset, weight);
  if (!existsSync(path)) throw new Error(`Font file missing: ${path} (is ${font.fontsource} installed?)`);
  const name = subset === 'latin' ? font.family : `${font.family} ${subset}`;
  return { name, family: font.family, subset, weight, style: 'normal', path, role };
}

/**
 * The theme's fonts as .woff files for the share-card renderer: latin and latin-ext (Norwegian,
 * and Northern Sami á č đ ŋ š ŧ ž), every weight the theme uses. latin files come first.
 */
export function fontFiles(theme: Theme): CardFontFile[] {
  const files: CardFontFile[] = [];
  for (const subset of ['latin', 'latin-ext']) {
    for (const font of fontsInUse(theme))
      for (const weight of font.weights) files.push(cardFontFile(font, subset, weight, 'theme'));
  }
  return files;
}

const FALLBACK_FONT: ThemeFont = { family: FONT_PACKAGES['@fontsource/noto-sans'].family, fontsource: '@fontsource/noto-sans', weights: [400, 700] };

/** Noto Sans (latin, latin-ext, cyrillic, greek; 400 and 700) for letters the theme fonts lack. */
export function fallbackFontFiles(): CardFontFile[] {
  return ['latin', 'latin-ext', 'cyrillic', 'greek'].flatMap((subset) =>
    FALLBACK_FONT.weights.map((weight) => {
      const file = cardFontFile(FALLBACK_FONT, subset, weight, 'fallback');
      // Its own names, so a theme that also uses Noto Sans does not shadow them.
      return { ...file, name: `Fasett fallback ${subset}` };
    }),
  );
}
