/**
 * Campaigns as a visitor and culture staff meet them (issue 16), in Chromium: the programme's
 * days on the page, teaser and JSON-LD instead of the publication window; only events of the
 * programme; /kampanjer/ with what is on, coming and over; campaigns found by search above
 * events and present in the feed; and no trace of a campaign before its window opens.
 * The sample's clock is 1 December 2026: Appelsinfestivalen (public since 16 November, festival
 * 20–22 August 2027) is coming; Sommer i bydelene, Vinterferie and Ibsendagene are not public yet.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Parser from 'rss-parser';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { builtFile, SITES } from '../support/built.ts';
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

const programmeCards = (page: Page) =>
  page.locator('#kampanje-arrangementer ~ ul .event-card').evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector('.event-card__title')?.textContent?.trim() ?? '',
      start: card.querySelector('.event-card__date time')?.getAttribute('datetime') ?? '',
    })),
  );

/** The Oslo calendar day of a stored time: its offset is Oslo's, so the date part is the day there. */
const day = (iso: string) => iso.slice(0, 10);

test('Jul i bydelshusene: the programme shows 27 November – 10 January, and only events on those days', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('bydelshus', '/kampanjer/jul-i-bydelshusene/'));
  assert.is((await page.locator('.campaign-hero__dates').innerText()).trim(), '27. november 2026 – 10. januar 2027');
  const cards = await programmeCards(page);
  assert.ok(cards.length >= 4, `${cards.length} events`);
  const titles = cards.map((c) => c.title);
  for (const outside of ['Påskeverksted for barn', 'Sommerteater for barn i Brekkeparken', 'Høstferie i bydelshuset']) {
    assert.not.ok(titles.includes(outside), `${outside} is not in the Christmas programme`);
  }
  for (const card of cards) assert.ok(day(card.start) >= '2026-11-27' && day(card.start) <= '2027-01-10', `${card.title} (${card.start})`);
  // Hand-picked events come first, in the editor's order.
  assert.equal(titles.slice(0, 3), ['Julemarked på Gulset bydelshus', 'Julekonsert med Gulset kor', 'Juletrefest på Klyve']);
  await page.context().close();
});

test('Appelsinfestivalen: the festival days, not the window, on the page, its teaser and its JSON-LD; no New Year party or cancelled rap night', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/kampanjer/appelsinfestivalen-2027/'));
  const hero = (await page.locator('.campaign-hero').innerText()).replace(/\s+/g, ' ');
  assert.match(hero, /20\.–22\. august 2027/);
  assert.not.match(hero, /juni|november/);
  const titles = (await programmeCards(page)).map((c) => c.title);
  assert.ok(titles.includes('Appelsinfestivalen'));
  for (const outside of ['Rusfri nyttårsfest', 'Rapkveld med lokale artister', 'Åpen scene']) assert.not.ok(titles.includes(outside), outside);
  for (const card of await programmeCards(page)) assert.ok(day(card.start) >= '2027-08-20' && day(card.start) <= '2027-08-22', card.title);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  assert.is(ld.startDate, '2027-08-20');
  assert.is(ld.endDate, '2027-08-22');
  assert.ok((ld.subEvent ?? []).some((e: { name?: string }) => e.name === 'Appelsinfestivalen'));

  await page.goto(server.url('appelsinia', '/kampanjer/'));
  const teaser = page.locator('.campaign-teaser', { hasText: 'Appelsinfestivalen 2027' });
  assert.is((await teaser.locator('.campaign-teaser__dates').innerText()).trim(), '20.–22. august 2027');
  assert.not.match(await teaser.innerText(), /kampanje/i, 'no internal label on the teaser');
  await page.context().close();
});

test('/kampanjer/ on every site: on now, coming and earlier campaigns — never one whose window has not opened', async () => {
  const expected: Record<string, { sections: Record<string, string[]>; hidden: string[] }> = {
    bydelshus: { sections: { 'Pågår nå': ['Jul i bydelshusene'], 'Tidligere kampanjer': ['Høstmarkeder i bydelene'] }, hidden: ['Sommer i bydelene'] },
    appelsinia: { sections: { Kommer: ['Juleferie på Appelsinia', 'Appelsinfestivalen 2027'] }, hidden: ['Vinterferie på Appelsinia'] },
    ibsenbiblioteket: { sections: { 'Pågår nå': ['Bokjul i biblioteket'] }, hidden: ['Ibsendagene 2027'] },
  };
  for (const site of SITES) {
    const page = await openPage(browser);
    const response = await page.goto(server.url(site, '/kampanjer/'));
    assert.is(response?.status(), 200, site);
    const found = await page.locator('main section').evaluateAll((sections) =>
      Object.fromEntries(sections.map((s) => [s.querySelector('h2')?.textContent?.trim() ?? '', [...s.querySelectorAll('.teaser__title')].map((t) => t.textContent?.trim() ?? '')])),
    );
    assert.equal(found, expected[site]!.sections, site);
    for (const hidden of expected[site]!.hidden) assert.not.match(await page.locator('main').innerText(), new RegExp(hidden), `${site}: ${hidden}`);
    // The archived campaign says it is over and offers no programme.
    if (site === 'bydelshus') {
      await page.getByRole('link', { name: 'Høstmarkeder i bydelene' }).click();
      assert.match(await page.locator('main').innerText(), /Høstmarkeder i bydelene er over/);
      assert.is(await page.locator('#kampanje-arrangementer').count(), 0);
    }
    await page.context().close();
  }
});

test('before its window a campaign is nowhere: no page, not in the sitemap, the feed, the list or search', async () => {
  const hidden = [
    ['bydelshus', 'sommer-i-bydelene', 'sommer'],
    ['appelsinia', 'vinterferie-pa-appelsinia', 'vinterferie'],
    ['ibsenbiblioteket', 'ibsendagene-2027', 'ibsendagene'],
  ] as const;
  for (const [site, slug, word] of hidden) {
    const page = await openPage(browser);
    const response = await page.goto(server.url(site, `/kampanjer/${slug}/`));
    assert.is(response?.status(), 404, `${site}/${slug}`);
    assert.not.ok(builtFile(site, 'sitemap-0.xml').includes(`/kampanjer/${slug}/`), 'not in the sitemap');
    assert.not.ok(builtFile(site, 'rss.xml').includes(`/kampanjer/${slug}/`), 'not in the feed');
    await page.goto(server.url(site, `/sok/?q=${word}`));
    await page.waitForFunction(() => /treff/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
    const hits = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.not.ok(hits.includes(`/kampanjer/${slug}/`), `${site}: search finds ${slug}`);
    await page.context().close();
  }
});

test('search finds a campaign by its name, above the events that share it', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/sok/?q=appelsinfestivalen'));
  await page.waitForFunction(() => /\d+ treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const hits = await page.locator('[data-search-results] li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.is(hits[0], '/kampanjer/appelsinfestivalen-2027/', hits.join(', '));
  assert.ok(hits.includes('/arrangementer/appelsinfestivalen/'), 'the event is found too');
  assert.match((await page.locator('[data-search-results] li').first().locator('.meta').textContent()) ?? '', /^Kampanje · 20\.–22\. august 2027$/);
  await page.context().close();
});

test("a public campaign is an item of its site's feed, dated when its window opened", async () => {
  const feed = await new Parser().parseString(builtFile('appelsinia', 'rss.xml'));
  const item = feed.items.find((i) => i.link === 'https://appelsinia.skien.kommune.no/kampanjer/appelsinfestivalen-2027/');
  assert.ok(item, 'the festival is in the feed');
  // 16 November 2026 at 10:00 in Oslo.
  assert.is(new Date(item.pubDate!).toISOString(), '2026-11-16T09:00:00.000Z');
  assert.match(item.contentSnippet ?? '', /20\.–22\. august 2027/);
});

test('the home page promotes public campaigns with their programme days', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('appelsinia', '/'));
  const section = page.locator('section[aria-labelledby="kampanjer"]');
  // Case-blind: Appelsinia's poster cards set titles in capitals.
  assert.match(await section.innerText(), /Appelsinfestivalen 2027\s+20\.–22\. august 2027/i);
  assert.is(await section.getByRole('link', { name: 'Alle kampanjer' }).getAttribute('href'), '/kampanjer/');
  await page.context().close();
});

test.run();
