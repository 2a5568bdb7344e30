/** Slugs: generated the Norwegian way, URL-safe, never a path, unique per site and type. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify, SLUG_PATTERN } from '../../../shared/rules/index.ts';
import { edited, problemsOf, ref, summary, world } from './fixtures.ts';

test('slugify spells out Norwegian letters and keeps only a-z, 0-9 and hyphens', () => {
  assert.is(slugify('Årets første konsert'), 'arets-forste-konsert');
  assert.is(slugify('Bæreposer & blåbær'), 'baereposer-og-blabaer');
  assert.is(slugify('  Crème brûlée – på Søndag!  '), 'creme-brulee-pa-sondag');
  assert.is(slugify('ÆØÅ æøå'), 'aeoa-aeoa');
  assert.is(slugify('../../etc/passwd'), 'etc-passwd');
  assert.is(slugify('Konsert 🎷 2026'), 'konsert-2026');
  assert.is(slugify(42), '');
  const long = slugify('Et veldig langt arrangementsnavn '.repeat(10));
  assert.ok(long.length <= 96);
  assert.ok(SLUG_PATTERN.test(long), long);
});

test('a slug that is unique within its site and type passes', async () => {
  // The same slug on another site, or on another type on the same site, is fine.
  const docs = [
    ...world(),
    { _id: 'page.appelsinia.om-oss', _type: 'page', title: 'Om oss', slug: { current: 'om-oss' }, site: ref('site.appelsinia') },
    {
      _id: 'article.bydelshus.om-oss',
      _type: 'article',
      title: 'Om oss',
      slug: { current: 'om-oss' },
      site: ref('site.bydelshus'),
      publishedAt: '2026-01-01T00:00:00Z',
      summary: 'x',
    },
  ];
  assert.equal(summary(await problemsOf(docs)), []);
});

test('the document that had the slug first keeps it; the later one is reported', async () => {
  const docs = [
    {
      _id: 'page.bydelshus.b',
      _type: 'page',
      _createdAt: '2026-02-01T00:00:00Z',
      title: 'B',
      slug: { current: 'samme' },
      site: ref('site.bydelshus'),
    },
    {
      _id: 'page.bydelshus.a',
      _type: 'page',
      _createdAt: '2026-01-01T00:00:00Z',
      title: 'A',
      slug: { current: 'samme' },
      site: ref('site.bydelshus'),
    },
    ...world(),
  ];
  const problems = await problemsOf(docs);
  assert.equal(summary(problems), ['slug.uniquePerSite @ page.bydelshus.b slug']);
  assert.match(problems[0]!.message, /page\.bydelshus\.a/);
});

test('shared documents (venues, categories, audiences) are unique across all sites', async () => {
  const docs = [...world(), { _id: 'venue.kafeen-2', _type: 'venue', name: 'Kafeen 2', slug: { current: 'kafeen' } }];
  assert.equal(summary(await problemsOf(docs)), ['slug.uniquePerSite @ venue.kafeen-2 slug']);
});

test('drafts neither count as holders nor get checked', async () => {
  const docs = [
    ...world(),
    { _id: 'drafts.page.bydelshus.om-oss', _type: 'page', title: 12, slug: { current: 'om-oss' }, site: ref('site.bydelshus') },
  ];
  assert.equal(summary(await problemsOf(docs)), []);
});

test('paths and unsafe characters are refused', async () => {
  for (const [slug, rule] of [
    ['a/b', 'slug.notPath'],
    ['..', 'slug.notPath'],
    ['a\\b', 'slug.notPath'],
    ['Store-Bokstaver', 'slug.urlSafe'],
    ['blåbær', 'slug.urlSafe'],
    ['dobbel--strek', 'slug.urlSafe'],
    ['-start', 'slug.urlSafe'],
    ['med mellomrom', 'slug.urlSafe'],
    ['%2e%2e', 'slug.urlSafe'],
  ] as const) {
    const docs = edited('page.bydelshus.om-oss', (d) => {
      d.slug = { current: slug };
    });
    // The menu's page keeps its reference, so only the slug is reported.
    assert.equal(summary(await problemsOf(docs)), [`${rule} @ page.bydelshus.om-oss slug`], slug);
  }
});

test('of two events cross-listed to the same site with the same address, the one created first keeps it there', async () => {
  const guest = (id: string, site: string, createdAt: string) => ({
    _id: id,
    _type: 'event',
    _createdAt: createdAt,
    title: 'Gjest',
    slug: { current: 'gjest' },
    site: ref(site),
    alsoOn: [{ _key: 'g1', ...ref('site.bydelshus') }],
    startsAt: '2026-03-05T18:00:00Z',
    summary: 'x',
  });
  const docs = [...world(), guest('event.later', 'site.appelsinia', '2026-02-01T00:00:00Z'), guest('event.first', 'site.ibsenbiblioteket', '2026-01-05T00:00:00Z')];
  const problems = (await problemsOf(docs)).filter((p) => p.rule === 'event.alsoOnSlugFree');
  assert.equal(summary(problems), ['event.alsoOnSlugFree @ event.later alsoOn[0]']);
  assert.match(problems[0]!.message, /event\.first/);
});

test.run();
