/**
 * Feeds that say what changed (issue 16), read as a feed reader and a calendar read them:
 * rss-parser for RSS (newest published first, pubDate = first publication, lastBuildDate,
 * one status word in a title), node-ical for iCalendar (SEQUENCE grows with each recorded
 * change of time or status; STATUS as the event's). And a summary that looks like markup
 * reaches a reader as text: checked in Chromium by rendering the description as HTML.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Parser from 'rss-parser';
import ical, { type VEvent } from 'node-ical';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { builtFile, SITES } from '../support/built.ts';
import { siteData } from '../../shared/content/site-data.ts';
import { feedResponse } from '../../shared/feeds/rss.ts';

const parser = new Parser();
let browser: Browser;
test.before(async () => {
  browser = await launchChromium();
});
test.after(async () => {
  await browser?.close();
});

const vevents = (site: string) =>
  Object.values(ical.sync.parseICS(builtFile(site, 'events.ics'))).filter((c): c is VEvent => c?.type === 'VEVENT');
const byUid = (site: string, id: string) => vevents(site).find((e) => e.uid === `${id}@${site}.skien.kommune.no`)!;

test('iCalendar: SEQUENCE counts the recorded changes, STATUS is the event\'s', () => {
  const klima = byUid('ibsenbiblioteket', 'event.ibsenbiblioteket.klimaet-i-telemark-fram-mot-2050');
  assert.is(Number(klima.sequence), 2, 'postponed, then a new date: two changes');
  assert.is(klima.status, 'CONFIRMED');
  assert.is(new Date(klima.start as unknown as Date).toISOString(), '2027-05-06T17:00:00.000Z', 'the new time');
  const cancelled = byUid('ibsenbiblioteket', 'event.ibsenbiblioteket.barneteater-bukkene-bruse');
  assert.is(Number(cancelled.sequence), 1);
  assert.is(cancelled.status, 'CANCELLED');
  const postponed = byUid('bydelshus', 'event.bydelshus.skiens-historie-fra-bygd-til-bydeler');
  assert.is(Number(postponed.sequence), 1);
  assert.is(postponed.status, 'TENTATIVE');
  assert.match(String(postponed.description), /Ny dato kommer/);
  const unchanged = byUid('bydelshus', 'event.bydelshus.julekonsert-med-gulset-kor');
  assert.is(Number(unchanged.sequence ?? 0), 0);
  assert.is(unchanged.status, 'CONFIRMED');
  // The calendar file of one event says the same as the site's calendar.
  const single = Object.values(ical.sync.parseICS(builtFile('ibsenbiblioteket', 'arrangementer/klimaet-i-telemark-fram-mot-2050.ics'))).find((c): c is VEvent => c?.type === 'VEVENT')!;
  assert.is(Number(single.sequence), 2);
});

test('iCalendar: an online event gives its stream, never a place', () => {
  const online = byUid('ibsenbiblioteket', 'event.ibsenbiblioteket.ibsen-og-skien-barndommens-byer');
  assert.match(String(online.location), /^Digitalt: https:\/\/www\.youtube\.com\/@ibsenbiblioteket\/live$/);
  assert.match(String(online.description), /Se strømmen: https:\/\/www\.youtube\.com\/@ibsenbiblioteket\/live/);
});

for (const site of SITES) {
  test(`${site}: RSS items newest published first, each dated by its first publication; lastBuildDate; one status word per title`, async () => {
    const xml = builtFile(site, 'rss.xml');
    const feed = await parser.parseString(xml);
    const dates = feed.items.map((i) => Date.parse(i.pubDate!));
    assert.equal(dates, [...dates].sort((a, b) => b - a), 'newest first');
    const lastBuild = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(xml)?.[1];
    assert.ok(lastBuild && !Number.isNaN(Date.parse(lastBuild)), 'lastBuildDate');
    assert.ok(Date.parse(lastBuild!) >= Math.max(...dates), 'lastBuildDate is not before the newest item');
    const data = await siteData(site);
    for (const item of feed.items.filter((i) => i.link?.includes('/arrangementer/'))) {
      const slug = new URL(item.link!).pathname.split('/')[2]!;
      const event = data.eventsBySlug.get(slug)!;
      assert.is(new Date(item.pubDate!).toISOString(), new Date(event._createdAt).toISOString(), `${item.title}: first published`);
      assert.not.match(item.title!, /^(Avlyst|Utsatt|Ny dato|Utsolgt|Digitalt)\b.*\b(Avlyst|Utsatt|Ny dato|Utsolgt|Digitalt)\b/, item.title);
      assert.not.match(item.title!, /^[^:]+: [^:]+:/, `${item.title}: two prefixes`);
    }
  });
}

test('RSS: a postponed event\'s title says so once, in front, and its description gives no date', async () => {
  const feed = await parser.parseString(builtFile('bydelshus', 'rss.xml'));
  const item = feed.items.find((i) => i.link?.endsWith('/arrangementer/skiens-historie-fra-bygd-til-bydeler/'))!;
  assert.is(item.title, 'Utsatt – Skiens historie: fra bygd til bydeler');
  assert.match(item.contentSnippet ?? '', /^Ny dato kommer · Hoppestad bydelshus/);
});

test('RSS: text that looks like markup reaches a feed reader as text, never as a tag', async () => {
  const data = await siteData('bydelshus');
  const hostile = '<img src=x onerror="document.title=\'pwned\'">Gratis & åpent <b>for alle</b>';
  const event = { ...data.upcoming[0]!, title: 'Kveld <script>alert(1)</script>', summary: hostile };
  const response = await feedResponse(data, { title: 'Test', description: 'Test', path: '/rss.xml', events: [event], cardBytes: async () => undefined });
  const feed = await parser.parseString(await response.text());
  const description = feed.items[0]!.content!;
  // A feed reader renders the description as HTML: what a visitor of the reader would see.
  const page = await browser.newPage();
  await page.setContent('<div id="d"></div>');
  const shown = await page.evaluate((html) => {
    const el = document.getElementById('d')!;
    el.innerHTML = html;
    return { text: el.textContent, elements: el.querySelectorAll('*').length };
  }, description);
  assert.is(shown.elements, 0, `no element made from content: ${description}`);
  assert.match(shown.text!, /<img src=x onerror="document.title='pwned'">Gratis & åpent <b>for alle<\/b>/);
  assert.is(await page.title(), '');
  assert.is(feed.items[0]!.title, 'Kveld <script>alert(1)</script>', 'the title is text too');
  await page.close();
});

test.run();
