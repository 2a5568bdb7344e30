/**
 * What each site shows, and when — the one definition. Three answers, used by the content
 * layer (query parameters and the scope groq-js reads), the rulebook's context, the build's
 * input keys, the publish webhook, the scheduler, the page cache keys and the Studio:
 *
 *   1. is this id public?                    isPublicId
 *   2. which sites show a document, and      shownOn, siteDependencies, dependentSites
 *      which sites' output depends on it?    (a cross-listing shows once the host accepted it:
 *                                             crossListingAcceptance)
 *   3. at which instants does a site's        changeInstants, reachedInstants, nextOsloMidnight
 *      output change by time alone?
 *
 * Pure: no file, network or clock access, so the Studio bundle and the server can use it too.
 */
import { osloDay } from '../format/datetime.ts';

// ── 1. Public ids ────────────────────────────────────────────────────────────────────────────

/**
 * Id paths that hold unpublished content (Sanity's "IDs and paths"): `drafts.` for a draft,
 * `versions.<release>.` for a content-release version, `_.` for system documents (releases'
 * own metadata, access groups). Only published ids, which carry none of these, are public.
 */
const UNPUBLISHED_PATHS = ['drafts.', 'versions.', '_.'] as const;

export function isPublicId(id: string): boolean {
  return !UNPUBLISHED_PATHS.some((prefix) => id.startsWith(prefix));
}

/** A draft: what the preview lays over the published document. */
export const isDraftId = (id: string): boolean => id.startsWith('drafts.');

/** The published id behind a draft (`drafts.x`) or a release version (`versions.r.x`). */
export function publishedIdOf(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length);
  const version = /^versions\.[^.]+\.(.+)$/.exec(id);
  return version ? version[1]! : id;
}

/**
 * The campaign embargo: a campaign is public from the moment its window opens (`startsAt`) and
 * stays public after it closes (archived); before that it is not built, not in the sitemap,
 * search or feeds, and only the preview shows it. A campaign without a start is public at once;
 * one whose start cannot be read is not. Its start is one of the instants that change a site.
 */
export function isCampaignPublic(campaign: { startsAt?: string | null }, now: Date): boolean {
  if (!campaign.startsAt) return true;
  const start = Date.parse(campaign.startsAt);
  return !Number.isNaN(start) && now.getTime() >= start;
}

export function publicDocuments<D extends { _id: string }>(documents: Iterable<D>): D[] {
  const out: D[] = [];
  for (const doc of documents) if (isPublicId(doc._id)) out.push(doc);
  return out;
}

// ── References ───────────────────────────────────────────────────────────────────────────────

/** `{_ref: "x"}`, or a projected `"x"` (a webhook body) → "x". */
export function refId(value: unknown): string | undefined {
  if (typeof value === 'string' && value) return value;
  if (value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string') return (value as { _ref: string })._ref;
  return undefined;
}

function refIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(refId).filter((id): id is string => id !== undefined);
}

/** Every `_ref` anywhere inside a document (navigation, Portable Text links, images…). */
function collectReferences(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectReferences(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === '_ref' && typeof field === 'string') found.add(field);
      else if (field && typeof field === 'object') collectReferences(field, found);
    }
  }
  return found;
}

// A document object is never changed once read (an edit is a new object: shared/content/dataset.ts
// keeps the objects of unchanged lines), so its references are found once, not on every publish:
// the walk through every field of 10,000 events was most of a webhook's answer time.
const referencesMemo = new WeakMap<object, ReadonlySet<string>>();

/** The ids a document references anywhere in its fields (`_ref`), found once per document object. */
function referencesIn(doc: PublishableDocument | undefined): ReadonlySet<string> {
  if (!doc) return new Set();
  let found = referencesMemo.get(doc);
  if (!found) referencesMemo.set(doc, (found = collectReferences(doc, new Set())));
  return found;
}

/**
 * Finds the references of every document now, so that later publishes find them memoized: the
 * server calls this at start, while nothing waits (a second and more at 10,000 events).
 */
export function findReferences(documents: Iterable<PublishableDocument>): void {
  for (const doc of documents) referencesIn(doc);
}

/** `site.bydelshus` → `bydelshus`. */
export const siteSlugOf = (siteDocumentId: string | undefined): string | undefined =>
  siteDocumentId?.startsWith('site.') ? siteDocumentId.slice('site.'.length) : undefined;

// ── 2. Which sites show a document, and which depend on it ───────────────────────────────────

export interface PublishableDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** What decides where a document is shown: its type and its placement fields. */
export interface Placement {
  _id?: string;
  _type: string;
  site?: unknown;
  alsoOn?: unknown;
  sites?: unknown;
}

// ── Cross-listing: the host site decides ─────────────────────────────────────────────────────

/**
 * A host site's acceptances: one `crossListing` document per host site (`_id`
 * `crossListing.<slug>`, `site` the host, `accepted` weak references to events). An event
 * cross-listed to a site (`alsoOn`) is shown there only while that site's published
 * acceptance lists it: the owner asks, the host's editors accept and can withdraw.
 */
export const CROSS_LISTING_TYPE = 'crossListing';

/** Does host site `hostSlug` accept event `eventId` as a cross-listing? */
export type CrossListingAcceptance = (eventId: string, hostSlug: string) => boolean;

/** The acceptances in a set of documents (only published acceptance documents count). */
export function crossListingAcceptance(documents: Iterable<{ _id: string; _type: string; [field: string]: unknown }>): CrossListingAcceptance {
  const accepted = new Map<string, Set<string>>();
  for (const doc of documents) {
    if (doc._type !== CROSS_LISTING_TYPE || !isPublicId(doc._id)) continue;
    const host = siteSlugOf(refId(doc.site));
    if (!host) continue;
    const set = accepted.get(host) ?? new Set<string>();
    for (const id of refIds(doc.accepted)) set.add(id);
    accepted.set(host, set);
  }
  return (eventId, hostSlug) => accepted.get(hostSlug)?.has(eventId) ?? false;
}

/**
 * Every cross-listing counted as accepted: only for "which sites could a change have touched"
 * when the server knows nothing but a webhook's body (a rebuild too many costs seconds; one too
 * few leaves a site stale). Never for what a site shows.
 */
export const EVERY_CROSS_LISTING: CrossListingAcceptance = () => true;

/** Types every site shows in full (filters and event facts): shared by all sites. */
const SHARED_TYPES = new Set(['venue', 'category', 'audience']);
/** Types a site shows through `sites` (empty means every site). */
const SCOPED_TYPES = new Set(['alert', 'serviceLink']);
/** Types owned by one site through `site`. */
const OWNED_TYPES = new Set(['event', 'campaign', 'page', 'article']);

/**
 * The sites (slugs, among `sites`) that show a document by its own fields: an event on its
 * site and the sites it is cross-listed to that accepted it (`accepted`); a campaign, page,
 * article or a host's acceptances (`crossListing`) on its site; an alert
 * or service link on its `sites` (none listed: every site); a site document on that site;
 * taxonomies on every site. Assets (`sanity.*`) are shown only through the documents that use
 * them; a type this code does not know is taken to touch every site rather than leave one stale.
 */
export function shownOn(doc: Placement, sites: readonly string[], accepted: CrossListingAcceptance): string[] {
  const known = (slugs: Array<string | undefined>) => [...new Set(slugs)].filter((s): s is string => !!s && sites.includes(s));
  if (OWNED_TYPES.has(doc._type)) {
    const own = siteSlugOf(refId(doc.site));
    if (doc._type !== 'event') return known([own]);
    const id = doc._id ? publishedIdOf(doc._id) : undefined;
    const hosts = refIds(doc.alsoOn).map(siteSlugOf).filter((host) => host !== undefined && id !== undefined && accepted(id, host));
    return known([own, ...hosts]);
  }
  if (doc._type === CROSS_LISTING_TYPE) return known([siteSlugOf(refId(doc.site))]);
  if (SCOPED_TYPES.has(doc._type)) {
    const listed = refIds(doc.sites);
    return listed.length ? known(listed.map(siteSlugOf)) : [...sites];
  }
  if (doc._type === 'site') return known([siteSlugOf(doc._id)]);
  if (SHARED_TYPES.has(doc._type)) return [...sites];
  if (doc._type.startsWith('sanity.')) return [];
  return [...sites]; // unknown: rebuild rather than leave a site stale
}

/** The published documents by id, with what the dependency questions need worked out once. */
export interface PublicationIndex {
  readonly documents: ReadonlyMap<string, PublishableDocument>;
  readonly sites: readonly string[];
  /** Site slug → ids of the documents it shows by their own fields. */
  readonly shown: ReadonlyMap<string, ReadonlySet<string>>;
  /** The host sites' acceptances of cross-listings among these documents. */
  readonly accepted: CrossListingAcceptance;
}

export function publicationIndex(documents: Iterable<PublishableDocument>, sites: readonly string[]): PublicationIndex {
  const byId = new Map<string, PublishableDocument>();
  for (const doc of documents) if (isPublicId(doc._id) && !byId.has(doc._id)) byId.set(doc._id, doc);
  const accepted = crossListingAcceptance(byId.values());
  const shown = new Map(sites.map((slug) => [slug, new Set<string>()]));
  for (const doc of byId.values()) for (const slug of shownOn(doc, sites, accepted)) shown.get(slug)!.add(doc._id);
  return { documents: byId, sites, shown, accepted };
}

const dependencyMemo = new WeakMap<PublicationIndex, Map<string, Set<string>>>();

/**
 * The ids of every published document a site's output depends on: what it shows, and —
 * transitively — everything those refer to (an event's venue and image, a campaign's events,
 * a page's linked documents and the sites they belong to). Other sites' site documents are
 * followed no further: a site shows another's name and address, not its menu.
 * A document outside this set cannot change the site's output.
 */
export function siteDependencies(index: PublicationIndex, slug: string): ReadonlySet<string> {
  let memo = dependencyMemo.get(index);
  if (!memo) dependencyMemo.set(index, (memo = new Map()));
  const cached = memo.get(slug);
  if (cached) return cached;
  const found = new Set<string>();
  const queue = [...(index.shown.get(slug) ?? [])];
  while (queue.length) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    const doc = index.documents.get(id);
    if (!doc || (doc._type === 'site' && id !== `site.${slug}`)) continue;
    for (const ref of referencesIn(doc)) if (!found.has(ref) && index.documents.has(ref)) queue.push(ref);
  }
  memo.set(slug, found);
  return found;
}

/** Site slug → the documents its output depends on (for input keys: a digest of them). */
export function documentsBySite(index: PublicationIndex): Map<string, PublishableDocument[]> {
  return new Map(index.sites.map((slug) => [slug, [...siteDependencies(index, slug)].map((id) => index.documents.get(id)!)]));
}

/**
 * The sites whose output a change to document `id` can change: those that depended on it
 * before the change, and those that depend on it after. A document moved between sites, or
 * deleted, or new, is covered by one index or the other.
 */
function dependentSites(id: string, before: PublicationIndex | undefined, after: PublicationIndex): string[] {
  if (!isPublicId(id)) return [];
  return after.sites.filter((slug) => siteDependencies(after, slug).has(id) || (before !== undefined && siteDependencies(before, slug).has(id)));
}

// ── 3. When time alone changes a site ────────────────────────────────────────────────────────

/** Fields whose instants change what is shown: an event starts and ends; a window opens and closes. */
const TIMED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  event: ['startsAt', 'endsAt'],
  campaign: ['startsAt', 'endsAt'],
  alert: ['startsAt', 'endsAt'],
  article: ['publishedAt'],
};

const MOMENT_WORDS: Readonly<Record<string, string>> = { startsAt: 'starts', endsAt: 'ends', publishedAt: 'is published' };

/** The instants (ms since epoch) at which this document's appearance changes by time alone. */
function changeInstants(doc: PublishableDocument): Array<{ field: string; at: number }> {
  const out: Array<{ field: string; at: number }> = [];
  for (const field of TIMED_FIELDS[doc._type] ?? []) {
    const value = doc[field];
    if (typeof value !== 'string') continue;
    const at = Date.parse(value);
    if (!Number.isNaN(at)) out.push({ field, at });
  }
  return out;
}

/**
 * What time has done to a site so far, as facts: which of its documents' instants have been
 * reached at `now` (strictly after the instant: `isWithin` treats the instant itself as inside
 * both sides), and the day in Oslo. Two builds with the same facts show the same thing.
 */
export function timeFacts(index: PublicationIndex, slug: string, now: number): string {
  const reached: string[] = [];
  for (const id of [...siteDependencies(index, slug)].sort()) {
    const doc = index.documents.get(id)!;
    const instants = changeInstants(doc).map(({ at }) => (at < now ? '<' : at === now ? '=' : '>'));
    if (instants.length) reached.push(`${id}:${instants.join('')}`);
  }
  return `${osloDay(new Date(now))}\u0000${reached.join(',')}`;
}

/** Every instant strictly after `after` at which time changes some site, with the sites it changes. */
export function upcomingInstants(index: PublicationIndex, after: number): Array<{ at: number; sites: string[]; reason: string }> {
  const out: Array<{ at: number; sites: string[]; reason: string }> = [];
  for (const doc of index.documents.values()) {
    const instants = changeInstants(doc).filter(({ at }) => at > after);
    if (!instants.length) continue;
    const sites = dependentSites(doc._id, undefined, index);
    if (!sites.length) continue;
    const label = `${doc._type} «${String(doc.title ?? doc.name ?? doc._id)}»`;
    for (const { field, at } of instants) out.push({ at, sites, reason: `${label} ${MOMENT_WORDS[field] ?? field}` });
  }
  return out.sort((a, b) => a.at - b.at);
}

const osloClockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The first midnight in Oslo strictly after `after` (summer or winter time). */
export function nextOsloMidnight(after: number): number {
  const today = osloDay(new Date(after));
  for (const dayOffset of [1, 2]) {
    const day = new Date(Date.parse(`${today}T12:00:00Z`) + dayOffset * 86_400_000).toISOString().slice(0, 10);
    // Oslo is UTC+1 or UTC+2: the one whose Oslo wall clock reads 00:00 on that day is midnight.
    for (const offset of ['+01:00', '+02:00']) {
      const candidate = Date.parse(`${day}T00:00:00${offset}`);
      if (candidate > after && osloDay(new Date(candidate)) === day && osloClockFormat.format(candidate) === '00:00') return candidate;
    }
  }
  return after + 86_400_000;
}

// ── A publish: which sites to rebuild ────────────────────────────────────────────────────────

/** One document before and after a change (either missing: created or deleted). */
export interface DocumentChange {
  id: string;
  before?: PublishableDocument;
  after?: PublishableDocument;
}

/**
 * What a publish webhook says of the document: where it is (`site`, `alsoOn`, `sites`, as
 * references or projected ids) and, under `before`, where it was.
 */
export interface PublishNotice extends Partial<Placement> {
  _id: string;
  before?: Partial<Placement> | null;
}

export interface Affected {
  sites: string[];
  /** One line per document, for the log and /api/status. */
  reasons: string[];
}

/**
 * The sites a publish must rebuild: every site whose output depended on a changed document
 * before the change or depends on it after (dependentSites), and — when the webhook's own
 * words are all there is (a live project whose content could not be read again) — the sites
 * its placement fields name, before and after. Drafts and versions touch no public site.
 */
export function affectedSites(input: {
  changes: readonly DocumentChange[];
  notice?: PublishNotice;
  /** Every published document as it is now. */
  documents: ReadonlyMap<string, PublishableDocument>;
  /** The sites this server builds. */
  sites: readonly string[];
}): Affected {
  // The changes say what each document was and is; the rest is as `documents` has it.
  const previous = new Map(input.documents);
  const current = new Map(input.documents);
  for (const change of input.changes) {
    if (change.before) previous.set(change.id, change.before);
    else previous.delete(change.id);
    if (change.after) current.set(change.id, change.after);
    else current.delete(change.id);
  }
  const before = publicationIndex(previous.values(), input.sites);
  const after = publicationIndex(current.values(), input.sites);

  const touched = new Map<string, Set<string>>();
  const touch = (id: string, slugs: Iterable<string>) => {
    const set = touched.get(id) ?? new Set<string>();
    for (const slug of slugs) set.add(slug);
    touched.set(id, set);
  };
  for (const change of input.changes) if (isPublicId(change.id)) touch(change.id, dependentSites(change.id, before, after));
  const notice = input.notice;
  if (notice?._id && isPublicId(notice._id)) {
    const type = notice._type ?? input.documents.get(notice._id)?._type ?? '';
    touch(notice._id, [
      ...dependentSites(notice._id, before, after),
      ...shownOn({ ...notice, _id: notice._id, _type: type }, input.sites, EVERY_CROSS_LISTING),
      ...(notice.before ? shownOn({ ...notice.before, _id: notice._id, _type: type }, input.sites, EVERY_CROSS_LISTING) : []),
    ]);
  }

  const result = new Set<string>();
  const reasons: string[] = [];
  for (const [id, slugs] of touched) {
    if (!slugs.size) continue;
    for (const slug of slugs) result.add(slug);
    const doc = input.documents.get(id) ?? input.changes.find((c) => c.id === id)?.before;
    const title = doc?.title ?? doc?.name;
    const type = doc?._type ?? notice?._type ?? 'document';
    reasons.push(`${type} ${typeof title === 'string' ? `«${title}» ` : ''}(${id}) → ${[...slugs].sort().join(', ')}`);
  }
  return { sites: input.sites.filter((slug) => result.has(slug)), reasons };
}

/**
 * The asset ids (images, files) a site's pages can show: those used by the published documents
 * its output depends on, less the documents the rulebook refused. An image only a draft uses,
 * or one no document of this site uses, is not shipped with the site.
 */
export function assetsUsedBy(index: PublicationIndex, slug: string, refused: ReadonlySet<string> = new Set()): Set<string> {
  const assets = new Set<string>();
  for (const id of siteDependencies(index, slug)) {
    if (refused.has(id)) continue;
    for (const ref of referencesIn(index.documents.get(id))) if (index.documents.get(ref)?._type.startsWith('sanity.')) assets.add(ref);
  }
  return assets;
}
