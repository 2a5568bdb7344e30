/**
 * A small, valid world for rule tests: one document of every type, all passing. Tests
 * copy it, break one thing and look for exactly the problem that causes.
 */
import { contextFromDocuments, validateDocuments, type Problem, type RuleContext } from '../../../shared/rules/index.ts';

export type Doc = { _id: string; _type: string; [field: string]: unknown };
/** Any object inside a document. */
export type Obj = Record<string, unknown>;

const ref = (id: string) => ({ _type: 'reference', _ref: id });
const key = (k: string) => ({ _key: k });

export const ACCENTS: Record<string, string[]> = {
  'site.bydelshus': ['fjord', 'skog', 'solsikke', 'kveld'],
  'site.appelsinia': ['fjord', 'skog', 'appelsin', 'lilla'],
};

/** Asset ids carry the size; the world's asset documents carry it as metadata, as in the Content Lake. */
export const WIDE_ASSET = 'image-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1600x900-jpg';
export const NARROW_ASSET = 'image-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-800x600-jpg';

export const image = (asset = WIDE_ASSET, extra: Record<string, unknown> = {}) => ({
  _type: 'image',
  asset: ref(asset),
  alt: 'Folk som danser i salen',
  ...extra,
});

export function world(): Doc[] {
  return [
    {
      _id: 'site.bydelshus',
      _type: 'site',
      title: 'Bydelshus',
      slug: { _type: 'slug', current: 'bydelshus' },
      tagline: 'Kultur i nabolaget',
      navigation: [
        { ...key('n1'), _type: 'navItem', label: 'Om oss', page: ref('page.bydelshus.om-oss') },
        { ...key('n2'), _type: 'navItem', label: 'Kommunen', url: 'https://www.skien.kommune.no' },
      ],
      contact: {
        email: 'post@skien.kommune.no',
        phone: '+47 35 58 10 00',
        address: { street: 'Gata 1', postalCode: '3724', city: 'Skien' },
      },
      social: [{ ...key('s1'), _type: 'socialLink', platform: 'instagram', url: 'https://www.instagram.com/bydelshus' }],
      shareImage: image(),
    },
    {
      _id: 'site.appelsinia',
      _type: 'site',
      title: 'Appelsinia',
      slug: { _type: 'slug', current: 'appelsinia' },
    },
    {
      _id: 'venue.kafeen',
      _type: 'venue',
      name: 'Kafeen',
      slug: { current: 'kafeen' },
      address: { street: 'Gata 1', postalCode: '3724', city: 'Skien' },
      geo: { _type: 'geopoint', lat: 59.2, lng: 9.6 },
      accessibility: 'Trinnfri inngang.',
    },
    { _id: 'category.konsert', _type: 'category', title: 'konsert', slug: { current: 'konsert' } },
    { _id: 'audience.unge', _type: 'audience', title: 'Unge', slug: { current: 'unge' } },
    {
      _id: 'event.jazz',
      _type: 'event',
      _createdAt: '2026-01-01T10:00:00Z',
      title: 'Jazzkveld i kafeen',
      slug: { _type: 'slug', current: 'jazzkveld' },
      site: ref('site.bydelshus'),
      alsoOn: [{ ...key('a1'), ...ref('site.appelsinia') }],
      startsAt: '2026-03-01T18:00:00Z',
      endsAt: '2026-03-01T20:00:00Z',
      venue: ref('venue.kafeen'),
      categories: [{ ...key('c1'), ...ref('category.konsert') }],
      audiences: [{ ...key('u1'), ...ref('audience.unge') }],
      summary: 'Jazz med lokale musikere.',
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [
            { _type: 'link', _key: 'm1', href: 'https://example.no/program' },
            { _type: 'internalLink', _key: 'm2', reference: ref('page.bydelshus.om-oss') },
          ],
          children: [{ _type: 'span', _key: 's1', text: 'Se programmet', marks: ['m1'] }],
        },
        { _type: 'image', _key: 'i1', asset: ref(NARROW_ASSET), alt: '', decorative: true },
        { _type: 'callout', _key: 'c1', tone: 'info', text: 'Gratis kaffe.' },
      ],
      image: image(NARROW_ASSET),
      price: { free: false, amount: 150, note: 'Barn gratis' },
      ticketUrl: 'https://billett.example.no/jazz',
      status: 'scheduled',
      accessibility: { wheelchair: true, hearingLoop: true },
      ageRange: { min: 13, max: 19 },
    },
    {
      _id: 'event.apen',
      _type: 'event',
      _createdAt: '2026-01-02T10:00:00Z',
      title: 'Åpen scene',
      slug: { current: 'apen-scene' },
      site: ref('site.appelsinia'),
      startsAt: '2026-03-02T18:00:00+01:00',
      venue: ref('venue.kafeen'),
      summary: 'Kom og spill.',
      price: { free: true },
    },
    {
      _id: 'campaign.bydelshus.sommer',
      _type: 'campaign',
      title: 'Sommer i bydelen',
      slug: { current: 'sommer' },
      site: ref('site.bydelshus'),
      startsAt: '2026-06-01T00:00:00Z',
      endsAt: '2026-08-31T00:00:00Z',
      programmeStartsOn: '2026-03-01',
      programmeEndsOn: '2026-08-30',
      hero: { heading: 'Sommer!', subheading: 'Alt som skjer', image: image() },
      accent: 'solsikke',
      events: [{ ...key('e1'), ...ref('event.jazz') }],
      eventFilter: { categories: [{ ...key('f1'), ...ref('category.konsert') }] },
      cta: { label: 'Se programmet', url: 'https://example.no/sommer' },
      shareText: 'Bli med!',
      hashtags: ['sommeriskien'],
    },
    {
      _id: 'page.bydelshus.om-oss',
      _type: 'page',
      title: 'Om oss',
      slug: { current: 'om-oss' },
      site: ref('site.bydelshus'),
      body: [],
      audiences: [{ ...key('u1'), ...ref('audience.unge') }],
      seo: { description: 'Om huset.', shareImage: image() },
    },
    {
      _id: 'article.bydelshus.apning',
      _type: 'article',
      title: 'Nye åpningstider',
      slug: { current: 'nye-apningstider' },
      site: ref('site.bydelshus'),
      publishedAt: '2026-02-01T08:00:00Z',
      summary: 'Vi holder åpent lenger.',
      image: image(),
    },
    {
      _id: 'alert.stengt',
      _type: 'alert',
      title: 'Stengt i dag',
      message: 'Vannlekkasje.',
      severity: 'warning',
      sites: [{ ...key('x1'), ...ref('site.bydelshus') }],
      startsAt: '2026-02-01T08:00:00Z',
      endsAt: '2026-02-01T20:00:00Z',
      link: 'https://www.skien.kommune.no',
    },
    {
      _id: 'serviceLink.barnehage',
      _type: 'serviceLink',
      title: 'Søk barnehageplass',
      url: 'https://www.skien.kommune.no/barnehage',
      description: 'Søknad om plass.',
      audiences: [{ ...key('u1'), ...ref('audience.unge') }],
      sites: [],
    },
    {
      _id: 'crossListing.appelsinia',
      _type: 'crossListing',
      site: ref('site.appelsinia'),
      accepted: [{ ...key('c1'), ...ref('event.jazz'), _weak: true }],
    },
    { _id: WIDE_ASSET, _type: 'sanity.imageAsset', metadata: { dimensions: { width: 1600, height: 900 } } },
    { _id: NARROW_ASSET, _type: 'sanity.imageAsset', metadata: { dimensions: { width: 800, height: 600 } } },
  ];
}

export function contextFor(docs: readonly unknown[]): RuleContext {
  return contextFromDocuments(docs, { accentsForSite: (siteId) => ACCENTS[siteId] });
}

export async function problemsOf(docs: readonly unknown[]): Promise<Problem[]> {
  return validateDocuments(docs, contextFor(docs));
}

/** The world with one document changed by `edit` (found by id). */
export function edited(id: string, edit: (doc: Doc) => void, docs: Doc[] = world()): Doc[] {
  const doc = docs.find((candidate) => candidate._id === id);
  if (!doc) throw new Error(`no ${id} in the world`);
  edit(doc);
  return docs;
}

/** "rule @ documentId field" for compact, exact comparisons. */
export const summary = (problems: readonly Problem[]) => problems.map((p) => `${p.rule} @ ${p.documentId} ${p.field}`);

export { ref, key };
