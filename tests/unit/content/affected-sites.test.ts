/** Which sites a published change rebuilds: only those that show the document, before or after. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SanityDocument } from '../../../shared/content/dataset.ts';
import { affectedSites, findReferences, type DocumentChange } from '../../../shared/content/publication.ts';

const SITES = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'];
const ref = (id: string) => ({ _type: 'reference', _ref: id });
const docs: SanityDocument[] = [
  { _id: 'site.bydelshus', _type: 'site', title: 'Bydelshus', navigation: [{ label: 'Om oss', page: ref('page.bydelshus.om') }] },
  { _id: 'site.appelsinia', _type: 'site', title: 'Appelsinia' },
  { _id: 'site.ibsenbiblioteket', _type: 'site', title: 'Ibsenbiblioteket' },
  { _id: 'event.konsert', _type: 'event', title: 'Konsert', site: ref('site.bydelshus'), alsoOn: [ref('site.appelsinia')], categories: [ref('category.konsert')] },
  { _id: 'event.quiz', _type: 'event', title: 'Quiz', site: ref('site.ibsenbiblioteket'), categories: [ref('category.quiz')] },
  { _id: 'campaign.jul', _type: 'campaign', title: 'Jul', site: ref('site.ibsenbiblioteket'), events: [ref('event.konsert')] },
  { _id: 'campaign.dans', _type: 'campaign', title: 'Dans', site: ref('site.ibsenbiblioteket'), eventFilter: { categories: [ref('category.quiz')] } },
  { _id: 'page.bydelshus.om', _type: 'page', title: 'Om oss', site: ref('site.bydelshus') },
  {
    _id: 'article.app', _type: 'article', title: 'Nytt', site: ref('site.appelsinia'),
    body: [{ _type: 'block', markDefs: [{ _type: 'internalLink', reference: ref('event.quiz') }] }],
  },
  { _id: 'alert.alle', _type: 'alert', title: 'Glatte veier', sites: [] },
  { _id: 'alert.bibliotek', _type: 'alert', title: 'Stengt', sites: [ref('site.ibsenbiblioteket')] },
  { _id: 'crossListing.appelsinia', _type: 'crossListing', site: ref('site.appelsinia'), accepted: [{ _key: 'k', _weak: true, ...ref('event.konsert') }] },
  { _id: 'venue.gulset', _type: 'venue', name: 'Gulset' },
  { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' },
  { _id: 'page.bydelshus.bilde', _type: 'page', title: 'Bilde', site: ref('site.bydelshus'), seo: { shareImage: { asset: ref('image-abc-10x10-png') } } },
];
const documents = new Map(docs.map((doc) => [doc._id, doc]));
const changed = (id: string, edit: (doc: SanityDocument) => SanityDocument = (d) => ({ ...d, title: 'Endret' })): DocumentChange => {
  const before = documents.get(id)!;
  return { id, before, after: edit(before) };
};
const sitesFor = (changes: DocumentChange[], notice?: Parameters<typeof affectedSites>[0]['notice']) =>
  affectedSites({ changes, notice, documents, sites: SITES }).sites;

test('an event rebuilds its own site, its alsoOn sites and the sites of campaigns that list it', () => {
  assert.equal(sitesFor([changed('event.konsert')]), ['appelsinia', 'bydelshus', 'ibsenbiblioteket']);
});

test('a cross-listing the host has not accepted rebuilds only the owner; accepting and withdrawing rebuild the host', () => {
  const spill = { _id: 'event.spill', _type: 'event', title: 'Spillkveld', site: ref('site.bydelshus'), alsoOn: [ref('site.appelsinia')] };
  const withSpill = new Map([...documents, [spill._id, spill]]);
  const sites = (change: DocumentChange) => affectedSites({ changes: [change], documents: withSpill, sites: SITES }).sites;
  assert.equal(sites({ id: spill._id, before: spill, after: { ...spill, title: 'Endret' } }), ['bydelshus']);
  const acceptance = documents.get('crossListing.appelsinia')!;
  const accepted = { ...acceptance, accepted: [...(acceptance.accepted as object[]), { _key: 's', _weak: true, ...ref('event.spill') }] };
  assert.equal(sites({ id: acceptance._id, before: acceptance, after: accepted }), ['appelsinia']);
  // Withdrawn: the concert leaves appelsinia, and nothing else changes.
  assert.equal(sites({ id: acceptance._id, before: acceptance, after: { ...acceptance, accepted: [] } }), ['appelsinia']);
});

test('an event on one site only, linked from an article elsewhere, rebuilds both and nothing else', () => {
  assert.equal(sitesFor([changed('event.quiz')]), ['appelsinia', 'ibsenbiblioteket']);
});

test('an event moved between sites rebuilds the old and the new site', () => {
  const change = changed('event.quiz', (d) => ({ ...d, site: ref('site.bydelshus') }));
  assert.equal(sitesFor([change]), ['appelsinia', 'bydelshus', 'ibsenbiblioteket']);
});

test('the webhook body alone is enough when the document is new to the server', () => {
  assert.equal(sitesFor([], { _id: 'event.ny', _type: 'event', site: 'site.bydelshus', alsoOn: [] }), ['bydelshus']);
  assert.equal(sitesFor([], { _id: 'event.ny', _type: 'event', site: 'site.bydelshus', before: { site: 'site.appelsinia' } }), ['appelsinia', 'bydelshus']);
});

test('an alert for every site rebuilds every site; an alert for one site rebuilds that one', () => {
  assert.equal(sitesFor([changed('alert.alle')]), SITES);
  assert.equal(sitesFor([changed('alert.bibliotek')]), ['ibsenbiblioteket']);
});

test('an alert narrowed from every site to one still rebuilds every site (its banner must go)', () => {
  assert.equal(sitesFor([changed('alert.alle', (d) => ({ ...d, sites: [ref('site.bydelshus')] }))]), SITES);
});

test('venues, categories and audiences touch every site', () => {
  assert.equal(sitesFor([changed('venue.gulset')]), SITES);
  assert.equal(sitesFor([], { _id: 'category.ny', _type: 'category' }), SITES);
  assert.equal(sitesFor([], { _id: 'audience.ny', _type: 'audience' }), SITES);
});

test('a site document rebuilds that site, where its events are cross-listed, and sites whose documents list its events', () => {
  // campaign.jul (ibsenbiblioteket) lists event.konsert: whether it may show it is the rulebook's
  // call at build time, so the campaign's site depends on the event and on the event's site.
  assert.equal(sitesFor([changed('site.bydelshus')]), ['appelsinia', 'bydelshus', 'ibsenbiblioteket']);
  // article.app (appelsinia) links to event.quiz, and a link names the event's site.
  assert.equal(sitesFor([changed('site.ibsenbiblioteket')]), ['appelsinia', 'ibsenbiblioteket']);
  // event.konsert (bydelshus, listed by campaign.jul on ibsenbiblioteket) is cross-listed to appelsinia by reference.
  assert.equal(sitesFor([changed('site.appelsinia')]), SITES);
});

test('a page in a site\'s navigation rebuilds that site only', () => {
  assert.equal(sitesFor([changed('page.bydelshus.om')]), ['bydelshus']);
});

test('an image rebuilds the sites of the documents that use it', () => {
  assert.equal(sitesFor([changed('image-abc-10x10-png', (d) => ({ ...d, _fileStamp: 'new' }))]), ['bydelshus']);
});

test('a deleted document rebuilds where it was', () => {
  assert.equal(sitesFor([{ id: 'page.bydelshus.om', before: documents.get('page.bydelshus.om') }]), ['bydelshus']);
});

test('drafts never rebuild a public site', () => {
  assert.equal(sitesFor([], { _id: 'drafts.event.konsert', _type: 'event', site: 'site.bydelshus' }), []);
});

test('an unknown document type rebuilds every site rather than leave one stale', () => {
  assert.equal(sitesFor([], { _id: 'x', _type: 'somethingNew' }), SITES);
});

test('the reasons name the document and the sites', () => {
  const change = changed('event.quiz');
  const after = new Map(documents).set('event.quiz', change.after!);
  const { reasons } = affectedSites({ changes: [change], documents: after, sites: SITES });
  assert.equal(reasons, ['event «Endret» (event.quiz) → appelsinia, ibsenbiblioteket']);
});


test('the references found at server start are the ones a publish uses: the publish walks no document again, and answers as without them', () => {
  // Each document a Proxy that counts how often its fields are listed (the reference walk lists
  // every object's fields); fresh copies answer the same question without anything found before.
  let listed = 0;
  const counted = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const copy = Array.isArray(value) ? value.map(counted) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, counted(v)]));
    return new Proxy(copy, { ownKeys: (target) => (listed++, Reflect.ownKeys(target)) });
  };
  const watched = new Map(docs.map((doc) => [doc._id, counted(doc) as SanityDocument]));
  findReferences(watched.values());
  assert.ok(listed > 0, 'the start-up walk lists the documents’ fields');
  // The edit is a new document object, as the dataset tracker gives it; its walk is not counted.
  const edit = { ...structuredClone(docs.find((doc) => doc._id === 'event.quiz')!), title: 'Quiz, ny dato' };
  listed = 0;
  const change: DocumentChange = { id: 'event.quiz', before: watched.get('event.quiz'), after: edit };
  const warm = affectedSites({ changes: [change], documents: new Map([...watched, ['event.quiz', edit]]), sites: SITES });
  assert.is(listed, 0, 'the publish lists no field of a document read before');
  const fresh = structuredClone(docs);
  const cold = affectedSites({
    changes: [{ id: 'event.quiz', before: fresh.find((d) => d._id === 'event.quiz'), after: { ...fresh.find((d) => d._id === 'event.quiz')!, title: 'Quiz, ny dato' } }],
    documents: new Map(fresh.map((doc) => [doc._id, doc._id === 'event.quiz' ? { ...doc, title: 'Quiz, ny dato' } : doc])),
    sites: SITES,
  });
  assert.equal(warm, cold);
  assert.equal(warm.sites, ['appelsinia', 'ibsenbiblioteket']);
});

test.run();
