/**
 * Which sites a changed document touches, so a publish rebuilds only those. Looks at the
 * document before and after the change (a document moved between sites rebuilds both) and
 * at what the webhook said about it:
 *   event            its site and its alsoOn sites (a campaign's filter only picks events its own
 *                    site shows), and the sites of documents that refer to it: campaigns that
 *                    list it, pages and articles that link to it
 *   campaign, page,  its site, and the sites of documents that refer to it (navigation, links)
 *   article
 *   alert,           its `sites`; an empty list means every site
 *   serviceLink
 *   venue, category, every site (lists, filters and event pages everywhere show them)
 *   audience
 *   site             that site, and the sites its events are cross-listed to
 *   image asset      the sites of the documents that use it
 *   anything else    every site: when in doubt, rebuild rather than serve stale pages
 * Drafts never touch a public site.
 */
import type { SanityDocument } from '../shared/content/dataset.ts';
import { isDraftOrVersion, refId, refIds, referrerIndex, siteSlugFromId } from './document-refs.ts';

export interface DocumentChange {
  id: string;
  before?: SanityDocument;
  after?: SanityDocument;
}

/** The body of the publish webhook (its projection is in docs/EDITORS-LOOP.md). */
export interface PublishNotice {
  _id: string;
  _type?: string;
  site?: unknown;
  alsoOn?: unknown;
  sites?: unknown;
  /** `before(){…}`: where the document was before this change. */
  before?: { site?: unknown; alsoOn?: unknown; sites?: unknown } | null;
}

export interface Affected {
  sites: string[];
  /** One line per document, for the log and /api/status. */
  reasons: string[];
}

export interface AffectedInput {
  changes: DocumentChange[];
  notice?: PublishNotice;
  /** Every published document as it is now. */
  documents: ReadonlyMap<string, SanityDocument>;
  /** The sites this server builds. */
  sites: readonly string[];
}

const LINKABLE = new Set(['event', 'campaign', 'page', 'article', 'sanity.imageAsset', 'sanity.fileAsset']);
const SHARED = new Set(['venue', 'category', 'audience']);

export function affectedSites(input: AffectedInput): Affected {
  const known = new Set(input.sites);
  const all = [...input.sites];
  const versionsById = new Map<string, SanityDocument[]>();
  const add = (id: string, doc: SanityDocument | undefined) => {
    if (!doc) return;
    versionsById.set(id, [...(versionsById.get(id) ?? []), doc]);
  };
  for (const change of input.changes) {
    versionsById.set(change.id, versionsById.get(change.id) ?? []);
    add(change.id, change.before);
    add(change.id, change.after);
  }
  if (input.notice?._id) {
    const { _id, _type, site, alsoOn, sites, before } = input.notice;
    versionsById.set(_id, versionsById.get(_id) ?? []);
    add(_id, { _id, _type: _type ?? '', site, alsoOn, sites });
    if (before) add(_id, { _id, _type: _type ?? '', ...before });
  }

  let referrers: Map<string, Set<string>> | undefined;
  const result = new Set<string>();
  const reasons: string[] = [];
  for (const [id, versions] of versionsById) {
    if (isDraftOrVersion(id)) continue;
    const type = versions.find((doc) => doc._type)?._type ?? input.documents.get(id)?._type;
    const touched = new Set<string>();
    const touch = (slugs: Iterable<string | undefined>) => {
      for (const slug of slugs) if (slug && known.has(slug)) touched.add(slug);
    };
    if (!type || (!SHARED.has(type) && !LINKABLE.has(type) && !['alert', 'serviceLink', 'site'].includes(type))) {
      touch(all);
    } else {
      for (const doc of versions) touch(ownSites({ ...doc, _type: type }, all));
      if (type === 'site') touch(crossListedFrom(id, input.documents.values()));
      if (LINKABLE.has(type)) {
        referrers ??= referrerIndex(input.documents.values());
        for (const referrerId of referrers.get(id) ?? []) {
          const referrer = input.documents.get(referrerId);
          if (referrer && referrerId !== id && !isDraftOrVersion(referrerId)) touch(ownSites(referrer, all));
        }
      }
    }
    if (touched.size === 0) continue;
    for (const slug of touched) result.add(slug);
    const current = input.documents.get(id);
    reasons.push(`${describe(id, type, [...(current ? [current] : []), ...[...versions].reverse()])} → ${[...touched].sort().join(', ')}`);
  }
  return { sites: all.filter((slug) => result.has(slug)), reasons };
}

/**
 * Every published document, by the sites it touches: the same rules as affectedSites, for all
 * documents at once (one referrer index). A site's output depends on exactly the documents listed
 * for it, so a digest of them says whether it needs building at all (scripts/lib/site-inputs.ts).
 */
export function documentsBySite(documents: ReadonlyMap<string, SanityDocument>, sites: readonly string[]): Map<string, SanityDocument[]> {
  const known = new Set(sites);
  const bySite = new Map(sites.map((slug) => [slug, [] as SanityDocument[]]));
  const referrers = referrerIndex(documents.values());
  const eventsBySiteDoc = new Map<string, SanityDocument[]>();
  for (const doc of documents.values()) {
    if (doc._type !== 'event') continue;
    const siteDoc = refId(doc.site);
    if (siteDoc) eventsBySiteDoc.set(siteDoc, [...(eventsBySiteDoc.get(siteDoc) ?? []), doc]);
  }
  for (const [id, doc] of documents) {
    if (isDraftOrVersion(id)) continue;
    const touched = new Set<string>();
    const touch = (slugs: Iterable<string | undefined>) => {
      for (const slug of slugs) if (slug && known.has(slug)) touched.add(slug);
    };
    const type = doc._type;
    if (!type || (!SHARED.has(type) && !LINKABLE.has(type) && !['alert', 'serviceLink', 'site'].includes(type))) touch(sites);
    else {
      touch(ownSites(doc, sites));
      if (type === 'site') for (const event of eventsBySiteDoc.get(id) ?? []) touch(ownSites(event, []));
      if (LINKABLE.has(type)) {
        for (const referrerId of referrers.get(id) ?? []) {
          const referrer = documents.get(referrerId);
          if (referrer && referrerId !== id && !isDraftOrVersion(referrerId)) touch(ownSites(referrer, sites));
        }
      }
    }
    for (const slug of touched) bySite.get(slug)!.push(doc);
  }
  return bySite;
}

/** The sites a document is shown on by its own fields. */
export function ownSites(doc: SanityDocument, all: readonly string[]): string[] {
  switch (doc._type) {
    case 'site':
      return [siteSlugFromId(doc._id) ?? slugOf(doc)].filter((s): s is string => !!s);
    case 'event':
      return [refId(doc.site), ...refIds(doc.alsoOn)].map(siteSlugFromId).filter((s): s is string => !!s);
    case 'campaign':
    case 'page':
    case 'article':
      return [siteSlugFromId(refId(doc.site))].filter((s): s is string => !!s);
    case 'alert':
    case 'serviceLink': {
      const listed = refIds(doc.sites);
      return listed.length ? listed.map(siteSlugFromId).filter((s): s is string => !!s) : [...all];
    }
    case 'sanity.imageAsset':
    case 'sanity.fileAsset':
      return []; // shown only through the documents that use it
    default:
      return [...all];
  }
}

/** A site's name and address show on its events wherever they are cross-listed. */
function crossListedFrom(siteDocId: string, documents: Iterable<SanityDocument>): string[] {
  const sites: string[] = [];
  for (const doc of documents) {
    if (doc._type === 'event' && refId(doc.site) === siteDocId) sites.push(...ownSites(doc, []));
  }
  return sites;
}

const slugOf = (doc: SanityDocument): string | undefined => {
  const slug = doc.slug as { current?: unknown } | string | undefined;
  return typeof slug === 'string' ? slug : typeof slug?.current === 'string' ? slug.current : undefined;
};

/** `versions` newest first: the title shown is the latest one. */
function describe(id: string, type: string | undefined, versions: SanityDocument[]): string {
  const title = versions.map((doc) => doc.title ?? doc.name).find((t) => typeof t === 'string');
  return `${type ?? 'document'} ${title ? `«${title}» ` : ''}(${id})`;
}
