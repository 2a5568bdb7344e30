import { imageFieldFor, type ImageField, type RenderedImage } from './images.ts';
import { addDays, instantOf, osloDateTime, type Calendar } from './oslo-time.ts';
import { portableText, type BlockSource, type Reference } from './portable-text.ts';
import { keyFor } from './random.ts';
import { slugField, slugify } from './slug.ts';
import { VENUES } from './content/places.ts';
import type { ArticleSeed } from './content/articles.ts';
import type { CampaignSeed } from './content/campaigns.ts';
import type { PageSeed } from './content/pages.ts';
import type { SiteSeed } from './content/sites.ts';
import type { EventSeed, EventStatus, VenueSeed } from './content/types.ts';

/** A document as it will be written to data.ndjson (system fields are added when written). */
export interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface BuildContext {
  cal: Calendar;
  images: ReadonlyMap<string, RenderedImage>;
}

export function ref(id: string): Reference {
  return { _type: 'reference', _ref: id };
}

/** References in an array carry a `_key`, derived from the owner and the target. */
export function refs(ownerId: string, field: string, ids: readonly string[]): Reference[] {
  return ids.map((id) => ({ _key: keyFor(ownerId, field, id), _type: 'reference', _ref: id }));
}

/**
 * Each host site's acceptances of the events cross-listed to it (`crossListing.<slug>`, weak
 * references so an owner can still delete its event): the sample's hosts accept every
 * cross-listing `accept` lets through, so they show as they were asked.
 */
export function crossListingDocuments(docs: readonly Doc[], accept: (event: Doc, host: string) => boolean = () => true): Doc[] {
  const byHost = new Map<string, string[]>();
  for (const doc of docs) {
    if (doc._type !== 'event' || !Array.isArray(doc.alsoOn) || doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue;
    for (const host of doc.alsoOn as Reference[]) {
      const slug = host._ref.replace(/^site\./, '');
      if (!accept(doc, slug)) continue;
      byHost.set(slug, [...(byHost.get(slug) ?? []), doc._id]);
    }
  }
  return [...byHost].sort(([a], [b]) => a.localeCompare(b)).map(([slug, events]) => {
    const id = `crossListing.${slug}`;
    return { _id: id, _type: 'crossListing', site: ref(`site.${slug}`), accepted: refs(id, 'accepted', events).map((r) => ({ ...r, _weak: true })) };
  });
}

export function image(ctx: BuildContext, name: string, options: Parameters<typeof imageFieldFor>[1] = {}): ImageField {
  const rendered = ctx.images.get(name);
  if (!rendered) throw new Error(`Ukjent bilde «${name}»`);
  return imageFieldFor(rendered, options);
}

/** "2026-12-05 19:00" in the default calendar → Oslo datetime on the chosen calendar. */
export function when(ctx: BuildContext, stamp: string): string {
  const [date, time] = stamp.split(' ') as [string, string];
  return ctx.cal.at(date, time);
}

const venuesBySlug = new Map<string, VenueSeed>(VENUES.map((v) => [v.slug, v]));

// ---------- events ----------

export interface Occurrence {
  startsAt: string;
  endsAt: string;
  /** The local start date on the chosen calendar (for date-suffixed slugs). */
  localDate: string;
  status: EventStatus;
}

const WHEN = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?:-(\d{2}:\d{2})| → (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}))(?: (\w+))?$/;

export function parseOccurrence(ctx: BuildContext, text: string): Occurrence {
  const m = WHEN.exec(text);
  if (!m) throw new Error(`Kan ikke lese tidspunktet «${text}»`);
  const [, date, start, sameDayEnd, endDate, endTime, status] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  const startsAt = ctx.cal.at(date, start);
  const endsAt = sameDayEnd ? ctx.cal.at(date, sameDayEnd) : ctx.cal.at(endDate as string, endTime as string);
  return { startsAt, endsAt, localDate: ctx.cal.date(date), status: (status ?? 'scheduled') as EventStatus };
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "babysang-pa-hoppestad" + 2026-12-08 → "babysang-pa-hoppestad-8-desember". */
export function datedSlug(base: string, localDate: string, withYear = false): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return `${base}-${day}-${MONTHS[month - 1]}${withYear ? `-${year}` : ''}`;
}

function ticketUrlFor(site: string, slug: string): string {
  if (site === 'appelsinia') return `https://appelsinia.ticketco.events/${slug}`;
  return `https://billett.skien.kommune.no/${site}/${slug}`;
}

export interface EventInput {
  site: string;
  seed: EventSeed;
  occurrence: Occurrence;
  slug: string;
  /** Site that `page:`/`event:` links in the text point to (the seed's own site). */
  linkSite: string;
  /** Overrides for scale mode, which reuses seeds with other pictures and cross-listings. */
  imageName?: string | null;
  alsoOn?: readonly string[];
}

export function eventDocument(ctx: BuildContext, input: EventInput, idPrefix = ''): Doc {
  const { site, seed, occurrence, slug } = input;
  const id = `${idPrefix}event.${site}.${slug}`;
  const doc: Doc = { _id: id, _type: 'event', title: seed.title, slug: slugField(slug), site: ref(`site.${site}`) };
  const alsoOn = input.alsoOn ?? seed.alsoOn ?? [];
  if (alsoOn.length > 0) doc.alsoOn = refs(id, 'alsoOn', alsoOn.map((s) => `site.${s}`));
  doc.startsAt = occurrence.startsAt;
  doc.endsAt = occurrence.endsAt;
  if (seed.venue) doc.venue = ref(`venue.${seed.venue}`);
  if (seed.categories && seed.categories.length > 0) doc.categories = refs(id, 'categories', seed.categories.map((c) => `category.${c}`));
  if (seed.audiences && seed.audiences.length > 0) doc.audiences = refs(id, 'audiences', seed.audiences.map((a) => `audience.${a}`));
  if (seed.language) doc.language = seed.language;
  doc.summary = seed.summary;
  if (seed.body) doc.body = portableText(seed.body, { docId: id, site: input.linkSite, field: 'body' });
  const imageName = input.imageName === undefined ? seed.image : input.imageName;
  if (imageName) doc.image = image(ctx, imageName, seed.imageAlt && imageName === seed.image ? { alt: seed.imageAlt } : {});
  doc.price = seed.price;
  if (!seed.price.free || seed.ticketUrl) doc.ticketUrl = seed.ticketUrl ?? ticketUrlFor(site, slug);
  doc.status = occurrence.status;
  const changes = changesFor(ctx, input, id);
  if (changes.length > 0) doc.changes = changes;
  if (seed.streamUrl) doc.streamUrl = seed.streamUrl;
  const venue = seed.venue ? venuesBySlug.get(seed.venue) : undefined;
  if (venue || seed.accessibility) {
    doc.accessibility = {
      wheelchair: venue?.wheelchair ?? false,
      hearingLoop: venue?.hearingLoop ?? false,
      signLanguage: false,
      ...seed.accessibility,
    };
  }
  if (seed.ageRange) doc.ageRange = seed.ageRange;
  return doc;
}

/** When the sample's default changes were made: a week before its "now". */
const DEFAULT_CHANGE = '2026-11-24 10:00';

function changesFor(ctx: BuildContext, input: EventInput, id: string): Doc[] {
  const { seed, occurrence } = input;
  const seeds =
    seed.changes ??
    (occurrence.status === 'scheduled'
      ? []
      : [{ at: DEFAULT_CHANGE, status: occurrence.status, previousStart: occurrence.status === 'rescheduled' ? 'default' : undefined }]);
  return seeds.map((change, i) => {
    const out: Doc = { _key: keyFor(id, 'changes', i), _type: 'eventChange', changedAt: when(ctx, change.at), status: change.status } as unknown as Doc;
    if (change.previousStart === 'default') {
      // Moved a week later than first planned, at the same time of day.
      out.previousStartsAt = osloDateTime(addDays(occurrence.localDate, -7), occurrence.startsAt.slice(11, 16));
    } else if (change.previousStart) out.previousStartsAt = when(ctx, change.previousStart);
    return out;
  });
}

/** All occurrences of a seed as event documents, with slugs unique within the site. */
export function eventsFromSeed(ctx: BuildContext, site: string, seed: EventSeed, taken: Set<string>): Doc[] {
  const base = slugify(seed.title);
  const occurrences = seed.when.map((w) => parseOccurrence(ctx, w));
  return occurrences.map((occurrence) => {
    let slug = occurrences.length === 1 ? base : datedSlug(base, occurrence.localDate);
    if (taken.has(slug)) slug = datedSlug(base, occurrence.localDate, true);
    if (taken.has(slug)) throw new Error(`Slugen «${slug}» er brukt to ganger på ${site}`);
    taken.add(slug);
    return eventDocument(ctx, { site, seed, occurrence, slug, linkSite: site });
  });
}

// ---------- taxonomy and places ----------

export function venueDocument(venue: VenueSeed): Doc {
  return {
    _id: `venue.${venue.slug}`,
    _type: 'venue',
    name: venue.name,
    slug: slugField(venue.slug),
    address: { street: venue.street, postalCode: venue.postalCode, city: venue.city },
    geo: { _type: 'geopoint', lat: venue.lat, lng: venue.lng },
    accessibility: venue.accessibility,
  };
}

export function termDocument(type: 'category' | 'audience', term: { slug: string; title: string; description?: string }): Doc {
  const doc: Doc = { _id: `${type}.${term.slug}`, _type: type, title: term.title, slug: slugField(term.slug) };
  if (term.description) doc.description = term.description;
  return doc;
}

// ---------- sites and editorial content ----------

export function siteDocument(ctx: BuildContext, site: SiteSeed): Doc {
  const id = `site.${site.slug}`;
  return {
    _id: id,
    _type: 'site',
    title: site.title,
    slug: slugField(site.slug),
    tagline: site.tagline,
    navigation: site.navigation.map((item, i) => {
      const base = { _key: keyFor(id, 'navigation', i), _type: 'navItem', label: item.label };
      return 'page' in item ? { ...base, page: ref(`page.${site.slug}.${item.page}`) } : { ...base, url: item.url };
    }),
    contact: { email: site.email, phone: site.phone, address: site.address },
    social: site.social.map((s) => ({ _key: keyFor(id, 'social', s.platform), platform: s.platform, url: s.url })),
    shareImage: image(ctx, site.shareImage),
  };
}

export function pageDocument(ctx: BuildContext, site: SiteSeed, page: PageSeed, linkSite = site.slug): Doc {
  const id = `page.${site.slug}.${page.slug}`;
  return {
    _id: id,
    _type: 'page',
    title: page.title,
    slug: slugField(page.slug),
    site: ref(`site.${site.slug}`),
    body: portableText(page.body, { docId: id, site: linkSite, field: 'body' }),
    audiences: refs(id, 'audiences', page.audiences.map((a) => `audience.${a}`)),
    seo: { description: page.seoDescription, shareImage: image(ctx, page.shareImage ?? site.shareImage) },
  };
}

function articleBody(ctx: BuildContext, body: readonly string[]): BlockSource[] {
  return body.map((block) => (block.startsWith('@image:') ? { image: image(ctx, block.slice('@image:'.length)) } : block));
}

export function articleDocument(ctx: BuildContext, site: string, seed: ArticleSeed, idPrefix = '', linkSite = site): Doc {
  const slug = slugify(seed.title);
  const id = `${idPrefix}article.${site}.${slug}`;
  return {
    _id: id,
    _type: 'article',
    title: seed.title,
    slug: slugField(slug),
    site: ref(`site.${site}`),
    publishedAt: when(ctx, seed.published),
    summary: seed.summary,
    body: portableText(articleBody(ctx, seed.body), { docId: id, site: linkSite, field: 'body' }),
    image: seed.decorative ? image(ctx, seed.image, { decorative: true }) : image(ctx, seed.image, seed.imageAlt ? { alt: seed.imageAlt } : {}),
  };
}

export function campaignDocument(ctx: BuildContext, site: string, seed: CampaignSeed, eventIds: readonly string[], linkSite = site, idPrefix = ''): Doc {
  const id = `${idPrefix}campaign.${site}.${seed.slug}`;
  const doc: Doc = {
    _id: id,
    _type: 'campaign',
    title: seed.title,
    slug: slugField(seed.slug),
    site: ref(`site.${site}`),
    startsAt: when(ctx, seed.from),
    endsAt: when(ctx, seed.to),
    hero: {
      heading: seed.hero.heading,
      subheading: seed.hero.subheading,
      image: image(ctx, seed.hero.image, seed.hero.hotspot ? { hotspot: seed.hero.hotspot } : {}),
    },
    accent: seed.accent,
    events: refs(id, 'events', eventIds),
  };
  if (seed.programme) {
    doc.programmeStartsOn = ctx.cal.date(seed.programme.from);
    doc.programmeEndsOn = ctx.cal.date(seed.programme.to);
  }
  if (seed.eventFilter) {
    const filter: Record<string, Reference[]> = {};
    if (seed.eventFilter.categories) filter.categories = refs(id, 'eventFilter.categories', seed.eventFilter.categories.map((c) => `category.${c}`));
    if (seed.eventFilter.audiences) filter.audiences = refs(id, 'eventFilter.audiences', seed.eventFilter.audiences.map((a) => `audience.${a}`));
    doc.eventFilter = filter;
  }
  doc.body = portableText(seed.body, { docId: id, site: linkSite, field: 'body' });
  doc.cta = seed.cta;
  doc.shareText = seed.shareText;
  doc.hashtags = seed.hashtags;
  return doc;
}

/** The published instant of a document's datetime field, for ordering and windows. */
export function startInstant(doc: Doc): number {
  return instantOf(doc.startsAt as string);
}
