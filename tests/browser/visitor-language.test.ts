/**
 * Language marking as a screen reader meets it (WCAG 2.1 3.1.1/3.1.2), on the sample dataset's
 * Samefolkets dag event (Northern Sami on the bokmål library site, with a bokmål passage) and
 * the language café (bokmål, with an English passage and Sami and Polish greetings): the page's
 * language, the site's chrome around it, the title where the event list shows it, passages,
 * phrases, search, and axe's language rules. Expectations are the sample's own words.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { openPage, settle } from './visitor-support.ts';

const SAMI_EVENT = '/arrangementer/sami-albmotbeaivi-lavlagat-ja-mainnasat/';
const SAMI_TITLE = 'Sámi álbmotbeaivi: lávlagat ja máinnasat';
const CAFE = '/arrangementer/sprakkafe-pa-falkum-3-desember/';

let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;
let page: Page;

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
  page = await openPage(browser);
});
test.after(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

/** The language a screen reader uses for an element: its nearest `lang`. */
const languageOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);

test('the Sami event page is in Northern Sami; the site around it stays bokmål', async () => {
  await page.goto(server.url('ibsenbiblioteket', SAMI_EVENT));
  assert.is(await page.getAttribute('html', 'lang'), 'se');
  assert.is(await page.locator('h1').textContent(), SAMI_TITLE);
  assert.is(await languageOf(page, 'h1'), 'se');
  assert.is(await languageOf(page, '.lead'), 'se');
  // The site's own words: header, footer, breadcrumbs, the labels of the facts and the share block.
  for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', 'dl.facts dt', '.share h2', '.skip-link']) {
    assert.is(await languageOf(page, selector), 'nb', selector);
  }
  // The breadcrumb naming the page is its Sami title inside the bokmål trail.
  assert.is(await languageOf(page, '.breadcrumbs [aria-current="page"]'), 'se');
  // The bokmål passage of the Sami text.
  const heading = page.locator('.prose h2', { hasText: 'På norsk' });
  assert.is(await heading.getAttribute('lang'), 'nb');
  assert.is(await page.locator('.prose p', { hasText: 'Samefolkets dag feires 6. februar' }).getAttribute('lang'), 'nb');
  assert.is(await languageOf(page, '.prose p:first-child'), 'se');
});

test('on the bokmål event list the Sami title is marked lang="se", a bokmål one is not', async () => {
  let card = null;
  for (let n = 1; n <= 12 && !card; n++) {
    const response = await page.goto(server.url('ibsenbiblioteket', n === 1 ? '/arrangementer/' : `/arrangementer/side/${n}/`));
    if (response?.status() !== 200) break;
    const title = page.locator('.event-card__title', { hasText: SAMI_TITLE });
    if ((await title.count()) > 0) card = title;
  }
  assert.ok(card, 'the Sami event is on a page of the event list');
  assert.is(await page.getAttribute('html', 'lang'), 'nb');
  assert.is(await card!.getAttribute('lang'), 'se');
  const other = page.locator('.event-card__title').filter({ hasNotText: SAMI_TITLE }).first();
  assert.is(await other.getAttribute('lang'), null);
});

test('a passage and phrases in other languages on a bokmål page', async () => {
  await page.goto(server.url('bydelshus', CAFE));
  assert.is(await page.getAttribute('html', 'lang'), 'nb');
  assert.is(await page.locator('.prose h2', { hasText: 'In English' }).getAttribute('lang'), 'en');
  assert.is(await page.locator('.prose p', { hasText: 'Everyone is welcome' }).getAttribute('lang'), 'en');
  assert.is(await page.locator('.prose span', { hasText: 'Buorre beaivi' }).getAttribute('lang'), 'se');
  assert.is(await page.locator('.prose span', { hasText: 'Dzień dobry' }).getAttribute('lang'), 'pl');
});

test("axe's language rules pass on both pages", async () => {
  for (const [site, path] of [['ibsenbiblioteket', SAMI_EVENT], ['bydelshus', CAFE]] as const) {
    await page.goto(server.url(site, path));
    const result = await new AxeBuilder({ page }).withRules(['html-has-lang', 'html-lang-valid', 'valid-lang', 'html-xml-lang-mismatch']).analyze();
    assert.equal(result.violations.map((v) => v.id), [], `${site}${path}`);
    assert.ok(result.passes.some((p) => p.id === 'valid-lang'), 'valid-lang looked at the marked elements');
  }
});

test('search on the bokmål site finds the Sami event by a Sami word, its title marked se', async () => {
  await page.goto(server.url('ibsenbiblioteket', '/sok/?q=m%C3%A1innasat'));
  await settle(page);
  await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const hit = page.locator('[data-search-results] li h2', { has: page.locator(`a[href$="${SAMI_EVENT}"]`) });
  assert.is(await hit.count(), 1, 'the Sami event is a hit');
  assert.is(await hit.getAttribute('lang'), 'se');
  assert.is(await hit.textContent(), SAMI_TITLE);
});

test.run();
