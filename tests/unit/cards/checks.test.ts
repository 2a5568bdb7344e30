import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isOneColour, overflowProblems, sizeProblem } from '../../../shared/cards/checks.ts';
import { emojiDataUrl } from '../../../shared/cards/emoji.ts';
import { encodePng } from '../../../shared/cards/encode.ts';
import { hyphenate, normalizeText } from '../../../shared/cards/fit-title.ts';
import { assetLoader, createGlyphLog, missingGlyphProblem } from '../../../shared/cards/glyphs.ts';

const card = { width: 1200, height: 630 };
const panel = { key: 'panel', left: 0, top: 300, width: 1200, height: 330 };

test('overflow: a text box outside the card, or outside its panel, is an error naming the text', () => {
  const inside = { key: 'title', left: 56, top: 340, width: 900, height: 120, textContent: 'Jazzkveld' };
  assert.equal(overflowProblems([panel, inside], card), []);

  const offCard = { key: 'title', left: 56, top: 340, width: 1300, height: 120, textContent: 'Et veldig langt ord' };
  const [problem] = overflowProblems([panel, offCard], card);
  assert.is(problem?.rule, 'text-overflow');
  assert.is(problem?.severity, 'error');
  assert.match(problem?.message ?? '', /^Tittelen «Et veldig langt ord» går utenfor delingskortet/);

  const offPanel = { key: 'venue', left: 56, top: 200, width: 300, height: 30, textContent: 'Ibsenhuset' };
  assert.match(overflowProblems([panel, offPanel], card)[0]?.message ?? '', /^Stedet «Ibsenhuset» går utenfor tekstfeltet/);

  // Boxes without text (the pattern may run to the edge) are not checked.
  assert.equal(overflowProblems([{ key: 'pattern', left: -10, top: -10, width: 1300, height: 700 }], card), []);
});

test('blank: one colour everywhere is blank; a single different pixel is not', () => {
  const pixels = Buffer.alloc(30 * 20 * 3, 0xee);
  assert.ok(isOneColour(pixels, 3));
  pixels[3 * 57 + 1] = 0x10;
  assert.not.ok(isOneColour(pixels, 3));
});

test('blank: an SVG that draws nothing comes out as a blank PNG', async () => {
  const empty = await encodePng('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#0b4f94"/></svg>');
  assert.ok(empty.blank);
  const drawn = await encodePng(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#0b4f94"/><circle cx="60" cy="30" r="20" fill="#fff"/></svg>',
  );
  assert.not.ok(drawn.blank);
  assert.is(drawn.png.subarray(1, 4).toString(), 'PNG');
});

test('size: over the limit is reported in kB', () => {
  assert.is(sizeProblem(200 * 1024, 300 * 1024), undefined);
  assert.match(sizeProblem(420 * 1024, 300 * 1024)?.message ?? '', /er 420 kB, over grensen på 300 kB/);
});

test('glyphs: emoji come from Twemoji (with or without the variation selector); other misses are logged', async () => {
  assert.match(emojiDataUrl('❤️') ?? '', /^data:image\/svg\+xml;base64,/);
  assert.match(emojiDataUrl('🏳️‍🌈') ?? '', /^data:image\/svg\+xml;base64,/);
  const log = createGlyphLog();
  const load = assetLoader(log);
  assert.match(String(await load('emoji', '🎉')), /^data:image\/svg\+xml/);
  assert.equal(await load('ja-JP|zh-CN', '骨\u200B '), []);
  assert.equal([...log.missing], ['骨']);
  const problem = missingGlyphProblem(log, { tittelen: 'Kalligrafi 骨', stedet: 'Biblioteket' });
  assert.match(problem?.message ?? '', /tegnet «骨» \(U\+9AA8, i tittelen\)/);
  assert.is(missingGlyphProblem(createGlyphLog(), {}), undefined);
});

test('hyphenation: only words wider than the column are broken, into even pieces of whole letters', () => {
  const widths = new Map([['Donaudampfschiffahrtsgesellschaft', 1600]]);
  const out = hyphenate('Kurs: Donaudampfschiffahrtsgesellschaft i dag', widths, 500, 0.92);
  const pieces = out.split(' ')[1]?.split('-\u200B') ?? [];
  assert.ok(pieces.length >= 4, out);
  assert.is(pieces.join(''), 'Donaudampfschiffahrtsgesellschaft');
  const lengths = pieces.map((piece) => piece.length);
  assert.ok(Math.max(...lengths) - Math.min(...lengths) <= 1, `even pieces: ${lengths}`);
  assert.ok(out.startsWith('Kurs: ') && out.endsWith(' i dag'));
});

test('text is normalised: runs of whitespace and line breaks become one space', () => {
  assert.is(normalizeText('  Jazz\n\tkveld  '), 'Jazz kveld');
  assert.is(normalizeText('   '), undefined);
  assert.is(normalizeText(undefined), undefined);
});

test.run();
