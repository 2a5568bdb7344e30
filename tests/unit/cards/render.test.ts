import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CARD_SIZES, drawCard, prepareCard, renderCard, type CardSize, type DrawnCard } from '../../../shared/cards/index.ts';
import { eventInput, insideBox, node, photoJpeg, rules, SAMI_EMOJI_TITLE, tempDir, textNodes, themes, TITLE_250 } from './fixtures.ts';

const SIZES = Object.keys(CARD_SIZES) as CardSize[];
const allThemes = await themes();
const [appelsinia, bydelshus, ibsenbiblioteket] = allThemes;
if (!appelsinia || !bydelshus || !ibsenbiblioteket) throw new Error('the three site themes did not load');

/** Every text box inside the card, and the title inside its panel: read from satori's layout. */
function assertNothingOutside(drawn: DrawnCard, label: string) {
  const card = { left: 0, top: 0, width: drawn.width, height: drawn.height };
  const texts = textNodes(drawn);
  assert.ok(texts.length > 0, `${label}: no text laid out`);
  for (const text of texts)
    assert.ok(insideBox(text, card), `${label}: «${text.textContent?.slice(0, 40)}» at ${JSON.stringify(text)} leaves the card`);
  const title = node(drawn, 'title');
  const panel = node(drawn, 'panel');
  assert.ok(title && panel, `${label}: title and panel are laid out`);
  assert.ok(insideBox(title, panel), `${label}: the title ${JSON.stringify(title)} leaves its panel ${JSON.stringify(panel)}`);
  assert.not.ok(rules(drawn.problems).includes('text-overflow'), `${label}: ${JSON.stringify(drawn.problems)}`);
}

test('a 250-character title fits every layout and size: shrunk and wrapped, whole, never outside', async () => {
  assert.is(TITLE_250.length, 250);
  for (const theme of allThemes) {
    for (const size of SIZES) {
      const label = `${theme.name} ${theme.card.layout} ${size}`;
      const drawn = await drawCard(await prepareCard(eventInput(theme, { title: TITLE_250, status: 'postponed' })), size);
      assertNothingOutside(drawn, label);
      assert.equal(drawn.problems, [], label);
      // Wrapped at spaces only: the laid-out text is the title itself, nothing inserted.
      assert.is(node(drawn, 'title')?.textContent, TITLE_250.trim(), label);
    }
  }
});

test('a title too long even at the smallest size is clamped with an ellipsis and a warning, still inside', async () => {
  const title = `${TITLE_250} ${TITLE_250} ${TITLE_250} ${TITLE_250}`;
  for (const theme of allThemes) {
    for (const size of SIZES) {
      const label = `${theme.name} ${size}`;
      const drawn = await drawCard(await prepareCard(eventInput(theme, { title, status: 'cancelled' })), size);
      assertNothingOutside(drawn, label);
      assert.equal(rules(drawn.problems), ['title-clamped'], label);
      assert.is(drawn.problems[0]?.severity, 'warning');
    }
  }
});

test('Sámi letters and emoji: set in the theme fonts and Twemoji, no glyph missing, inside the card', async () => {
  const twemoji = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  const popper = readFileSync(join(twemoji, '1f389.svg')).toString('base64');
  const flag = readFileSync(join(twemoji, '1f1f3-1f1f4.svg')).toString('base64');
  for (const theme of allThemes) {
    for (const size of SIZES) {
      const label = `${theme.name} ${size}`;
      const drawn = await drawCard(await prepareCard(eventInput(theme, { title: SAMI_EMOJI_TITLE, venueText: 'Sámi dáiddaguovddáš, Kárášjohka' })), size);
      assertNothingOutside(drawn, label);
      assert.equal(drawn.problems, [], label);
      assert.ok(drawn.svg.includes(popper), `${label}: 🎉 drawn from Twemoji`);
      assert.ok(drawn.svg.includes(flag), `${label}: 🇳🇴 drawn from Twemoji`);
    }
  }
});

test('Cyrillic and Greek fall back to Noto Sans; a character no font has is reported by name', async () => {
  const fallback = await drawCard(await prepareCard(eventInput(appelsinia, { title: 'Привет, Ελληνικά' })), 'og');
  assert.equal(fallback.problems, []);

  const missing = await drawCard(await prepareCard(eventInput(appelsinia, { title: 'Kalligrafi 骨' })), 'og');
  const problem = missing.problems.find((p) => p.rule === 'glyph-missing');
  assert.ok(problem, JSON.stringify(missing.problems));
  assert.is(problem.severity, 'error');
  assert.match(problem.message, /«骨» \(U\+9AA8, i tittelen\)/);
});

test('a single very long word shrinks, then breaks with hyphens, and stays inside', async () => {
  const word = 'Donaudampfschiffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
  for (const theme of allThemes) {
    for (const size of SIZES) {
      const label = `${theme.name} ${size}`;
      const drawn = await drawCard(await prepareCard(eventInput(theme, { title: `Kurs: ${word}` })), size);
      assertNothingOutside(drawn, label);
      const shown = node(drawn, 'title')?.textContent ?? '';
      // Only hyphens (each followed by a zero-width break) were added; the letters are all there.
      assert.is(shown.replaceAll('-\u200B', ''), `Kurs: ${word}`, label);
      for (const piece of shown.split('-\u200B')) assert.ok(piece.length >= 2, `${label}: piece «${piece}»`);
    }
  }
});

test('status: AVLYST, UTSATT, NY DATO, UTSOLGT and DIGITALT are laid out in a band; scheduled has none', async () => {
  const labels = { cancelled: 'AVLYST', postponed: 'UTSATT', rescheduled: 'NY DATO', soldOut: 'UTSOLGT', movedOnline: 'DIGITALT' } as const;
  for (const theme of allThemes) {
    for (const [status, label] of Object.entries(labels)) {
      // Every status on the link card; the cancelled one in all three sizes.
      for (const size of status === 'cancelled' ? SIZES : (['og'] as const)) {
        const drawn = await drawCard(await prepareCard(eventInput(theme, { status: status as keyof typeof labels })), size);
        const badge = node(drawn, 'status-label');
        const band = node(drawn, 'status');
        assert.is(badge?.textContent, label, `${theme.name} ${status} ${size}`);
        assert.ok(band && badge && insideBox(badge, band));
        // Big enough to read at a glance: the band spans the card's width.
        assert.is(band.width, drawn.width);
        assertNothingOutside(drawn, `${theme.name} ${status} ${size}`);
      }
    }
    const scheduled = await drawCard(await prepareCard(eventInput(theme, { status: 'scheduled' })), 'og');
    assert.is(node(scheduled, 'status'), undefined);
  }
});

test('markup and quotes in a title are shown as the literal text', async () => {
  const title = '<script>alert("x")</script> & "sitat" &amp; <b>fet</b>';
  const drawn = await drawCard(await prepareCard(eventInput(ibsenbiblioteket, { title })), 'og');
  assert.is(node(drawn, 'title')?.textContent, title);
  assert.not.ok(drawn.svg.includes('<script'), 'no markup reaches the SVG');
  assert.not.ok(drawn.svg.includes('<b>'));
});

test('the PNG is exactly the requested size, for all three sizes', async () => {
  for (const size of SIZES) {
    const card = await renderCard(eventInput(bydelshus, { image: { buffer: await photoJpeg() } }), size);
    const meta = await sharp(card.png).metadata();
    assert.is(meta.format, 'png');
    assert.is(meta.width, CARD_SIZES[size].width, size);
    assert.is(meta.height, CARD_SIZES[size].height, size);
    assert.is(card.width, CARD_SIZES[size].width);
    assert.is(card.height, CARD_SIZES[size].height);
    assert.equal(card.problems, [], size);
    assert.ok(card.png.length < 300 * 1024, `${size}: ${card.png.length} bytes`);
  }
});

test('a photo is cropped into its box (pasted in after rasterising); no photo gives the themed pattern', async () => {
  const withPhoto = await drawCard(await prepareCard(eventInput(appelsinia, { image: { buffer: await photoJpeg() } })), 'og');
  assert.ok(withPhoto.photo);
  const box = node(withPhoto, 'image');
  assert.ok(box && withPhoto.photoLayer);
  assert.equal(withPhoto.photoLayer.box, { left: box.left, top: box.top, width: box.width, height: box.height });
  assert.is(withPhoto.photoLayer.image.width, box.width);
  assert.is(withPhoto.photoLayer.image.height, box.height);
  // librsvg never sees the photo (see shared/cards/raster.ts).
  assert.not.ok(withPhoto.svg.includes('data:image/jpeg'));
  assert.is(node(withPhoto, 'pattern'), undefined);

  const without = await drawCard(await prepareCard(eventInput(appelsinia)), 'og');
  assert.ok(node(without, 'pattern'));
  assert.not.ok(without.svg.includes('data:image/jpeg'));
});

test('a missing, corrupt or blank image gives the pattern and a warning, never an exception', async () => {
  const dir = tempDir();
  const corrupt = join(dir, 'corrupt.jpg');
  writeFileSync(corrupt, (await photoJpeg()).subarray(0, 400));
  const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } }).png().toBuffer();
  const cases = [
    { image: { path: join(dir, 'finnes-ikke.jpg') }, rule: 'image-missing', mentions: /finnes ikke/ },
    { image: { path: corrupt }, rule: 'image-corrupt', mentions: /kunne ikke leses/ },
    { image: { buffer: Buffer.from('dette er ikke et bilde') }, rule: 'image-corrupt', mentions: /kunne ikke leses/ },
    { image: { buffer: blank }, rule: 'image-blank', mentions: /én flat farge/ },
  ];
  for (const { image, rule, mentions } of cases) {
    const card = await renderCard(eventInput(ibsenbiblioteket, { image }), 'square');
    assert.equal(rules(card.problems), [rule], JSON.stringify(card.problems));
    assert.is(card.problems[0]?.severity, 'warning');
    assert.match(card.problems[0]?.message ?? '', mentions);
    assert.match(card.problems[0]?.message ?? '', /mønster/);
    const drawn = await drawCard(await prepareCard(eventInput(ibsenbiblioteket, { image })), 'square');
    assert.ok(node(drawn, 'pattern'), `${rule}: the pattern stands in`);
  }
});

test('a card over the size limit is flagged', async () => {
  const card = await renderCard(eventInput(appelsinia), 'og', { maxBytes: 1000 });
  const problem = card.problems.find((p) => p.rule === 'file-too-large');
  assert.ok(problem, JSON.stringify(card.problems));
  assert.match(problem.message, /over grensen på 1 kB/);
  const normal = await renderCard(eventInput(appelsinia), 'og');
  assert.not.ok(rules(normal.problems).includes('file-too-large'));
});

test('an accent the theme does not have is a warning naming the ones it has', async () => {
  const card = await drawCard(await prepareCard(eventInput(appelsinia, { accent: 'neongronn' })), 'og');
  const problem = card.problems.find((p) => p.rule === 'accent-unknown');
  assert.ok(problem);
  assert.match(problem.message, /«neongronn»/);
  assert.match(problem.message, /Appelsin \(appelsin\)/);
});

test.run();
