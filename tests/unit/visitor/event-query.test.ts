/** The event list's filters: what a shared link means, and which events a visitor then sees. */
import { test } from 'uvu';
import { menuBreakpoint } from '../../../shared/site/menu-width.ts';
import * as assert from 'uvu/assert';
import {
  dayRange,
  describeFilter,
  filterEvents,
  osloDayOf,
  parseQuery,
  toQuery,
  urlFor,
  listHeading,
  resultSummary,
  filterState,
  type EventFilter,
} from '../../../shared/elements/event-query.ts';
import { listWordsFor } from '../../../shared/site/list-words.ts';

const nb = listWordsFor('nb');
const nn = listWordsFor('nn');

const known = { categories: ['konsert', 'teater'], audiences: ['unge', 'eldre'], venues: ['hoppestad', 'kulturhuset'] };
const names = {
  categories: new Map([['konsert', 'Konsert']]),
  audiences: new Map([['unge', 'Unge']]),
  venues: new Map([['hoppestad', 'Hoppestad bydelshus']]),
};

test('a shared link with filters reads back into the same filter', () => {
  const filter: EventFilter = { when: 'denne-helgen', category: 'konsert', audience: 'unge', venue: 'hoppestad', free: true };
  const query = toQuery(filter);
  assert.is(query, '?nar=denne-helgen&kategori=konsert&for=unge&sted=hoppestad&gratis=ja');
  assert.equal(parseQuery(query, known, nb), { filter, ignored: [] });
});

test('unknown and malformed parameters are left out and named, never an error', () => {
  const { filter, ignored } = parseQuery('?kategori=fotball&fra=2026-02-30&nar=snart&gratis=kanskje&foo=1&sted=hoppestad', known, nb);
  assert.equal(filter, { venue: 'hoppestad' });
  assert.is(ignored.length, 5);
  assert.ok(ignored.some((x) => x.includes('«kategori=fotball»') && x.includes('ukjent kategori')));
  assert.ok(ignored.some((x) => x.includes('«fra=2026-02-30»')));
  assert.ok(ignored.some((x) => x.includes('«foo»')));
});

test('tracking parameters and empty form values are ignored silently', () => {
  assert.equal(parseQuery('?utm_source=facebook&fbclid=abc&kategori=&for=unge', known, nb), { filter: { audience: 'unge' }, ignored: [] });
});

test('a date range wins over a preset, and reversed dates are put in order', () => {
  assert.equal(parseQuery('?nar=i-dag&fra=2026-12-10&til=2026-12-05', known, nb).filter, { from: '2026-12-05', to: '2026-12-10' });
});

test('one facet links to its prerendered page; several to the list with a query', () => {
  assert.is(urlFor({}), '/arrangementer/');
  assert.is(urlFor({ category: 'konsert' }), '/arrangementer/kategori/konsert/');
  assert.is(urlFor({ venue: 'hoppestad' }), '/arrangementer/sted/hoppestad/');
  assert.is(urlFor({ audience: 'unge' }), '/arrangementer/for/unge/');
  assert.is(urlFor({ free: true }), '/arrangementer/gratis/');
  assert.is(urlFor({ when: 'i-dag' }), '/arrangementer/i-dag/');
  assert.is(urlFor({ when: '2027-01' }), '/arrangementer/maned/2027-01/');
  assert.is(urlFor({ from: '2026-12-05' }), '/arrangementer/?fra=2026-12-05');
  assert.is(urlFor({ category: 'konsert', free: true }), '/arrangementer/?kategori=konsert&gratis=ja');
});

// 2026-12-01 is a Tuesday.
test('date presets as a Norwegian reader means them', () => {
  assert.equal(dayRange({ when: 'i-dag' }, '2026-12-01'), { from: '2026-12-01', to: '2026-12-01' });
  assert.equal(dayRange({ when: 'denne-helgen' }, '2026-12-01'), { from: '2026-12-04', to: '2026-12-06' });
  assert.equal(dayRange({ when: 'denne-helgen' }, '2026-12-05'), { from: '2026-12-05', to: '2026-12-06' });
  assert.equal(dayRange({ when: 'denne-helgen' }, '2026-12-06'), { from: '2026-12-06', to: '2026-12-06' });
  assert.equal(dayRange({ when: 'denne-uken' }, '2026-12-01'), { from: '2026-12-01', to: '2026-12-06' });
  assert.equal(dayRange({ when: 'denne-uken' }, '2026-12-06'), { from: '2026-12-06', to: '2026-12-06' });
  assert.equal(dayRange({ when: 'denne-maneden' }, '2026-12-01'), { from: '2026-12-01', to: '2026-12-31' });
  assert.equal(dayRange({ when: '2027-02' }, '2026-12-01'), { from: '2027-02-01', to: '2027-02-28' });
  assert.equal(dayRange({ from: '2026-12-24' }, '2026-12-01'), { from: '2026-12-24', to: '9999-12-31' });
});

test('the day in Oslo, not on the machine or in UTC', () => {
  assert.is(osloDayOf(new Date('2026-12-01T23:30:00Z')), '2026-12-02');
  assert.is(osloDayOf(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
});

const event = (over: Partial<Parameters<typeof filterEvents>[0][number]> & { startDay: string }) => ({
  endDay: over.startDay,
  categories: [],
  audiences: [],
  free: false,
  ...over,
});

test('filters combine: every facet must match; a multi-day event matches any day it runs', () => {
  const events = [
    event({ startDay: '2026-12-05', categories: ['konsert'], free: true, venue: { slug: 'hoppestad' } }),
    event({ startDay: '2026-12-05', categories: ['konsert'], free: false }),
    event({ startDay: '2026-11-28', endDay: '2026-12-06', categories: ['utstilling'], free: true }),
    event({ startDay: '2026-12-20', categories: ['konsert'], free: true }),
  ];
  assert.is(filterEvents(events, { when: 'denne-helgen', category: 'konsert', free: true }, '2026-12-01').length, 1);
  assert.is(filterEvents(events, { when: 'denne-helgen' }, '2026-12-01').length, 3);
  assert.is(filterEvents(events, { venue: 'hoppestad' }, '2026-12-01').length, 1);
  assert.is(filterEvents(events, {}, '2026-12-01').length, 4);
});

test('a filter in words', () => {
  assert.equal(describeFilter({ category: 'konsert', when: 'denne-helgen', audience: 'unge', venue: 'hoppestad', free: true }, names, nb), [
    'Konsert', 'denne helgen', 'for unge', 'på Hoppestad bydelshus', 'gratis',
  ]);
  assert.equal(describeFilter({ when: '2027-01' }, names, nb), ['januar 2027']);
  assert.equal(describeFilter({ from: '2026-12-05', to: '2026-12-08' }, names, nb), ['fra 5. desember 2026 til 8. desember 2026']);
});

test('headings and the result line say what the list shows', () => {
  assert.is(listHeading({}, names, nb), 'Arrangementer');
  assert.is(listHeading({ category: 'konsert' }, names, nb), 'Arrangementer: Konsert');
  assert.is(listHeading({ audience: 'unge' }, names, nb), 'Arrangementer for unge');
  assert.is(listHeading({ venue: 'hoppestad' }, names, nb), 'Arrangementer på Hoppestad bydelshus');
  assert.is(listHeading({ free: true }, names, nb), 'Gratis arrangementer');
  assert.is(listHeading({ when: 'i-dag' }, names, nb), 'Arrangementer i dag');
  assert.is(listHeading({ when: '2027-01' }, names, nb), 'Arrangementer i januar 2027');
  assert.is(listHeading({ category: 'konsert', free: true }, names, nb), 'Arrangementer');
  assert.is(resultSummary(40, {}, names, '2026-12-01', nb), '40 kommende arrangementer.');
  assert.is(resultSummary(1, { category: 'konsert' }, names, '2026-12-01', nb), '1 arrangement: Konsert.');
  assert.is(
    resultSummary(3, { when: 'denne-helgen', free: true }, names, '2026-12-01', nb),
    '3 arrangementer: denne helgen (4. desember 2026 – 6. desember 2026), gratis.',
  );
  // Nothing found is said once, in words, never as «0 arrangementer».
  assert.is(resultSummary(0, { category: 'konsert' }, names, '2026-12-01', nb), 'Ingen arrangementer passer filtrene dine: Konsert.');
});

test('the folded filter control names the active filters and the count', () => {
  assert.is(filterState(43, {}, names, nb), 'Alle · 43 arrangementer');
  assert.is(filterState(1, { category: 'konsert', free: true }, names, nb), 'Konsert, gratis · 1 arrangement');
  assert.is(filterState(0, { audience: 'unge' }, names, nb), 'For unge · 0 arrangementer');
});

test('a nynorsk site says the same in nynorsk: plural «arrangement», «komande», «helga», «frå», «laurdag»-free month names', () => {
  assert.equal(describeFilter({ category: 'konsert', when: 'denne-helgen', audience: 'unge', venue: 'hoppestad', free: true }, names, nn), [
    'Konsert', 'denne helga', 'for unge', 'på Hoppestad bydelshus', 'gratis',
  ]);
  assert.equal(describeFilter({ from: '2026-12-05', to: '2026-12-08' }, names, nn), ['frå 5. desember 2026 til 8. desember 2026']);
  assert.is(listHeading({}, names, nn), 'Arrangement');
  assert.is(listHeading({ free: true }, names, nn), 'Gratis arrangement');
  assert.is(listHeading({ when: '2027-01' }, names, nn), 'Arrangement i januar 2027');
  assert.is(resultSummary(40, {}, names, '2026-12-01', nn), '40 komande arrangement.');
  assert.is(resultSummary(1, {}, names, '2026-12-01', nn), '1 komande arrangement.');
  assert.is(resultSummary(3, { when: 'denne-helgen' }, names, '2026-12-01', nn), '3 arrangement: denne helga (4. desember 2026 – 6. desember 2026).');
  assert.is(resultSummary(0, { category: 'konsert' }, names, '2026-12-01', nn), 'Ingen arrangement passar filtera dine: Konsert.');
  assert.is(filterState(43, {}, names, nn), 'Alle · 43 arrangement');
  const { ignored } = parseQuery('?sted=nowhere&foo=1', known, nn);
  assert.ok(ignored.some((x) => x.includes('ukjend stad')), ignored.join());
  assert.ok(ignored.some((x) => x.includes('ukjent filter')), ignored.join());
});

test('the menu folds behind a button below the width where its items fit on the logo row', () => {
  assert.is(menuBreakpoint(['Arrangementer', 'Søk']), 48);
  assert.is(menuBreakpoint(['Arrangementer', 'Nyheter', 'Søk', 'Om oss', 'Åpningstider']), 48);
  assert.is(menuBreakpoint(['Arrangementer', 'Nyheter', 'Søk', 'Om oss', 'Åpningstider', 'Lei lokale', 'For foresatte']), 64);
  assert.is(menuBreakpoint(['Arrangementer', 'Nyheter', 'Søk', 'Om bydelshusene', 'Lei lokale', 'Åpningstider og kontakt', 'Skien kommune']), 80);
  assert.is(menuBreakpoint(['Arrangementer', 'Nyheter', 'Søk', 'Om biblioteket', 'Meråpent bibliotek', 'Åpningstider og kontakt', 'Søk i katalogen']), 'row');
  assert.is(menuBreakpoint(Array.from({ length: 12 }, () => 'Et ganske langt menypunkt')), 'never');
});

test.run();
