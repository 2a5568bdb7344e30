/**
 * The event list with JavaScript: <event-filter> filters in place, combines facets and a
 * date range, keeps the address in step (a facet page for one facet, a query string for
 * more), the back and forward buttons walk through earlier filters, the result count is a
 * status message, empty results help, a bad address never breaks the page, and the island
 * stays within its budget.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { filterEvents, osloDayOf, type EventFilter, type ListEvent } from '../../shared/elements/event-query.ts';
import { openPage, scriptsOf, siteDir, NOW } from './visitor-support.ts';

const SITE = 'bydelshus';
let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;
let page: Page;
let errors: string[] = [];
let events: ListEvent[];

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
  events = (JSON.parse(readFileSync(join(siteDir(SITE), 'arrangementer/data.json'), 'utf8')) as { events: ListEvent[] }).events;
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});
test.before.each(async () => {
  page = await openPage(browser);
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 500 && errors.push(`${r.status()} ${r.url()}`));
});
test.after.each(async () => {
  await page.context().close();
  assert.equal(errors, [], 'no script errors');
});

/** The cards shown, once the list has drawn (it is aria-busy while the data loads). */
const shownLinks = async () => {
  await page.waitForSelector('[data-results]:not([aria-busy])');
  return page.locator('[data-results] .event-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
};
const expected = (filter: EventFilter, at = NOW) => filterEvents(events, filter, osloDayOf(at)).map((e) => e.url);
const count = () => page.locator('[data-count]').textContent();

async function open(url: string) {
  await page.goto(server.url(SITE, url));
  await page.waitForSelector('event-filter[enhanced]');
}

// A category with several upcoming events, some of them free, so combining narrows the list.
const pickCategory = () => {
  const counts = new Map<string, { all: number; free: number }>();
  for (const e of events) for (const c of e.categories) {
    const n = counts.get(c) ?? { all: 0, free: 0 };
    counts.set(c, { all: n.all + 1, free: n.free + (e.free ? 1 : 0) });
  }
  return [...counts].find(([, n]) => n.all >= 3 && n.free >= 1 && n.free < n.all)![0];
};

test('choosing filters narrows the list in place and the address follows', async () => {
  const category = pickCategory();
  await open('/arrangementer/');
  await page.selectOption('#filter-kategori', category);
  await page.waitForURL(`**/arrangementer/kategori/${category}/`);
  assert.equal(await shownLinks(), expected({ category }).slice(0, 24));
  assert.match(await count() ?? '', new RegExp(`^${expected({ category }).length} arrangement`));
  assert.is(await page.getAttribute('[data-count]', 'role'), 'status', 'the count is announced politely');

  await page.check('#filter-gratis');
  await page.waitForURL(`**/arrangementer/?kategori=${category}&gratis=ja`);
  assert.equal(await shownLinks(), expected({ category, free: true }));
  assert.is(await page.textContent('h1'), 'Arrangementer');
  assert.match(await page.title(), /^Arrangementer – /);
});

test('back and forward walk through earlier filters, the form too', async () => {
  const category = pickCategory();
  await open('/arrangementer/');
  await page.selectOption('#filter-kategori', category);
  await page.waitForURL(`**/kategori/${category}/`);
  await page.check('#filter-gratis');
  await page.waitForURL('**/arrangementer/?*');

  await page.goBack();
  await page.waitForURL(`**/arrangementer/kategori/${category}/`);
  assert.is(await page.isChecked('#filter-gratis'), false);
  assert.equal(await shownLinks(), expected({ category }).slice(0, 24));

  await page.goBack();
  await page.waitForURL(/\/arrangementer\/$/);
  assert.is(await page.inputValue('#filter-kategori'), '');
  assert.equal(await shownLinks(), expected({}).slice(0, 24));

  await page.goForward();
  await page.waitForURL(`**/kategori/${category}/`);
  assert.is(await page.inputValue('#filter-kategori'), category);
  assert.match((await page.textContent('h1')) ?? '', /^Arrangementer: /);
});

test('a date range: "Velg datoer" shows two date fields and filters by them', async () => {
  await open('/arrangementer/');
  assert.is(await page.isVisible('#filter-fra'), false);
  await page.selectOption('#filter-nar', 'i-dag');
  await page.waitForURL('**/arrangementer/i-dag/');
  await page.selectOption('#filter-nar', 'periode');
  await page.waitForURL(/\/arrangementer\/$/);
  assert.is(await page.isVisible('#filter-fra'), true, 'the date fields stay open while the visitor fills them');
  const from = events[3]!.startDay;
  const to = events[8]!.startDay;
  await page.fill('#filter-fra', from);
  await page.fill('#filter-til', to);
  await page.waitForURL(`**/arrangementer/?fra=${from}&til=${to}`);
  assert.equal(await shownLinks(), expected({ from, to }));
});

test('an empty result says so and offers a way back', async () => {
  await open('/arrangementer/?fra=2031-01-01&til=2031-01-02');
  await page.waitForSelector('.empty-state');
  // Said once: the count line names the filters, the empty state offers what to do.
  assert.match((await page.textContent('[data-count]')) ?? '', /^Ingen arrangementer passer filtrene dine: /);
  assert.match((await page.textContent('.empty-state h2')) ?? '', /Prøv et annet filter/);
  assert.not.match((await page.textContent('[data-count]')) ?? '', /^0 arrangementer/);
  await page.click('.empty-state button');
  await page.waitForURL(/\/arrangementer\/$/);
  assert.equal(await shownLinks(), expected({}).slice(0, 24));
  assert.is(await page.inputValue('#filter-nar'), '');
});

test('"Nullstill filtrene" resets the form and the list', async () => {
  await open(`/arrangementer/?kategori=${pickCategory()}&gratis=ja`);
  await page.waitForFunction(() => document.querySelector('[data-count]')?.textContent?.includes('gratis'));
  await page.click('[data-reset]');
  await page.waitForURL(/\/arrangementer\/$/);
  assert.is(await page.isChecked('#filter-gratis'), false);
  assert.is((await shownLinks()).length, Math.min(24, events.length));
});

test('"Vis flere" shows the next events and moves focus to the first of them', async () => {
  await open('/arrangementer/');
  await page.check('#filter-gratis');
  await page.waitForURL('**/arrangementer/gratis/');
  const all = expected({ free: true });
  if (all.length <= 24) return;
  assert.is((await shownLinks()).length, 24);
  await page.click('.show-more button');
  await page.waitForFunction(() => document.querySelectorAll('[data-results] .event-card').length > 24);
  assert.equal(await shownLinks(), all.slice(0, 48));
  assert.is(await page.evaluate(() => document.activeElement?.getAttribute('href')), all[24]);
});

test('unknown and malformed parameters: the list, unfiltered, with a note — never an error page', async () => {
  const response = await page.goto(server.url(SITE, '/arrangementer/?kategori=finnes-ikke&fra=2026-13-45&foo=bar'));
  assert.is(response?.status(), 200);
  await page.waitForSelector('[data-note]:not([hidden])');
  const note = (await page.textContent('[data-note]')) ?? '';
  assert.match(note, /«kategori=finnes-ikke»/);
  assert.match(note, /«fra=2026-13-45»/);
  assert.match(note, /«foo»/);
  assert.match((await count()) ?? '', new RegExp(`^${events.length} kommende arrangementer`));
  assert.is((await shownLinks()).length, Math.min(24, events.length));
});

test('a shared link with several filters opens filtered, the form showing them', async () => {
  const category = pickCategory();
  await open(`/arrangementer/?kategori=${category}&gratis=ja&utm_source=facebook`);
  await page.waitForFunction(() => document.querySelector('[data-count]')?.textContent?.includes('gratis'));
  assert.equal(await shownLinks(), expected({ category, free: true }));
  assert.is(await page.inputValue('#filter-kategori'), category);
  assert.is(await page.isChecked('#filter-gratis'), true);
  assert.is(await page.isHidden('[data-note]'), true, 'tracking parameters are no mistake');
});

test('"i dag" prerendered on an earlier day is redrawn for the visitor\'s day', async () => {
  const later = new Date(`${events[5]!.startDay}T12:00:00+01:00`);
  await page.clock.setSystemTime(later);
  await open('/arrangementer/i-dag/');
  await page.waitForFunction((day) => document.querySelector('[data-count]')?.textContent?.includes(day), later.getDate() + '.');
  assert.equal(await shownLinks(), expected({ when: 'i-dag' }, later));
  assert.is(await page.textContent('h1'), 'Arrangementer i dag');
});

for (const site of listSiteSlugs()) {
  test(`${site}: the event list's island (Lit included, every script the page loads) is at most 20 KB gzip`, () => {
    const scripts = scriptsOf(site, join(siteDir(site), 'arrangementer/index.html'));
    // Lit registers its version on globalThis; it comes in the alert banner's file (shared/build/banner-chunk-plugin.ts).
    assert.ok(scripts.some((s) => readFileSync(s, 'utf8').includes('litHtmlVersions')), 'the page loads Lit');
    const bytes = scripts.reduce((n, file) => n + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`  ${site}: event list JavaScript ${(bytes / 1024).toFixed(1)} KB gzip in ${scripts.length} files`);
    assert.ok(bytes <= 20 * 1024, `${bytes} bytes`);
  });
}

test.run();
