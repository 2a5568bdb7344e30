/**
 * Search with Pagefind, in each site's own markup: typing shows hits as links with a polite
 * count, Enter keeps the query in the address (shareable; back works), the keyboard reaches
 * the hits, and only content pages (events, pages, news, campaigns) are in the index — never lists or
 * other sites.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { siteData } from '../../shared/content/site-data.ts';
import { openPage } from './visitor-support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

const hits = (page: Page) => page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = (page: Page) => page.locator('[data-search-status]').textContent();

/** A word from an event title that a visitor might search for. */
async function wordFor(site: string) {
  const data = await siteData(site);
  const title = data.upcoming.find((e) => e.title && e.title.split(/\s+/).some((w) => w.length >= 6))!.title!;
  return { word: title.split(/\s+/).find((w) => w.length >= 6)!.replace(/[^\p{L}]/gu, ''), data };
}

for (const site of listSiteSlugs()) {
  test(`${site}: typing finds content pages, with a count announced and links to follow`, async () => {
    const { word, data } = await wordFor(site);
    const page = await openPage(browser);
    await page.goto(server.url(site, '/sok/'));
    await page.keyboard.press('Tab'); // skip link
    await page.focus('#sok-q');
    await page.keyboard.type(word, { delay: 20 });
    await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
    assert.is(await page.getAttribute('[data-search-status]', 'role'), 'status');
    const found = await hits(page);
    assert.ok(found.length > 0, `no hits for «${word}»`);
    assert.match((await status(page)) ?? '', new RegExp(`^\\d+ treff på «${word}»`));
    const own = new Set([
      ...data.events.map((e) => `/arrangementer/${e.slug}/`),
      ...data.pages.map((p) => `/${p.slug}/`),
      ...data.articles.map((a) => `/nyheter/${a.slug}/`),
      ...data.campaigns.map((c) => `/kampanjer/${c.slug}/`),
    ]);
    for (const path of found) assert.ok(own.has(path), `${path} is not one of this site's events, pages, news or campaigns`);
    assert.ok(new URL(page.url()).search.includes(`q=${encodeURIComponent(word)}`), 'the address holds the query');
    // The keyboard goes from the field to the button and on to the first hit.
    await page.focus('#sok-q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.is(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname), found[0]);
    await page.context().close();
  });
}

test('a search in the address opens with its hits; back returns to the earlier search', async () => {
  const { word } = await wordFor('bydelshus');
  const page = await openPage(browser);
  await page.goto(server.url('bydelshus', `/sok/?q=${encodeURIComponent(word)}`));
  await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  assert.is(await page.inputValue('#sok-q'), word);
  const first = await hits(page);
  assert.ok(first.length > 0);

  await page.fill('#sok-q', 'qqqqzzzz');
  await page.press('#sok-q', 'Enter');
  await page.waitForFunction(() => /Ingen treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  assert.is((await hits(page)).length, 0);

  await page.goBack();
  await page.waitForFunction((w) => document.querySelector('[data-search-status]')?.textContent?.includes(`«${w}»`) && !/Ingen/.test(document.querySelector('[data-search-status]')!.textContent!), word);
  assert.equal(await hits(page), first);
  await page.context().close();
});

test("excerpts keep an event's labels apart from their values («Når: fredag …», never «Nårfredag»)", async () => {
  const page = await openPage(browser);
  await page.goto(server.url('ibsenbiblioteket', `/sok/?q=${encodeURIComponent('ibsen')}`));
  await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const excerpts = await page.locator('[data-search-results] li').allTextContents();
  assert.ok(excerpts.length > 0);
  const glued = /(Når|Hvor|Pris|Alder|Kategori)(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|gratis|kr|\d)/i;
  for (const text of excerpts) assert.not.match(text, glued, text);
  await page.context().close();
});

test.run();
