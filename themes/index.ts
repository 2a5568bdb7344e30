// Themes for the build (Node): find the theme folders, load and resolve a theme, and hand out
// what pages and share cards need from it — CSS tokens, font files, the logo.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** CSS import specifiers for the theme's fonts (all subsets), e.g. "@fontsource/nunito/400.css". */
export function fontImports(theme: Theme): string[] {
  return fontsInUse(theme).flatMap((font) => font.weights.map((weight) => `${font.fontsource}/${weight}.css`));
}

/**
 * The font files the first screen needs, to preload: latin, the heading's weight and the
 * body's regular and bold. Loaded early they are in place before first paint, so text does
 * not reflow (and move the page) when they arrive.
 */
export function fontPreloads(theme: Theme): string[] {
  const { body, heading } = theme.fonts;
  const wanted: Array<[ThemeFont, FontWeight]> = [[heading, heading.weights[0]!], [body, body.weights[0]!], [body, Math.max(...body.weights) as FontWeight]];
  const files = wanted.map(([font, weight]) => `${font.fontsource}/files/${fontId(font.fontsource)}-latin-${weight}-normal.woff2`);
  return [...new Set(files)];
}

export interface FontAsset {
  /** Absolute path of the font file in node_modules. */
  path: string;
  /** File name, as referenced from fontFaceCss under its baseUrl. */
  fileName: string;
}

/**
 * @font-face rules for the theme's fonts, every subset with its unicode-range (taken from the
 * @fontsource CSS), pointing at `baseUrl` + file name. Copy `fontAssets(theme)` there.
 */
export function fontFaceCss(theme: Theme, options: { baseUrl?: string } = {}): string {
  const baseUrl = options.baseUrl ?? '/fonts/';
  return fontsInUse(theme)
    .flatMap((font) =>
      font.weights.map((weight) =>
        readFileSync(join(packageDir(font.fontsource), `${weight}.css`), 'utf8').replace(
          /url\(\.\/files\/([^)]+)\)/g,
          (_, file: string) => `url(${baseUrl}${file})`,
        ),
      ),
    )
    .join('\n');
}

/** The font files fontFaceCss refers to, to copy next to the site's pages. */
export function fontAssets(theme: Theme): FontAsset[] {
  const assets = new Map<string, FontAsset>();
  for (const font of fontsInUse(theme)) {
    const dir = packageDir(font.fontsource);
    for (const weight of font.weights) {
      const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
      for (const [, fileName = ''] of css.matchAll(/url\(\.\/files\/([^)]+)\)/g))
        assets.set(fileName, { path: join(dir, 'files', fileName), fileName });
    }
  }
  return [...assets.values()];
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
