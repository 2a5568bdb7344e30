/**
 * Event facts a visitor relies on (issue 16), in Chromium: a postponed event shows no date as
 * valid anywhere and offers no calendar; a rescheduled one shows its new date with the old one
 * struck through; a cancelled one says so once and offers no tickets, also to machines; online
 * and hybrid events have a way in; notices are links, never Markdown; every event's JSON-LD
 * has a location.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

const jsonLd = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
const fact = (page: Page, label: string) => page.locator('.facts > div', { has: page.locator('dt', { hasText: label }) }).locator('dd');

test('postponed: «Ny dato kommer» where the date was, on the page and its cards; no calendar, no tickets', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('bydelshus', '/arrangementer/skiens-historie-fra-bygd-til-bydeler/'));
  assert.is((await fact(page, 'Når').innerText()).trim(), 'Ny dato kommer');
  assert.is(await fact(page, 'Når').locator('time').count(), 0, 'no time is offered as valid');
  const article = await page.locator('main > article, main article[data-pagefind-body]').first().innerText();
  assert.not.match(article, /4\. februar/, 'the old date is not shown');
  assert.is(await page.getByRole('link', { name: /Legg til i kalender/ }).count(), 0);
  assert.is(await page.getByRole('link', { name: /Kjøp billett/ }).count(), 0);
  assert.match(await page.locator('.status-notice').innerText(), /^Utsatt\./);

  // Its card, as the server drew it (no JavaScript) and as the filter draws it (JavaScript).
  for (const javaScriptEnabled of [false, true]) {
    const list = await openPage(browser, { javaScriptEnabled });
    await list.goto(server.url('bydelshus', javaScriptEnabled ? '/arrangementer/?kategori=foredrag' : '/arrangementer/kategori/foredrag/'));
    const card = list.locator('.event-card', { hasText: 'Skiens historie: fra bygd til bydeler' });
    await card.waitFor();
    const date = (await card.locator('.event-card__date').innerText()).trim();
    assert.is(date, 'Ny dato kommer', `card (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`);
    assert.is((await card.locator('.badge').textContent())?.trim(), 'Utsatt');
    await list.context().close();
  }
  await page.context().close();
});

test('rescheduled: the new date, the old one struck through, previousStartDate in JSON-LD', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('ibsenbiblioteket', '/arrangementer/klimaet-i-telemark-fram-mot-2050/'));
  const when = fact(page, 'Når');
  assert.is(await when.locator('time').first().getAttribute('datetime'), '2027-05-06T19:00:00+02:00');
  assert.match(await when.locator('time').first().innerText(), /^torsdag 6\. mai 2027 kl\. 19\.00–20\.30$/);
  const old = when.locator('del');
  assert.match(await old.innerText(), /torsdag 29\. april 2027 kl\. 19\.00–20\.30/);
  assert.match(await old.evaluate((el) => getComputedStyle(el).textDecorationLine), /line-through/);
  const ld = await jsonLd(page);
  assert.is(ld.eventStatus, 'https://schema.org/EventRescheduled');
  assert.is(ld.previousStartDate, '2027-04-29T19:00:00+02:00');
  assert.is(ld.startDate, '2027-05-06T19:00:00+02:00');
  assert.is(await page.getByRole('link', { name: /Legg til i kalender/ }).count(), 1);

  await page.goto(server.url('ibsenbiblioteket', '/arrangementer/kategori/foredrag/'));
  const card = page.locator('.event-card', { hasText: 'Klimaet i Telemark fram mot 2050' });
  assert.match(await card.locator('.event-card__date del').innerText(), /29\. april/);
  await page.context().close();
});

test('cancelled: said once on the page and once on its card; JSON-LD offers nothing to buy', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('ibsenbiblioteket', '/arrangementer/barneteater-bukkene-bruse/'));
  const article = await page.locator('main > article, main article[data-pagefind-body]').first().innerText();
  assert.is(article.match(/avlyst/gi)?.length, 1, article);
  assert.is(await page.getByRole('link', { name: /Kjøp billett/ }).count(), 0);
  assert.is(await page.getByRole('link', { name: /Legg til i kalender/ }).count(), 0);
  const ld = await jsonLd(page);
  assert.is(ld.eventStatus, 'https://schema.org/EventCancelled');
  assert.ok(ld.offers, 'the price is still described');
  assert.is.not(ld.offers.availability, 'https://schema.org/InStock');
  assert.not.match(ld.offers.url, /billett/, 'no ticket shop is offered');

  await page.goto(server.url('ibsenbiblioteket', '/arrangementer/kategori/teater/'));
  const card = page.locator('.event-card', { hasText: 'Bukkene Bruse' });
  assert.is((await card.innerText()).match(/avlyst/gi)?.length, 1);
  await page.context().close();
});

test('moved online: «Hvor» leads to the stream, the notice is a real link, JSON-LD points at the stream', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('ibsenbiblioteket', '/arrangementer/ibsen-og-skien-barndommens-byer/'));
  const where = fact(page, 'Hvor');
  assert.match(await where.innerText(), /Digitalt/);
  assert.is(await where.getByRole('link', { name: /Se strømmen/ }).getAttribute('href'), 'https://www.youtube.com/@ibsenbiblioteket/live');
  const notice = page.locator('.callout').first();
  assert.is(await notice.getByRole('link', { name: 'bibliotekets YouTube-kanal' }).getAttribute('href'), 'https://www.youtube.com/@ibsenbiblioteket/live');
  assert.not.match(await page.locator('main > article, main article[data-pagefind-body]').first().innerText(), /\]\(|\[bibliotekets/, 'no Markdown on the page');
  const ld = await jsonLd(page);
  assert.is(ld.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.is(ld.location['@type'], 'VirtualLocation');
  assert.is(ld.location.url, 'https://www.youtube.com/@ibsenbiblioteket/live');
  await page.context().close();
});

test('hybrid: a place and a stream, «Se strømmen» on the page and on its card, both locations in JSON-LD', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/arrangementer/psykisk-helse-snakk-om-det/'));
  const where = fact(page, 'Hvor');
  assert.match(await where.innerText(), /Appelsinia/);
  assert.is(await where.getByRole('link', { name: /Se strømmen/ }).getAttribute('href'), 'https://www.youtube.com/@appelsinia/live');
  const ld = await jsonLd(page);
  assert.is(ld.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.equal(ld.location.map((l: { '@type': string }) => l['@type']), ['Place', 'VirtualLocation']);
  assert.is(ld.location[1].url, 'https://www.youtube.com/@appelsinia/live');

  await page.goto(server.url('appelsinia', '/arrangementer/kategori/foredrag/'));
  const card = page.locator('.event-card', { hasText: 'Psykisk helse: snakk om det' });
  const stream = card.getByRole('link', { name: /Se strømmen/ });
  assert.is(await stream.getAttribute('href'), 'https://www.youtube.com/@appelsinia/live');
  // The card is one big link; the stream link sits above it and is the one a click reaches.
  const box = (await stream.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!)?.closest('a') as HTMLAnchorElement | null)?.href, [box.x + box.width / 2, box.y + box.height / 2]);
  assert.is(hit, 'https://www.youtube.com/@appelsinia/live');
  await page.context().close();
});

for (const site of SITES) {
  test(`${site}: every event page's JSON-LD has a location, and only offers what can be bought`, () => {
    const pages = builtFiles(site, (p) => /\/arrangementer\/[^/]+\/index\.html$/.test(p));
    let checked = 0;
    for (const file of pages) {
      const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readFileSync(file, 'utf8'));
      if (!match) continue;
      const ld = JSON.parse(match[1]!);
      if (ld['@type'] !== 'Event') continue;
      checked++;
      assert.ok(ld.location, `${file}: location`);
      for (const place of [ld.location].flat()) assert.ok(place.name || place.url || place.address, `${file}: an empty location`);
      if (/Cancelled|Postponed/.test(ld.eventStatus) && ld.offers) assert.is.not(ld.offers.availability, 'https://schema.org/InStock', file);
    }
    assert.ok(checked > 20, `${checked} event pages`);
  });
}

test('events.json agrees: cancelled and postponed events offer no tickets in stock, the rescheduled one has its previous start', () => {
  const list = JSON.parse(builtFile('ibsenbiblioteket', 'events.json')).itemListElement as Array<Record<string, any>>;
  const byName = (name: string) => list.find((e) => e.name === name)!;
  assert.is(byName('Barneteater: Bukkene Bruse').offers.availability, 'https://schema.org/Discontinued');
  assert.is(byName('Klimaet i Telemark fram mot 2050').previousStartDate, '2027-04-29T19:00:00+02:00');
  assert.is(byName('Ibsen og Skien: barndommens byer').location.url, 'https://www.youtube.com/@ibsenbiblioteket/live');
  for (const event of list) assert.ok(event.location, `${event.name}: location`);
});

test.run();
