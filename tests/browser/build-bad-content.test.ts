/**
 * Bad input never breaks a site or a good page, and is never dropped silently: a build from
 * a dataset with broken documents publishes everything valid, leaves the broken documents out,
 * names each (id, field, rule) in the report, escapes hostile text everywhere it appears, and
 * gives a corrupt image a patterned card plus a warning. `--strict` fails on the errors.
 * Only published content reaches the build: a release version, a system document, a draft's
 * venue and a draft's image stay out, and an alert whose window has closed is never written.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ical from 'node-ical';
import { buildSites, repoRoot } from '../../scripts/lib/build-sites.ts';
import { copyDataset, docById } from '../support/dataset-copy.ts';

const HOSTILE = `<script>alert("x")</script> «Sitat» & 'apostrof'`;
const ids = {
  hostile: 'event.bydelshus.babysang-pa-hoppestad-8-desember',
  backwards: 'event.bydelshus.babysang-pa-hoppestad-12-januar',
  javascriptLink: 'event.bydelshus.17-mai-frokost-pa-hoppestad',
  missingVenue: 'event.bydelshus.babysang-pa-hoppestad-9-februar',
  version: 'event.bydelshus.hemmelig-konsert',
  system: 'event.bydelshus.systemkonsert',
  draftVenue: 'event.bydelshus.filmmatine-pa-gulset',
};
const slug = (id: string) => id.split('.').pop()!;
const DRAFT_IMAGE = 'feedfacefeedfacefeedfacefeedfacefeedface-1600x1067.jpg';

const dataset = copyDataset((docs) => {
  docById(docs, ids.hostile).title = HOSTILE;
  const backwards = docById(docs, ids.backwards);
  backwards.endsAt = '2027-01-01T10:00:00+01:00';
  docById(docs, ids.javascriptLink).ticketUrl = 'javascript:alert(document.cookie)';
  docById(docs, ids.missingVenue).venue = { _type: 'reference', _ref: 'venue.finnes-ikke' };
  docById(docs, ids.missingVenue).image = { _type: 'image', _sanityAsset: 'image@file://./images/deadbeefdeadbeefdeadbeefdeadbeefdeadbeef-1600x1067.jpg', alt: 'Ødelagt bilde' };
  docs.push({ _id: 'legacy.1', _type: 'legacyBanner', text: 'gammel' });
  // Unpublished: an event only in a content release, and one under a system path.
  const template = docById(docs, ids.missingVenue);
  docs.push({ ...structuredClone(template), _id: `versions.rTest.${ids.version}`, title: 'Hemmelig konsert', slug: { _type: 'slug', current: 'hemmelig-konsert' } });
  docs.push({ ...structuredClone(template), _id: `_.bundles.${ids.system}`, title: 'Systemkonsert', slug: { _type: 'slug', current: 'systemkonsert' } });
  // A published event whose venue exists only as a draft, and a draft whose image no published document uses.
  docs.push({ _id: 'drafts.venue.nytt-kulturhus', _type: 'venue', name: 'Nytt kulturhus (utkast)', slug: { _type: 'slug', current: 'nytt-kulturhus' } });
  docById(docs, ids.draftVenue).venue = { _type: 'reference', _ref: 'venue.nytt-kulturhus' };
  docs.push({ ...structuredClone(docById(docs, ids.draftVenue)), _id: `drafts.${ids.draftVenue}`, image: { _type: 'image', _sanityAsset: `image@file://./images/${DRAFT_IMAGE}`, alt: 'Bare i utkastet' } });
  // An alert whose window closed before now (FASETT_NOW is 1 December 2026).
  docs.push({ _id: 'alert.stengt-vann', _type: 'alert', title: 'Vannet er stengt', message: 'Vannet var stengt i november.', severity: 'warning', sites: [], startsAt: '2026-11-01T08:00:00+01:00', endsAt: '2026-11-20T16:00:00+01:00' });
});
writeFileSync(join(dataset, 'images', 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef-1600x1067.jpg'), 'this is not a jpeg');
const anImage = readdirSync(join(dataset, 'images')).find((name) => name.endsWith('.jpg') && !name.startsWith('deadbeef'))!;
copyFileSync(join(dataset, 'images', anImage), join(dataset, 'images', DRAFT_IMAGE));
// Inside the repository: Astro keeps prerender chunks beside an outside outDir, shared by builds.
mkdirSync(join(repoRoot, 'tests/.tmp'), { recursive: true });
const dist = mkdtempSync(join(repoRoot, 'tests/.tmp/bad-dist-'));
const env = { CONTENT_DATASET: dataset, FASETT_DIST_DIR: dist, FASETT_CACHE_DIR: join(dist, '.cache') };
const result = await buildSites({ sites: ['bydelshus'], env, quiet: true });
const site = (path: string) => join(dist, 'bydelshus', path);
const read = (path: string) => readFileSync(site(path), 'utf8');
const report = JSON.parse(readFileSync(join(dist, '_reports', 'bydelshus.json'), 'utf8')) as {
  problems: Array<{ documentId: string; field: string; rule: string; severity: string }>;
};
const problem = (id: string, rule: string) => report.problems.find((p) => p.documentId === id && p.rule === rule);

test('the build succeeds and publishes every valid page', () => {
  assert.is(result.exitCode, 0, result.results[0]?.output.slice(-2000));
  assert.ok(existsSync(site('index.html')));
  assert.ok(existsSync(site('arrangementer/index.html')));
});

test('a document with an error is left out and named with its field and rule', () => {
  assert.not.ok(existsSync(site(`arrangementer/${slug(ids.backwards)}/index.html`)));
  assert.ok(problem(ids.backwards, 'event.endsAfterStart'));
  assert.is(problem(ids.backwards, 'event.endsAfterStart')!.severity, 'error');
  assert.not.ok(existsSync(site(`arrangementer/${slug(ids.javascriptLink)}/index.html`)));
  assert.is(problem(ids.javascriptLink, 'link.safeScheme')?.field, 'ticketUrl');
  assert.not.ok(read('arrangementer/index.html').includes('javascript:'));
});

test('a reference to a missing venue does not break the page: it renders without it, with a warning', () => {
  const html = read(`arrangementer/${slug(ids.missingVenue)}/index.html`);
  assert.match(html, /<h1>/);
  assert.not.ok(html.includes('<dt>Hvor</dt>'));
  assert.is(problem(ids.missingVenue, 'reference.exists')?.field, 'venue');
});

test('a corrupt image gives a card with the themed pattern and a warning, never a failed build', () => {
  assert.ok(existsSync(site(`kort/arrangementer/${slug(ids.missingVenue)}-og.jpg`)));
  const card = report.problems.find((p) => p.documentId === ids.missingVenue && p.rule.startsWith('card.image'));
  assert.ok(card, 'the card problem is in the report');
  assert.is(card!.severity, 'warning');
});

test('a document of an unknown type is skipped and reported, not a crash', () => {
  assert.ok(problem('legacy.1', 'document.unknownType'));
});

test('hostile text in a title is escaped in the page, the meta tags, JSON-LD, RSS, iCalendar and events.json', () => {
  const html = read(`arrangementer/${slug(ids.hostile)}/index.html`);
  // Inside a quoted attribute "<" is inert (and legal); everywhere else it must be escaped.
  const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
  assert.not.ok(outsideAttributes.includes('<script>alert'), 'no live script element from content');
  assert.ok(outsideAttributes.includes('&lt;script&gt;alert'), 'shown as text');
  assert.match(html, /<meta property="og:title" content="[^"]*alert\(&quot;x&quot;\)[^"]*&amp; 'apostrof'">/, 'quotes cannot end the attribute');
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
  assert.not.ok(ld.includes('</script'));
  assert.is(JSON.parse(ld).name, HOSTILE);
  const rss = read('rss.xml');
  assert.not.ok(rss.includes('<script>'));
  assert.ok(rss.includes('&lt;script&gt;alert'));
  const calendar = Object.values(ical.sync.parseICS(read('events.ics'))) as Array<{ type: string; summary?: string }>;
  assert.ok(calendar.some((c) => c.type === 'VEVENT' && c.summary === HOSTILE), 'iCalendar carries it as plain text');
  const json = JSON.parse(read('events.json')) as { itemListElement: Array<{ name: string }> };
  assert.ok(json.itemListElement.some((e) => e.name === HOSTILE));
});

test('a release version or a system document is never built: no page, not in the sitemap, the month or the calendar', () => {
  for (const hidden of ['hemmelig-konsert', 'systemkonsert']) {
    assert.not.ok(existsSync(site(`arrangementer/${hidden}/index.html`)), `${hidden} has no page`);
    assert.not.ok(read('sitemap-0.xml').includes(hidden), `${hidden} is not in the sitemap`);
    assert.not.ok(read('events.ics').includes(hidden), `${hidden} is not in the calendar`);
    assert.not.ok(read('events.json').includes(hidden), `${hidden} is not in events.json`);
    for (const month of readdirSync(site('arrangementer/maned'))) {
      assert.not.ok(read(`arrangementer/maned/${month}/index.html`).includes(hidden), `${hidden} is not in the ${month} list`);
    }
  }
});

test('a venue that is only a draft is reported and rendered as absent, never as the draft', () => {
  const html = read(`arrangementer/${slug(ids.draftVenue)}/index.html`);
  assert.not.ok(html.includes('Nytt kulturhus'), 'the draft venue is not shown');
  assert.is(problem(ids.draftVenue, 'reference.exists')?.field, 'venue');
});

test("an image only a draft uses is not shipped with the site", () => {
  const shipped = readdirSync(site('_astro'));
  assert.ok(shipped.some((name) => /\.(jpe?g|webp|png)$/.test(name)), 'the site ships the images its events use');
  assert.not.ok(shipped.some((name) => name.startsWith('feedface')), 'the draft-only image is not in _astro/');
});

test('an alert whose window has closed is not in alerts.json', () => {
  const alerts = JSON.parse(read('alerts.json')) as { alerts: Array<{ id: string }> };
  assert.not.ok(alerts.alerts.some((a) => a.id === 'alert.stengt-vann'));
});

test('--strict fails the build when any document has an error', async () => {
  const strict = await buildSites({ sites: ['bydelshus'], env, quiet: true, strict: true });
  assert.is.not(strict.exitCode, 0);
});

test.run();
