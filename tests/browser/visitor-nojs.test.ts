/**
 * With JavaScript off, every site still reads and navigates: the event list shows events,
 * its filters are links to prerendered facet pages that list only what they say, the list
 * pages through, the archive and audience entrances work, and search explains itself and
 * offers the site's pages instead.
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

const cardLinks = (page: Page) => page.locator('main .event-card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

for (const site of listSiteSlugs()) {
  test(`${site}: the event list, its filter links and its pages work without JavaScript`, async () => {
    const data = await siteData(site);
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(server.url(site, '/arrangementer/'));
    assert.is(await page.isVisible('.facet-links'), true, 'filter links are shown');
    assert.is(await page.isVisible('.filter-form'), false, 'the form that needs JavaScript is not');
    const first = await cardLinks(page);
    assert.ok(first.length > 0 && first.length <= 24);

    // A category link leads to a page with only that category's events.
    await page.click('.facet-links summary:has-text("Kategori")');
    const link = page.locator('.facet-links details:has(summary:has-text("Kategori")) a').first();
    const label = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL('**/arrangementer/kategori/*/');
    const slug = new URL(page.url()).pathname.split('/')[3]!;
    const expected = data.upcoming.filter((e) => e.categories?.some((c) => c.slug === slug)).map((e) => `/arrangementer/${e.slug}/`);
    assert.equal(await cardLinks(page), expected.slice(0, 24));
    assert.match(label, new RegExp(`\\(${expected.length}\\)`), 'the link told how many');
    assert.is(await page.getAttribute('.facet-links details[open] a[aria-current="page"]', 'href'), `/arrangementer/kategori/${slug}/`);

    // "I dag" and the other presets are pages too.
    await page.click('.facet-links a:has-text("Denne måneden")');
    await page.waitForURL('**/arrangementer/denne-maneden/');
    assert.match((await page.textContent('h1')) ?? '', /Arrangementer denne måneden/);

    // Pagination: page 2 continues where page 1 stopped.
    if (data.upcoming.length > 24) {
      await page.goto(server.url(site, '/arrangementer/'));
      await page.click('.pagination a[rel="next"]');
      await page.waitForURL('**/arrangementer/side/2/');
      const second = await cardLinks(page);
      assert.is(second[0], `/arrangementer/${data.upcoming[24]!.slug}/`);
      assert.ok(second.every((href) => !first.includes(href)));
    }
    await page.context().close();
  });

  test(`${site}: archive, audience entrance and search read without JavaScript`, async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(server.url(site, '/arrangementer/arkiv/'));
    const month = page.locator('main .archive-year a').first();
    if (await month.count()) {
      await month.click();
      await page.waitForURL('**/arrangementer/arkiv/*/');
      assert.ok((await cardLinks(page)).length > 0, 'a month lists its past events');
    }

    await page.goto(server.url(site, '/'));
    const entrance = page.locator('.audience-nav a').first();
    assert.ok(await entrance.count(), 'the home page offers ways in per audience');
    await entrance.click();
    await page.waitForURL('**/for/*/');
    assert.match((await page.textContent('h1')) ?? '', /^For /);

    await page.goto(server.url(site, '/sok/'));
    assert.match((await page.textContent('main')) ?? '', /Søket trenger JavaScript/);
    assert.is(await page.isVisible('.search-form'), false);
    assert.ok((await page.locator('.site-index a').count()) >= 5, 'the page lists the site instead');
    await page.context().close();
  });
}

test.run();
