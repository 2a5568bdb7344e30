/**
 * Search that finds what a visitor means: a hit is explained by what a visitor reads as the
 * event (title, summary, text, category, venue name) — never by an accessibility note or a
 * street address; a whole word ranks above part of a word ("jul" before "juli"); upcoming
 * events come before past ones; every event hit shows its date, so a repeated event's hits differ.
 * The oracle is the dataset itself, read through the content layer.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { siteData, type SiteData } from '../../shared/content/site-data.ts';
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

interface ShownHit {
  path: string;
  title: string;
  meta: string;
}

async function search(site: string, query: string): Promise<{ page: Page; hits: ShownHit[] }> {
  const page = await openPage(browser);
  await page.goto(server.url(site, `/sok/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
  // Every hit on the screen: show them all.
  while (await page.locator('[data-search-more]:not([hidden]) button').count()) {
    await page.click('[data-search-more] button');
    await page.waitForTimeout(100);
  }
  const hits = await page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      title: li.querySelector('h2')!.textContent!.trim(),
      meta: li.querySelector('.meta')?.textContent?.trim() ?? '',
    })),
  );
  return { page, hits };
}

const plain = (blocks: unknown): string =>
  JSON.stringify(blocks ?? '')
    .match(/"text":"(?:[^"\\]|\\.)*"/g)
    ?.map((t) => JSON.parse(t.slice(7)) as string)
    .join(' ') ?? '';

/** What a visitor reads as the event, where the query may be found. */
function searchable(data: SiteData, path: string): string | undefined {
  const event = data.events.find((e) => `/arrangementer/${e.slug}/` === path);
  if (!event) return undefined;
  return [event.title, event.summary, plain(event.body), ...(event.categories ?? []).map((c) => c.title), event.venue?.name].join(' ').toLowerCase();
}

const WORD = '[\\p{L}\\p{N}]';
const whole = (text: string, word: string) => new RegExp(`(?<!${WORD})${word}(?!${WORD})`, 'iu').test(text);

test('«konsert» on Appelsinia: every event hit is about a concert, none found through an accessibility note', async () => {
  const data = await siteData('appelsinia');
  const { page, hits } = await search('appelsinia', 'konsert');
  assert.ok(hits.length > 0);
  for (const hit of hits) {
    const text = searchable(data, hit.path);
    if (text !== undefined) assert.ok(text.includes('konsert'), `${hit.path} has no «konsert» in its title, summary, text, category or venue`);
  }
  await page.context().close();
});

test('«ibsen» on the library: no hit from the street address «Henrik Ibsens gate»; whole-word Ibsen first', async () => {
  const data = await siteData('ibsenbiblioteket');
  const { page, hits } = await search('ibsenbiblioteket', 'ibsen');
  assert.ok(hits.length > 0);
  for (const hit of hits) {
    const text = searchable(data, hit.path);
    if (text !== undefined) assert.ok(text.includes('ibsen'), `${hit.path} matches «ibsen» only in what is not indexed (its address?)`);
  }
  // An event's address is not indexed, so no event hit shows it (a page may name it in its own text).
  const eventHits = await page.locator('[data-search-results] li:has(a[href^="/arrangementer/"])').allTextContents();
  assert.ok(eventHits.length > 0);
  assert.not.ok(eventHits.some((t) => t.includes('Henrik Ibsens gate')), 'an address shows in an event hit');
  assert.ok(whole(`${hits[0]!.title} ${(await page.locator('[data-search-results] li').first().textContent()) ?? ''}`, 'ibsen'), `first hit «${hits[0]!.title}» has no whole word «Ibsen»`);
  await page.context().close();
});

test('«jul» on Bydelshus: hits with the word «jul» come before hits that only have «juli»', async () => {
  const { page, hits } = await search('bydelshus', 'jul');
  assert.ok(hits.length > 0);
  const texts = await page.locator('[data-search-results] li').allTextContents();
  assert.ok(whole(texts[0]!, 'jul'), `first hit «${hits[0]!.title}» has no whole word «jul»`);
  const firstJuliOnly = texts.findIndex((t) => whole(t, 'juli') && !whole(t, 'jul'));
  const lastJul = texts.map((t) => whole(t, 'jul')).lastIndexOf(true);
  if (firstJuliOnly >= 0) assert.ok(firstJuliOnly > lastJul, `«juli» hit at ${firstJuliOnly} before a «jul» hit at ${lastJul}`);
  await page.context().close();
});

test('upcoming events before past ones; every event hit shows its date; a repeated event differs by date', async () => {
  const data = await siteData('appelsinia');
  // A title used by several events, some past and some to come.
  const repeated = data.events.map((e) => e.title!).find((title) => data.upcoming.some((e) => e.title === title) && data.past.some((e) => e.title === title) && data.events.filter((e) => e.title === title).length >= 2);
  assert.ok(repeated, 'the sample has a repeated event on Appelsinia');
  const { page, hits } = await search('appelsinia', repeated!);
  const upcoming = new Set(data.upcoming.map((e) => `/arrangementer/${e.slug}/`));
  const past = new Set(data.past.map((e) => `/arrangementer/${e.slug}/`));
  const same = hits.filter((h) => h.title === repeated);
  assert.ok(same.length >= 2, `«${repeated}» shows ${same.length} hits`);
  const order = same.map((h) => (upcoming.has(h.path) ? 'kommende' : past.has(h.path) ? 'tidligere' : '?'));
  assert.ok(order.lastIndexOf('kommende') < Math.max(0, order.indexOf('tidligere')) || !order.includes('tidligere'), `order: ${order.join(', ')}`);
  for (const hit of hits.filter((h) => h.path.startsWith('/arrangementer/'))) assert.match(hit.meta, /\d{4}|Ny dato kommer/, `${hit.path} shows no date: «${hit.meta}»`);
  assert.is(new Set(same.map((h) => h.meta)).size, same.length, `the «${repeated}» hits look alike: ${same.map((h) => h.meta).join(' | ')}`);
  await page.context().close();
});

test.run();
