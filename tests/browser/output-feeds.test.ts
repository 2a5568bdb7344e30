/**
 * Feeds as a feed reader and a calendar see them: RSS parsed by an independent parser
 * (rss-parser), iCalendar by node-ical, events.json as schema.org Events.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import ical, { type VEvent } from 'node-ical';
import { XMLValidator } from 'fast-xml-parser';
import { builtFile, builtFiles, distRoot, SITES } from '../support/built.ts';
import { formatTime } from '../../shared/format/datetime.ts';

const parser = new Parser({ customFields: { feed: ['language'] } });

for (const site of SITES) {
  test(`${site}: every RSS feed is well-formed XML and reads as RSS 2.0 with items`, async () => {
    const feeds = builtFiles(site, (p) => p.endsWith('.xml') && (p.includes('/rss') || p.endsWith('/rss.xml')));
    assert.ok(feeds.length >= 3, `${site} has a main feed plus category/audience feeds (${feeds.length})`);
    for (const file of feeds) {
      const xml = readFileSync(file, 'utf8');
      assert.is(XMLValidator.validate(xml), true, `${file} is well-formed`);
      const feed = await parser.parseString(xml);
      assert.ok(feed.title, `${file} has a title`);
      assert.ok(feed.items.length > 0, `${file} has items`);
    }
  });

  test(`${site}: the main feed has language nb, a self link, an image, and complete items`, async () => {
    const xml = builtFile(site, 'rss.xml');
    const feed = await parser.parseString(xml);
    assert.is((feed as unknown as { language: string }).language, 'nb');
    assert.match(xml, /<atom:link href="https:\/\/[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    assert.match(xml, /<image><url>https:\/\/[^<]+\/kort\/forside-og\.(png|jpg)<\/url>/);
    for (const item of feed.items) {
      assert.ok(item.title && item.link && item.guid && item.pubDate, `item ${item.title} has title, link, guid, pubDate`);
      assert.is(item.guid, item.link, 'the guid is the stable canonical URL');
      assert.ok(item.content !== undefined || item.contentSnippet !== undefined);
    }
    const events = feed.items.filter((i) => i.link?.includes('/arrangementer/'));
    assert.ok(events.length > 0);
    // Every event this site draws a card for has it as enclosure, typed by its format; a
    // cross-listed event's card is its owner's (no enclosure here).
    const own = events.filter((i) => i.link!.startsWith(new URL(xml.match(/<atom:link href="([^"]+)"/)![1]!).origin));
    assert.ok(own.length > 0);
    for (const item of own) {
      const { url = '', length, type } = item.enclosure ?? {};
      assert.match(url, /-og\.(jpg|png)$/, `${item.title}: enclosure`);
      assert.ok(Number(length) > 1000);
      assert.is(type, url.endsWith('.jpg') ? 'image/jpeg' : 'image/png');
      assert.is(Number(length), statSync(join(distRoot(), site, new URL(url).pathname)).size, `${item.title}: the enclosure's length is the file's`);
    }
    assert.ok(events.some((i) => (i.categories ?? []).length > 0));
  });

  test(`${site}: events.ics parses, times match Europe/Oslo, cancelled events say so, UIDs are stable`, () => {
    const text = builtFile(site, 'events.ics');
    const calendar = ical.sync.parseICS(text);
    const events = Object.values(calendar).filter((c): c is VEvent => c?.type === 'VEVENT');
    assert.ok(events.length > 5);
    const json = JSON.parse(builtFile(site, 'events.json')) as { itemListElement: Array<{ url: string; startDate: string; eventStatus: string; identifier: string }> };
    for (const ev of events) {
      const match = json.itemListElement.find((e) => e.url === ev.url?.toString() || e.url === (ev.url as unknown as { val?: string })?.val);
      assert.ok(match, `${ev.summary} is in events.json too`);
      assert.is(new Date(ev.start).getTime(), new Date(match!.startDate).getTime(), 'same instant as the content');
      assert.is(formatTime(new Date(ev.start)), formatTime(new Date(match!.startDate)));
      assert.match(String(ev.uid), /^event\.[^@]+@[a-z.]+$/);
      if (match!.eventStatus.endsWith('EventCancelled')) assert.is(ev.status, 'CANCELLED');
    }
    assert.ok(events.some((e) => e.location && (e as unknown as { geo?: unknown }).geo), 'LOCATION with GEO');
  });

  test(`${site}: each event has its own .ics, and the follow page offers webcal: subscriptions`, () => {
    const ics = builtFiles(site, (p) => /\/arrangementer\/[^/]+\.ics$/.test(p));
    assert.ok(ics.length > 10);
    const one = ical.sync.parseICS(readFileSync(ics[0]!, 'utf8'));
    assert.is(Object.values(one).filter((c) => c?.type === 'VEVENT').length, 1);
    const follow = builtFile(site, 'folg-med/index.html');
    assert.match(follow, /href="webcal:\/\/[^"]+\/events\.ics"/);
    assert.match(follow, /href="\/rss\.xml"/);
  });

  test(`${site}: events.json lists upcoming events as schema.org Events with absolute URLs and status`, () => {
    const json = JSON.parse(builtFile(site, 'events.json')) as { '@context': string; itemListElement: Array<Record<string, string>> };
    assert.is(json['@context'], 'https://schema.org');
    assert.ok(json.itemListElement.length > 5);
    for (const e of json.itemListElement) {
      assert.is(e['@type'], 'Event');
      assert.match(e.url!, /^https:\/\//);
      assert.match(e.eventStatus!, /^https:\/\/schema\.org\/Event/);
      assert.ok(e.identifier);
    }
  });
}

test.run();
