import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { create } from 'fontkitten';

import baseDefinition from '../../../themes/base/theme.ts';
import { defineSite } from '../../../shared/config/define-site.ts';
import {
  fallbackFontFiles,
  fontFaceCss,
  fontFiles,
  fontPreloads,
  loadSiteTheme,
  loadTheme,
  logoSvg,
  themeCss,
  themeNames,
  validateTheme,
  webFontFaces,
  ThemeValidationError,
  type Theme,
} from '../../../themes/index.ts';

const SITE_THEMES = ['bydelshus', 'appelsinia', 'ibsenbiblioteket'];
const ACCENT_KEYS: Record<string, string[]> = {
  base: ['fjord', 'skog'],
  bydelshus: ['fjord', 'skog', 'solsikke', 'kveld'],
  appelsinia: ['fjord', 'skog', 'appelsin', 'lilla'],
  ibsenbiblioteket: ['fjord', 'skog', 'blekk', 'rosin'],
};
// Northern Sami letters beyond Norwegian's æ ø å.
const SAMI_LETTERS = ['á', 'č', 'đ', 'ŋ', 'š', 'ŧ', 'ž', 'Á', 'Č', 'Đ', 'Ŋ', 'Š', 'Ŧ', 'Ž'];

test('themeNames lists the theme folders', () => {
  assert.equal(themeNames(), ['appelsinia', 'base', 'bydelshus', 'ibsenbiblioteket']);
});

test('loadTheme lays the site theme over base', async () => {
  const base = await loadTheme('base');
  const theme = await loadTheme('bydelshus');
  assert.is(theme.name, 'bydelshus');
  assert.is(theme.extends, 'base');
  assert.is(theme.label, 'Bydelshus');
  // Its own tokens win …
  assert.is.not(theme.colors.primary, base.colors.primary);
  assert.is(theme.fonts.heading.family, 'Nunito');
  assert.is(theme.spacing.l, '1.75rem');
  // … and what it leaves out comes from base.
  assert.is(theme.colors.alertCritical, base.colors.alertCritical);
  assert.is(theme.colors.statusCancelled, base.colors.statusCancelled);
  assert.is(theme.spacing.xs, base.spacing.xs);
  // A re-tuned inherited accent keeps base's label.
  assert.is.not(theme.accents['fjord']?.background, base.accents['fjord']?.background);
  assert.is(theme.accents['fjord']?.label, 'Fjord');
  assert.ok(Object.isFrozen(theme.colors), 'resolved themes are shared and frozen');
});

for (const [name, keys] of Object.entries(ACCENT_KEYS)) {
  test(`${name}: accents are exactly ${keys.join(', ')}`, async () => {
    const theme = await loadTheme(name);
    assert.equal(Object.keys(theme.accents), keys);
    for (const key of keys) assert.ok(theme.accents[key]?.label, `${key} has a label`);
  });
}

test('themeCss sets every token as a --fasett-* property on :root', async () => {
  const theme = await loadTheme('appelsinia');
  const css = themeCss(theme);
  assert.match(css, /^\/\* Fasett theme: appelsinia \*\/\n:root \{\n/);
  assert.ok(css.includes(`--fasett-color-primary: ${theme.colors.primary};`));
  assert.ok(css.includes(`--fasett-color-text-muted: ${theme.colors.textMuted};`));
  assert.ok(css.includes(`--fasett-color-on-alert-critical: ${theme.colors.onAlertCritical};`));
  assert.ok(css.includes(`--fasett-color-status-sold-out: ${theme.colors.statusSoldOut};`));
  assert.ok(css.includes(`--fasett-accent-appelsin-bg: ${theme.accents['appelsin']?.background};`));
  assert.ok(css.includes(`--fasett-accent-lilla-text: ${theme.accents['lilla']?.text};`));
  assert.match(css, /--fasett-font-heading: "Space Grotesk", [^;]*sans-serif;/);
  assert.match(css, /--fasett-font-body: "Noto Sans", [^;]*sans-serif;/);
  assert.ok(css.includes('--fasett-radius: 0;'));
  assert.ok(css.includes('--fasett-space-m: 1rem;'));
  assert.match(themeCss(await loadTheme('ibsenbiblioteket')), /--fasett-font-heading: "Source Serif 4", [^;]*serif;/);
  assert.ok(themeCss(theme, '.preview').includes('.preview {'));
});

function rangesCover(unicodeRange: string, codePoint: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}

for (const name of ['base', ...SITE_THEMES]) {
  test(`${name}: share-card fonts are on disk, latin and latin-ext, every weight used`, async () => {
    const theme = await loadTheme(name);
    const files = fontFiles(theme);
    for (const file of files) {
      assert.ok(existsSync(file.path), file.path);
      assert.match(file.path, /\.woff$/);
    }
    for (const font of [theme.fonts.body, theme.fonts.heading]) {
      for (const weight of font.weights) {
        for (const subset of ['latin', 'latin-ext'])
          assert.ok(
            files.some((f) => f.family === font.family && f.weight === weight && f.subset === subset),
            `${font.family} ${weight} ${subset}`,
          );
      }
    }
    // satori only uses the first font of a name and weight: each subset needs its own name.
    const keys = files.map((f) => `${f.name}/${f.weight}`);
    assert.is(new Set(keys).size, keys.length);

    // The latin + latin-ext files together cover the Northern Sami letters.
    const pkg = dirname(createRequire(import.meta.url).resolve(`${theme.fonts.heading.fontsource}/package.json`));
    const css = readFileSync(join(pkg, `${theme.fonts.heading.weights[0]}.css`), 'utf8');
    const ranges = [...css.matchAll(/\/\* \S+-(latin(?:-ext)?)-\d+-normal \*\/[^}]*unicode-range: ([^;]+);/g)];
    const covered = ranges.filter(([, subset]) => subset === 'latin' || subset === 'latin-ext').map(([, , range = '']) => range);
    assert.is(covered.length, 2);
    for (const letter of SAMI_LETTERS)
      assert.ok(covered.some((range) => rangesCover(range, letter.codePointAt(0)!)), `${letter} is in latin or latin-ext`);
  });
}

test('fallback fonts for other scripts: Noto Sans latin, latin-ext, cyrillic and greek', () => {
  const files = fallbackFontFiles();
  assert.equal([...new Set(files.map((f) => f.subset))], ['latin', 'latin-ext', 'cyrillic', 'greek']);
  for (const file of files) {
    assert.ok(existsSync(file.path), file.path);
    assert.is(file.role, 'fallback');
  }
});

// The oracle for which letters a font file has is fontkitten (a font parser that comes with
// Astro's font tooling), and for what @fontsource declares, its own CSS — not font-slices.ts.
const lettersOf = (path: string) => new Set((create(readFileSync(path)) as { characterSet: number[] }).characterSet);
const fontsourceLatin = (pkg: string, weight: number) => {
  const css = readFileSync(createRequire(import.meta.url).resolve(`${pkg}/${weight}.css`), 'utf8');
  const block = /-latin-\d+-normal \*\/\s*@font-face\s*\{([^}]*)\}/.exec(css)![1]!;
  return { file: join(dirname(createRequire(import.meta.url).resolve(`${pkg}/${weight}.css`)), 'files', /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)![1]!), range: /unicode-range:\s*([^;]+);/.exec(block)![1]! };
};
const inRange = (range: string, code: number) =>
  range.split(',').some((part) => {
    const [from = '', to = from] = part.trim().slice(2).split('-');
    return code >= parseInt(from, 16) && code <= parseInt(to, 16);
  });

test('theme fonts: every @fontsource subset, with latin cut in a core and a rest slice that together have every latin letter', async () => {
  const theme = await loadTheme('ibsenbiblioteket');
  const faces = await webFontFaces(theme);
  const used = [...new Set(faces.map((f) => `${f.family} ${f.weight}`))].sort();
  assert.equal(used, ['Source Sans 3 400', 'Source Sans 3 600', 'Source Sans 3 700', 'Source Serif 4 600']);
  for (const face of faces) assert.ok(existsSync(face.path), face.path);

  const pkgOf: Record<string, string> = { 'Source Sans 3': '@fontsource/source-sans-3', 'Source Serif 4': '@fontsource/source-serif-4' };
  for (const name of used) {
    const [family, weight] = [name.slice(0, name.lastIndexOf(' ')), Number(name.slice(name.lastIndexOf(' ') + 1))];
    const mine = faces.filter((f) => f.family === family && f.weight === weight);
    assert.ok(mine.some((f) => f.subset === 'latin-ext'), `${name}: latin-ext is kept`);
    assert.not.ok(mine.some((f) => f.subset === 'latin'), `${name}: latin is sliced`);
    const core = mine.find((f) => f.subset === 'latin-core')!;
    const rest = mine.find((f) => f.subset === 'latin-rest')!;
    const original = fontsourceLatin(pkgOf[family]!, weight);
    const coreLetters = lettersOf(core.path);
    const restLetters = lettersOf(rest.path);
    for (const code of lettersOf(original.file)) {
      if (!inRange(original.range, code)) continue;
      // Each letter of the latin file is declared by exactly one slice, and that slice's file has it.
      const declared = [core, rest].filter((slice) => inRange(slice.unicodeRange, code));
      assert.is(declared.length, 1, `${name} U+${code.toString(16)}: declared by ${declared.length} slices`);
      assert.ok((declared[0] === core ? coreLetters : restLetters).has(code), `${name} U+${code.toString(16)} is in its slice's file`);
    }
    // Norwegian text, names and the sites' own signs need the core slice alone.
    for (const char of 'Blåbærsyltetøy ÆØÅ – «Kafé» på Ibsenhuset … Søndag 7. desember © Skien · Neste ›') {
      assert.ok(inRange(core.unicodeRange, char.codePointAt(0)!), `«${char}» is in the core slice`);
      assert.ok(coreLetters.has(char.codePointAt(0)!), `«${char}» has a glyph in the core slice of ${name}`);
    }
    assert.ok(readFileSync(core.path).length < readFileSync(original.file).length, `${name}: the core slice is smaller than the latin file`);
  }

  const css = fontFaceCss(faces, (path) => `/_fonts/${basename(path)}`);
  assert.is(css.match(/@font-face/g)?.length, faces.length);
  assert.match(css, /font-family:"Source Serif 4";font-style:normal;font-display:swap;font-weight:600;src:url\("\/_fonts\/source-serif-4-latin-core-600-normal\.woff2"\) format\("woff2"\);unicode-range:U\+0020-007E/);

  // Preloaded: the core slices of the heading weight and the body's regular and bold.
  assert.equal(fontPreloads(theme, faces).map((path) => basename(path)), ['source-serif-4-latin-core-600-normal.woff2', 'source-sans-3-latin-core-400-normal.woff2', 'source-sans-3-latin-core-700-normal.woff2']);
});

for (const name of ['base', ...SITE_THEMES]) {
  test(`${name}: logo is an SVG with a title naming the institution`, async () => {
    const theme = await loadTheme(name);
    const svg = logoSvg(theme);
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /viewBox="0 0 \d+(\.\d+)? 48"/);
    assert.ok(svg.includes(`<title>${theme.label}</title>`), `title is "${theme.label}"`);
    // Wordmarks are outlines: share cards have no system fonts to draw <text> with.
    assert.not.match(svg, /<text/);
  });
}

test('the site themes are three distinct brands: primary colour, heading font, shapes, card layout', async () => {
  const themes = await Promise.all(SITE_THEMES.map((name) => loadTheme(name)));
  const base = await loadTheme('base');
  const distinct = (pick: (t: Theme) => string) => new Set(themes.map(pick)).size === themes.length;
  assert.ok(distinct((t) => t.colors.primary.toLowerCase()), 'primary colours differ');
  assert.ok(distinct((t) => t.fonts.heading.family), 'heading fonts differ');
  assert.ok(distinct((t) => t.radiusControl), 'button shapes differ');
  assert.ok(distinct((t) => t.card.layout), 'card layouts differ');
  for (const theme of themes) assert.is.not(theme.colors.primary, base.colors.primary, `${theme.name} is not plain base`);
  // Layout, not only colours: each opens its home differently and draws its cards its own way.
  assert.ok(distinct((t) => t.layout.hero), 'home heroes differ');
  assert.ok(distinct((t) => t.layout.cards), 'card styles differ');
  assert.ok(distinct((t) => t.layout.sections.join()), 'home section orders differ');
  assert.ok(distinct((t) => String(t.layout.typeScale)), 'type scales differ');
});

test('a theme with square corners has square pills; a round one has round pills; the type scale sets heading sizes', async () => {
  const css = async (name: string) => themeCss(await loadTheme(name));
  assert.match(await css('appelsinia'), /--fasett-radius-pill: 0;/);
  assert.match(await css('ibsenbiblioteket'), /--fasett-radius-pill: 0;/);
  assert.match(await css('bydelshus'), /--fasett-radius-pill: 999px;/);
  const sizes = (text: string) => ['h3', 'h2', 'h1'].map((h) => Number(new RegExp(`--fasett-size-${h}: ([\\d.]+)rem`).exec(text)![1]));
  for (const name of SITE_THEMES) {
    const [h3, h2, h1] = sizes(await css(name));
    assert.ok(h3! < h2! && h2! < h1!, `${name}: h3 < h2 < h1`);
  }
  const [, , bigH1] = sizes(await css('appelsinia'));
  const [, , calmH1] = sizes(await css('ibsenbiblioteket'));
  assert.ok(bigH1! > calmH1!, 'the youth house shouts louder than the library');
});

test('a site config may override the layout; a wrong layout names the site, the field and what is allowed', async () => {
  const site = defineSite({ slug: 'testsite', url: 'https://test.skien.kommune.no', theme: 'bydelshus', layout: { hero: 'featured', sections: ['events', 'news'] } });
  const theme = await loadSiteTheme(site.theme, site.layout);
  assert.is(theme.layout.hero, 'featured');
  assert.equal(theme.layout.sections, ['events', 'news']);
  assert.is(theme.layout.cards, (await loadTheme('bydelshus')).layout.cards, 'what the site leaves out comes from the theme');
  assert.throws(
    () => defineSite({ slug: 'testsite', url: 'https://test.skien.kommune.no', theme: 'bydelshus', layout: { hero: 'video' as never } }),
    (error: Error) => error.message === 'sites/testsite/site.config.ts: layout.hero "video" is not one of photo, illustration, featured',
  );
  assert.throws(
    () => validateTheme({ ...structuredClone(baseDefinition), layout: { ...baseDefinition.layout, sections: ['events', 'events'], typeScale: 3 } }),
    (error: Error) => error.message.includes('layout.sections: ["events","events"] is not a list of home sections, each once') && error.message.includes('layout.typeScale: 3 is not a number from 1.1 to 1.6'),
  );
});

test('an unknown theme name gives an error listing the available themes', async () => {
  try {
    await loadTheme('bibliotek');
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, Error);
    assert.is((error as Error).message, 'Unknown theme "bibliotek". Available themes: appelsinia, base, bydelshus, ibsenbiblioteket');
  }
});

test('validateTheme names the theme and the field that is wrong', async () => {
  const base = structuredClone(await loadTheme('base')) as Theme;
  const broken = structuredClone(base) as unknown as { colors: Record<string, unknown>; accents: Record<string, Record<string, unknown>> };
  delete broken.colors.focus;
  broken.colors.primary = 'blue';
  delete broken.accents['skog']?.text;

  try {
    validateTheme(broken);
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, ThemeValidationError);
    const { message, issues } = error as ThemeValidationError;
    assert.ok(message.startsWith('Theme "base" is invalid:'), message);
    assert.ok(message.includes('colors.focus: missing'), message);
    assert.ok(message.includes('colors.primary: "blue" is not a colour'), message);
    assert.ok(message.includes('accents.skog.text: missing'), message);
    assert.is(issues.length, 3);
  }
  assert.is(validateTheme(base).name, 'base');
});

test('validateTheme rejects a font that is not installed and a card layout the renderer lacks', () => {
  const theme = {
    ...structuredClone(baseDefinition),
    fonts: { ...baseDefinition.fonts, heading: { family: 'Comic Sans', fontsource: '@fontsource/comic-sans', weights: [700] } },
    card: { ...baseDefinition.card, layout: 'collage' },
  };
  assert.throws(
    () => validateTheme(theme),
    (error: Error) =>
      error.message.includes('fonts.heading.fontsource: "@fontsource/comic-sans" is not an installed font package') &&
      error.message.includes('card.layout: "collage" is not a card layout (one of band, split, frame)'),
  );
});

test.run();
