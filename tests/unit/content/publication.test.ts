/**
 * The one definition of what each site shows (shared/content/publication.ts): which ids are
 * public, which documents a site's output depends on, and what time has done to a site. The
 * expected values are written out by hand from the content contract, never computed by the
 * module under test.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadAllSiteConfigs } from '../../../shared/config/site.ts';
import { checkContent } from '../../../shared/content/content-check.ts';
import { loadDataset } from '../../../shared/content/dataset.ts';
import { datasetSource } from '../../../shared/content/dataset-source.ts';
import {
  isPublicId,
  nextOsloMidnight,
  publicationIndex,
  publishedIdOf,
  siteDependencies,
  timeFacts,
} from '../../../shared/content/publication.ts';
import { copyDataset, type Doc } from '../../support/dataset-copy.ts';

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';

const ref = (id: string) => ({ _type: 'reference', _ref: id });

test('only published ids are public: not drafts, not release versions, not system documents', () => {
  assert.ok(isPublicId('event.konsert'));
  assert.ok(isPublicId('site.bydelshus'));
  assert.ok(isPublicId('image-abc-10x10-png'));
  assert.not.ok(isPublicId('drafts.event.konsert'));
  assert.not.ok(isPublicId('versions.rJul.event.konsert'));
  assert.not.ok(isPublicId('_.releases.rJul'));
  assert.is(publishedIdOf('drafts.event.konsert'), 'event.konsert');
  assert.is(publishedIdOf('versions.rJul.event.konsert'), 'event.konsert');
  assert.is(publishedIdOf('event.konsert'), 'event.konsert');
});

const fixture: Array<{ _id: string; _type: string; [field: string]: unknown }> = [
  { _id: 'site.a', _type: 'site' },
  { _id: 'site.b', _type: 'site', navigation: [{ page: ref('page.b.om') }] },
  { _id: 'own', _type: 'event', site: ref('site.a'), venue: ref('venue.x'), image: { asset: ref('image-1') } },
  { _id: 'guest', _type: 'event', site: ref('site.b'), alsoOn: [{ _key: 'k', ...ref('site.a') }] },
  // Cross-listed to a too, but a has not accepted it: a neither shows it nor depends on it.
  { _id: 'asking', _type: 'event', site: ref('site.b'), alsoOn: [{ _key: 'k', ...ref('site.a') }] },
  { _id: 'crossListing.a', _type: 'crossListing', site: ref('site.a'), accepted: [{ _key: 'g', _weak: true, ...ref('guest') }] },
  // A draft acceptance accepts nothing.
  { _id: 'drafts.crossListing.a', _type: 'crossListing', site: ref('site.a'), accepted: [{ _key: 'g', _weak: true, ...ref('guest') }, { _key: 'h', _weak: true, ...ref('asking') }] },
  { _id: 'elsewhere', _type: 'event', site: ref('site.b'), image: { asset: ref('image-2') } },
  { _id: 'linked', _type: 'event', site: ref('site.b') },
  { _id: 'page', _type: 'page', site: ref('site.a'), body: [{ markDefs: [{ _type: 'internalLink', reference: ref('linked') }] }] },
  { _id: 'page.b.om', _type: 'page', site: ref('site.b') },
  { _id: 'alert-all', _type: 'alert', sites: [] },
  { _id: 'alert-a', _type: 'alert', sites: [ref('site.a')] },
  { _id: 'alert-b', _type: 'alert', sites: [ref('site.b')] },
  { _id: 'venue.x', _type: 'venue' },
  { _id: 'image-1', _type: 'sanity.imageAsset' },
  { _id: 'image-2', _type: 'sanity.imageAsset' },
  { _id: 'image-draft', _type: 'sanity.imageAsset' },
  { _id: 'drafts.own', _type: 'event', site: ref('site.a'), image: { asset: ref('image-draft') } },
  { _id: 'versions.r1.elsewhere', _type: 'event', site: ref('site.a') },
];

test("a site depends on what it shows, on what that refers to, and on nothing else", () => {
  const index = publicationIndex(fixture, ['a', 'b']);
  assert.equal(
    [...siteDependencies(index, 'a')].sort(),
    // own, cross-listed (and accepted) and meant-for-it documents, its acceptances, shared taxonomy,
    // the site itself; the venue and image they use; the event a page links to, and that event's site (by name).
    ['alert-a', 'alert-all', 'crossListing.a', 'guest', 'image-1', 'linked', 'own', 'page', 'site.a', 'site.b', 'venue.x'],
  );
  // site.b is followed no further: its menu page is not a's business. The draft's image is nobody's.
  assert.not.ok(siteDependencies(index, 'a').has('page.b.om'));
  assert.not.ok(siteDependencies(index, 'b').has('image-draft'));
  assert.equal(
    [...siteDependencies(index, 'b')].sort(),
    ['alert-all', 'alert-b', 'asking', 'elsewhere', 'guest', 'image-2', 'linked', 'page.b.om', 'site.a', 'site.b', 'venue.x'],
  );
});

test('a cross-listed event is shown on the host only while the host accepts it', () => {
  const shownOnA = (docs: ReadonlyArray<{ _id: string; _type: string; [field: string]: unknown }>) => [...(publicationIndex(docs, ['a', 'b']).shown.get('a') ?? [])].filter((id) => id === 'guest' || id === 'asking').sort();
  assert.equal(shownOnA(fixture), ['guest']);
  // The host withdraws it: the acceptance no longer lists it.
  const withdrawn = fixture.map((d) => (d._id === 'crossListing.a' ? { ...d, accepted: [] } : d));
  assert.equal(shownOnA(withdrawn), []);
  // The owner stops asking: an acceptance alone does not place it there.
  const unasked = fixture.map((d) => (d._id === 'guest' ? { ...d, alsoOn: [] } : d));
  assert.equal(shownOnA(unasked), []);
  // Another site's acceptance does not count for a.
  const elsewhere = fixture.map((d) => (d._id === 'crossListing.a' ? { ...d, site: ref('site.b') } : d));
  assert.equal(shownOnA(elsewhere), []);
});

test('time facts change when an instant is reached and when it is passed, and with the day in Oslo', () => {
  const docs = [
    { _id: 'site.a', _type: 'site' },
    { _id: 'e', _type: 'event', site: ref('site.a'), startsAt: '2026-12-01T18:00:00+01:00', endsAt: '2026-12-01T20:00:00+01:00' },
  ];
  const index = publicationIndex(docs, ['a']);
  const at = (iso: string) => timeFacts(index, 'a', Date.parse(iso));
  assert.is(at('2026-12-01T12:00:00+01:00'), at('2026-12-01T17:59:59+01:00'));
  assert.is.not(at('2026-12-01T17:59:59+01:00'), at('2026-12-01T18:00:00+01:00'));
  assert.is.not(at('2026-12-01T18:00:00+01:00'), at('2026-12-01T18:00:01+01:00'));
  assert.is(at('2026-12-01T20:00:01+01:00'), at('2026-12-01T23:59:59+01:00'));
  assert.is.not(at('2026-12-01T23:59:59+01:00'), at('2026-12-02T00:00:00+01:00'));
});

test('midnight in Oslo, winter and summer time', () => {
  assert.is(new Date(nextOsloMidnight(Date.parse('2026-12-01T12:00:00+01:00'))).toISOString(), '2026-12-01T23:00:00.000Z');
  assert.is(new Date(nextOsloMidnight(Date.parse('2026-07-01T12:00:00+02:00'))).toISOString(), '2026-07-01T22:00:00.000Z');
  // The night the clocks go forward (29 March 2026): midnight is still at UTC+1.
  assert.is(new Date(nextOsloMidnight(Date.parse('2026-03-28T12:00:00+01:00'))).toISOString(), '2026-03-28T23:00:00.000Z');
});

test("a site's check reports the same problems, and leaves out the same documents it shows, as a check of everything", async () => {
  // A broken document on every site (a required title removed), so there is something to find.
  const broken: string[] = [];
  const brokenOn = new Map<string, string>();
  const folder = copyDataset((docs: Doc[]) => {
    for (const site of ['bydelshus', 'appelsinia', 'ibsenbiblioteket']) {
      const event = docs.find((d) => d._type === 'event' && !d._id.startsWith('drafts.') && (d.site as { _ref?: string } | undefined)?._ref === `site.${site}`)!;
      delete event.title;
      broken.push(event._id);
      brokenOn.set(site, event._id);
    }
  });
  const source = datasetSource(await loadDataset(folder));
  const configs = new Map((await loadAllSiteConfigs()).map((c) => [c.slug, c]));
  const everything = await checkContent(source, configs);
  for (const id of broken) assert.ok(everything.excluded.includes(id), `${id} is left out`);
  for (const slug of ['bydelshus', 'appelsinia', 'ibsenbiblioteket']) {
    const scoped = await checkContent(source, configs, { site: slug });
    assert.ok(scoped.documentsChecked < everything.documentsChecked, `${slug} checks fewer documents`);
    assert.equal(scoped.problemsFor(slug), everything.problemsFor(slug), `${slug}: the same problems in its report`);
    assert.ok(scoped.excluded.includes(brokenOn.get(slug)!), `${slug}: its broken event is left out`);
    assert.not.ok(scoped.shownIds(slug).includes(brokenOn.get(slug)!), `${slug}: its broken event is not shown`);
    for (const [other, id] of brokenOn) if (other !== slug) assert.not.ok(scoped.shownIds(slug).includes(id), `${slug} does not show ${other}'s event`);
  }
});

test.run();
