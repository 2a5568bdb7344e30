/**
 * Audience entrances (issue 16), in Chromium: a site offers the groups its config lists, in
 * that order — Appelsinia (13–20) only young people and their parents; one name per group on
 * the tile, the heading, the section and the filter; never a page with only «Ingen kommende
 * arrangementer»; and one parent page per site.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { builtFile, builtFiles, SITES } from '../support/built.ts';
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

test('Appelsinia offers «For unge» and «For foresatte», in that order, and nothing for seniors, business or children', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/'));
  const tiles = await page.locator('.entrance__title').allInnerTexts();
  assert.equal(tiles.map((t) => t.trim()), ['For unge', 'For foresatte']);
  for (const path of ['/for/eldre/', '/for/naeringsliv/', '/for/barn/']) {
    const response = await page.goto(server.url('appelsinia', path));
    assert.is(response?.status(), 404, path);
  }
  await page.context().close();
});

test('one name per audience: tile, heading, section and filter all say «eldre» (Bydelshus)', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('bydelshus', '/'));
  const tile = page.locator('.entrance__title', { hasText: /eldre/i });
  assert.is((await tile.innerText()).trim(), 'For eldre');
  await tile.getByRole('link').click();
  assert.is(new URL(page.url()).pathname, '/for/eldre/');
  assert.is((await page.locator('h1').innerText()).trim(), 'For eldre');
  assert.is((await page.locator('#arrangementer').innerText()).trim(), 'Arrangementer for eldre');
  // Event titles are the editors' («Digital hjelp for seniorer»); the site's own words use one name.
  const ownWords = (await page.locator('main h1, main h2, main .chips, title').allTextContents()).join(' ');
  assert.not.match(ownWords, /senior/i, 'no other name for the group');
  await page.goto(server.url('bydelshus', '/arrangementer/'));
  const option = page.locator('#filter-for option[value="eldre"]');
  assert.is((await option.textContent())?.trim(), 'Eldre');
  await page.context().close();
});

for (const site of SITES) {
  test(`${site}: every audience page shows that group's events or its services — never only «Ingen kommende arrangementer»`, async () => {
    const pages = builtFiles(site, (p) => p.includes(`/${site}/for/`) && /\/for\/[^/]+\/index\.html$/.test(p));
    assert.ok(pages.length >= 2, `${site} has audience entrances`);
    const page = await openPage(browser);
    for (const file of pages) {
      const path = file.slice(file.indexOf(`/${site}/`) + site.length + 1).replace(/index\.html$/, '');
      await page.goto(server.url(site, path));
      const events = await page.locator('section:has(#arrangementer) .event-card').count();
      const services = await page.locator('#tjenester ~ ul a').count();
      assert.ok(events + services > 0, `${site}${path}: neither events nor services`);
    }
    await page.context().close();
  });
}

test('Appelsinia has one page for parents: the old address and the menu lead to /for/foresatte/, which has its text', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/'));
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'For foresatte' });
  assert.is(await menu.getAttribute('href'), '/for/foresatte/');
  await page.goto(server.url('appelsinia', '/for-foresatte/'));
  await page.waitForURL(/\/for\/foresatte\/$/);
  assert.is((await page.locator('h1').innerText()).trim(), 'For foresatte');
  // The site's own words for parents are the entrance's introduction.
  assert.ok((await page.locator('main .prose').first().innerText()).length > 80);
  assert.not.ok(builtFile('appelsinia', 'sitemap-0.xml').includes('/for-foresatte/'), 'the old address is not in the sitemap');
  const h1s = builtFiles('appelsinia', (p) => p.endsWith('.html') && !p.includes('/pagefind/')).filter((f) => /<h1[^>]*>For foresatte<\/h1>/.test(readFileSync(f, 'utf8')));
  assert.is(h1s.length, 1, h1s.join(', '));
  await page.context().close();
});

test.run();
