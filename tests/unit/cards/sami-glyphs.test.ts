/**
 * Every Northern Sami letter (á č đ ŋ š ŧ ž and capitals) on the share cards of every theme:
 * each one is in the theme's card fonts or their fallback — never a box — whether the text
 * arrives composed or decomposed (letter + combining mark), and a mark no font has is reported.
 *
 * The oracle for "a font has a glyph" is fontkitten (a font parser that comes with Astro's font
 * tooling), not the card pipeline's own cmap reader.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { create } from 'fontkitten';
import { drawCard, prepareCard } from '../../../shared/cards/index.ts';
import { cardFonts } from '../../../shared/cards/fonts.ts';
import { fallbackFontFiles, fontFiles, loadTheme, themeNames } from '../../../themes/index.ts';
import { eventInput, rules } from './fixtures.ts';

const SAMI = [...'áčđŋšŧžÁČĐŊŠŦŽ'];
const allThemes = await Promise.all(themeNames().map((name) => loadTheme(name)));

const hasGlyph = (path: string, char: string) => (create(readFileSync(path)) as { hasGlyphForCodePoint(code: number): boolean }).hasGlyphForCodePoint(char.codePointAt(0)!);

test('every theme: each Sami letter is in its heading and body fonts, or in the fallback the card stack names', () => {
  assert.ok(allThemes.length >= 4, 'the base theme and the three site themes');
  for (const theme of allThemes) {
    const files = [...fontFiles(theme), ...fallbackFontFiles()];
    const fonts = cardFonts(theme);
    for (const [role, choice] of Object.entries({ heading: fonts.heading, body: fonts.body, strong: fonts.bodyStrong })) {
      const stack = choice.stack.split(', ').map((name) => name.replace(/"/g, ''));
      for (const char of SAMI) {
        // satori draws a letter in the first font of the stack that has it.
        const drawnBy = stack.find((name) => files.some((file) => file.name === name && hasGlyph(file.path, char)));
        assert.ok(drawnBy, `${theme.name} ${role}: «${char}» is in no font of ${choice.stack}`);
      }
    }
  }
});

test('every theme: a title of every Sami letter is drawn with no glyph missing, composed or decomposed alike', async () => {
  const title = `Sámi álbmotbeaivi ${SAMI.join('')} – Čáhci, Đuoddar, Ŋ, Šaddu, Ŧ, Žurdi`;
  for (const theme of allThemes) {
    const composed = await drawCard(await prepareCard(eventInput(theme, { title, venueText: 'Kárášjohka, Ŋuorggam' })), 'og');
    assert.equal(composed.problems, [], theme.name);
    // Pasted from a document that stores letters decomposed: the same card, pixel for pixel.
    const decomposed = await drawCard(await prepareCard(eventInput(theme, { title: title.normalize('NFD'), venueText: 'Kárášjohka, Ŋuorggam'.normalize('NFD') })), 'og');
    assert.ok(title.normalize('NFD') !== title && title.normalize('NFD').length > title.length, 'the decomposed title really is decomposed');
    assert.equal(decomposed.problems, [], theme.name);
    assert.is(decomposed.svg, composed.svg, `${theme.name}: decomposed letters are drawn as the composed ones`);
  }
});

test('a combining mark no card font has is reported, not drawn as a box', async () => {
  // U+0360 COMBINING DOUBLE TILDE has no precomposed form; no font on the cards has it.
  const mark = '\u0360';
  const theme = allThemes.find((t) => t.name === 'ibsenbiblioteket')!;
  for (const file of [...fontFiles(theme), ...fallbackFontFiles()]) assert.not.ok(hasGlyph(file.path, mark), `${file.path} has U+0360: pick another mark`);
  const drawn = await drawCard(await prepareCard(eventInput(theme, { title: `Sámi n${mark}g` })), 'og');
  assert.equal(rules(drawn.problems), ['glyph-missing']);
  assert.match(drawn.problems[0]!.message, /U\+0360, i tittelen/);
});

test.run();
