/**
 * The visitor's words: one dictionary per language, complete for both. A key missing or left
 * empty in either fails here (the type check catches a missing key in nn too, but not an
 * empty string or a key only nn has), and so does a template whose slots differ between the
 * languages — a {site} that nynorsk forgot would print nothing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fill, intlLocale, LOCALES, ogLocale, plural, wordsFor } from '../../../shared/i18n/index.ts';
import { formatDate, formatEventTime } from '../../../shared/format/datetime.ts';
import { formatPrice } from '../../../shared/format/price.ts';
import { formatAgeRange } from '../../../shared/format/age.ts';
import { statusInfo } from '../../../shared/site/status.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "area.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const slots = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const words = Object.fromEntries(LOCALES.map((l) => [l, leaves(wordsFor(l) as unknown as Tree)]));

test('both dictionaries have every key, and no key is empty', () => {
  for (const locale of LOCALES) {
    for (const other of LOCALES) {
      const missing = [...words[other]!.keys()].filter((key) => !words[locale]!.has(key));
      assert.equal(missing, [], `${locale} lacks ${missing.join(', ')}`);
    }
    const empty = [...words[locale]!].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
    assert.equal(empty, [], `${locale}: empty or not text: ${empty.join(', ')}`);
  }
});

test('a template has the same slots in both languages', () => {
  for (const [key, text] of words.nb!) assert.equal(slots(words.nn!.get(key)), slots(text), key);
});

test('a count has its two forms, each with {n} when the other has it', () => {
  for (const locale of LOCALES) {
    for (const [key] of words[locale]!) {
      if (!key.endsWith('.one')) continue;
      const base = key.slice(0, -4);
      assert.ok(words[locale]!.has(`${base}.other`), `${locale}: ${base} has «one» but no «other»`);
    }
  }
});

test('nynorsk is nynorsk: the words a reader notices first', () => {
  const nn = wordsFor('nn');
  assert.is(nn.event.where, 'Kvar');
  assert.is(nn.home.whatsOn, 'Kva skjer');
  assert.is(nn.filter.noneMatch, 'Ingen arrangement passar filtera dine: {filters}.');
  assert.is(plural(3, nn.filter.count), '3 arrangement');
  assert.is(plural(1, wordsFor('nb').filter.count), '1 arrangement');
  assert.is(plural(3, wordsFor('nb').filter.count), '3 arrangementer');
  assert.is(nn.footer.statement, 'Tilgjengelegheitserklæring');
  assert.is(statusInfo('postponed', 'nn')?.label, 'Utsett');
  assert.is(statusInfo('soldOut', 'nn')?.label, 'Utseld');
  assert.is(statusInfo('scheduled', 'nn'), undefined);
  assert.is(statusInfo('unknown', 'nb'), undefined);
});

test('fill: a slot not given is an error; an empty value is blank', () => {
  assert.is(fill('Om {site}', { site: 'Appelsinia' }), 'Om Appelsinia');
  assert.is(fill('Om {site}', { site: null }), 'Om ');
  assert.throws(() => fill('Om {site}', {}), /No value for \{site\}/);
});

test('dates, prices and ages in the site language, in Oslo time', () => {
  assert.is(intlLocale('nn'), 'nn-NO');
  assert.is(ogLocale('nn'), 'nn_NO');
  const saturday = new Date('2026-12-05T18:00:00Z');
  assert.is(formatDate(saturday, { locale: 'nb' }), 'lørdag 5. desember 2026');
  assert.is(formatDate(saturday, { locale: 'nn' }), 'laurdag 5. desember 2026');
  // The formatter cache is kept per language: bokmål after nynorsk is still bokmål.
  assert.is(formatDate(saturday), 'lørdag 5. desember 2026');
  assert.is(formatEventTime('2026-12-01T19:00:00+01:00', '2026-12-01T21:00:00+01:00', { locale: 'nn' }), 'tysdag 1. desember 2026 kl. 19.00–21.00');
  assert.is(formatPrice({ free: true }, 'nn'), 'Gratis');
  assert.is(formatPrice({ amount: 1250 }, 'nn'), 'kr\u00a01\u00a0250');
  assert.is(formatAgeRange({ min: 13 }, 'nn'), 'Frå 13 år');
  assert.is(formatAgeRange({ min: 13 }, 'nb'), 'Fra 13 år');
});

test.run();
