/**
 * The Studio gate: the schema's validation runs the shared rulebook and puts each problem
 * on the field it names, as an error (blocks publishing) or a warning.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toSanityPath } from '../../../studio/validation/rulebook.ts';
import { edited, image, NARROW_ASSET, ref, world, type Obj } from '../rules/fixtures.ts';
import { studioMarkers } from './support.ts';

const brief = (markers: Awaited<ReturnType<typeof studioMarkers>>) =>
  markers.map((m) => `${m.level} ${JSON.stringify(m.path)} ${/\[([a-zA-Z.]+)\]$/.exec(m.message)?.[1] ?? m.message}`);

test('a valid document shows no markers', async () => {
  const docs = world();
  for (const doc of docs.filter((d) => !d._type.startsWith('sanity.'))) {
    assert.equal(brief(await studioMarkers(doc, docs)), [], doc._id);
  }
});

test('an event that ends before it starts gets an error on «Slutter»', async () => {
  const docs = edited('event.jazz', (d) => {
    d.endsAt = '2026-03-01T17:00:00Z';
  });
  const event = docs.find((d) => d._id === 'event.jazz')!;
  const markers = await studioMarkers({ ...event, _id: 'drafts.event.jazz' }, docs);
  assert.equal(brief(markers), ['error ["endsAt"] event.endsAfterStart']);
  assert.match(markers[0]!.message, /Slutttiden er før starttiden/);
});

test('problems deep in Portable Text land on the keyed path of the link or image', async () => {
  const docs = edited('event.jazz', (d) => {
    const body = d.body as Obj[];
    (body[0]!.markDefs as Obj[])[0]!.href = 'javascript:alert(1)';
    body[1] = { _type: 'image', _key: 'i1', asset: ref(NARROW_ASSET), alt: '' };
  });
  const event = docs.find((d) => d._id === 'event.jazz')!;
  assert.equal(brief(await studioMarkers(event, docs)), [
    'error ["body",{"_key":"i1"},"alt"] image.altRequired',
    'error ["body",{"_key":"b1"},"markDefs",{"_key":"m1"},"href"] link.safeScheme',
  ]);
});

test('a missing summary is a warning, not an error', async () => {
  const docs = edited('event.jazz', (d) => {
    delete d.summary;
  });
  const event = docs.find((d) => d._id === 'event.jazz')!;
  assert.equal(brief(await studioMarkers(event, docs)), ['warning ["summary"] field.recommended']);
});

test('a slug another page on the same site already has is an error on the slug field', async () => {
  const docs = world();
  const draft = {
    _id: 'drafts.page.bydelshus.ny',
    _type: 'page',
    title: 'Ny',
    slug: { _type: 'slug', current: 'om-oss' },
    site: ref('site.bydelshus'),
  };
  const markers = await studioMarkers(draft, [...docs, draft]);
  const onSlug = markers.filter((m) => JSON.stringify(m.path) === '["slug"]');
  assert.ok(
    onSlug.some((m) => m.level === 'error' && m.message.endsWith('[slug.uniquePerSite]')),
    JSON.stringify(markers),
  );
  // Its own published version does not count as a conflict.
  const ownDraft = { ...docs.find((d) => d._id === 'page.bydelshus.om-oss')!, _id: 'drafts.page.bydelshus.om-oss' };
  assert.equal(brief(await studioMarkers(ownDraft, [...docs, ownDraft])), []);
});

test('the hero image size is read from the asset metadata', async () => {
  const docs = edited('campaign.bydelshus.sommer', (d) => {
    (d.hero as Obj).image = image(NARROW_ASSET);
  });
  const campaign = docs.find((d) => d._id === 'campaign.bydelshus.sommer')!;
  assert.equal(brief(await studioMarkers(campaign, docs)), ['error ["hero","image"] image.minWidth']);
});

test('field paths become Sanity paths, keyed where the array items have keys', () => {
  const doc = { body: [{ _key: 'a', markDefs: [{ _key: 'm' }] }, { nokey: true }], hero: { image: {} } };
  assert.equal(toSanityPath('body[0].markDefs[0].href', doc), ['body', { _key: 'a' }, 'markDefs', { _key: 'm' }, 'href']);
  assert.equal(toSanityPath('body[1]', doc), ['body', 1]);
  assert.equal(toSanityPath('hero.image.alt', doc), ['hero', 'image', 'alt']);
  assert.equal(toSanityPath('', doc), []);
});

test.run();
