// The predicted title size (one satori pass, shared/cards/title-model.ts) against the measured one
// (satori measuring every size first): the same size, the same card, for ordinary titles, Sámi
// letters, emoji and titles that just fit.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CARD_SIZES, drawCard, prepareCard, type CardSize } from '../../../shared/cards/index.ts';
import { eventInput, SAMI_EMOJI_TITLE, themes, TITLE_250 } from './fixtures.ts';

const SIZES = Object.keys(CARD_SIZES) as CardSize[];
const allThemes = await themes();

const TITLES = [
  'Lesesirkel',
  'Jazzkveld med Skien Storband',
  'Familiedag i bydelshuset med konsert, teater og kafé for store og små',
  'Forfattermøte: Ibsen, Peer Gynt og det moderne gjennombruddet – en samtale om arven etter Skiens store sønn',
  'Barnas lørdag: Eventyrstund med Fjellheimen-trollet og venner (3–6 år)',
  'Foredrag: «Hvordan leser vi Et dukkehjem i dag?»',
  'Nasjonaldag 🇳🇴 med 🎉 og 🎶 hele dagen',
  SAMI_EMOJI_TITLE,
  TITLE_250.slice(0, 160),
];

test('the predicted title size is the measured one, and the drawn card is the same', async () => {
  let predicted = 0;
  let total = 0;
  for (const theme of allThemes) {
    for (const size of SIZES) {
      for (const title of TITLES) {
        const prepared = await prepareCard(eventInput(theme, { title }));
        const fast = await drawCard(prepared, size);
        const measured = await drawCard(prepared, size, { measure: true });
        const label = `${theme.name} ${size} «${title.slice(0, 30)}»`;
        total++;
        assert.is(measured.predicted, false, label);
        assert.is(fast.layout.fit.fontSize, measured.layout.fit.fontSize, label);
        assert.is(fast.layout.fit.text, measured.layout.fit.text, label);
        assert.is(fast.svg, measured.svg, `${label}: the same picture`);
        assert.equal(fast.problems, measured.problems, label);
        if (fast.predicted) predicted++;
      }
    }
  }
  // Only titles the model cannot tell (a character from a fallback font) are measured.
  assert.ok(predicted >= total - 6, `${predicted} of ${total} cards drawn in one pass`);
});

test('ordinary titles are drawn without a measuring pass in every layout and size', async () => {
  for (const theme of allThemes) {
    for (const size of SIZES) {
      for (const title of TITLES.slice(0, 7)) {
        const drawn = await drawCard(await prepareCard(eventInput(theme, { title, status: 'postponed' })), size);
        assert.ok(drawn.predicted, `${theme.name} ${size} «${title}»`);
      }
    }
  }
});

test('a title that needs breaking or clamping is still measured, and stays inside', async () => {
  const word = 'Donaudampfschiffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
  const [theme] = allThemes;
  const long = await drawCard(await prepareCard(eventInput(theme!, { title: `Kurs: ${word}` })), 'og');
  assert.is(long.predicted, false);
  assert.ok(long.layout.fit.text.includes('-\u200B'), 'broken with hyphens');
  const clamped = await drawCard(await prepareCard(eventInput(theme!, { title: `${TITLE_250} ${TITLE_250} ${TITLE_250}` })), 'og');
  assert.is(clamped.predicted, false);
  assert.ok(clamped.layout.clamped);
});

test.run();
