/**
 * A RuleContext answered from a set of documents in memory (the dataset the build loaded).
 * Pure: no file or network access. Theme accents and real image sizes come from the
 * options; buildContext.ts supplies them from themes/ and the image files in Node.
 */
import { slugScopeOf } from './scope.ts';
import type { CrossListClaim, DocumentSummary, EventSummary, ImageDimensions, MaybePromise, RuleContext, SlugClaim } from './types.ts';
import { crossListingAcceptance, shownOn, siteSlugOf } from '../content/publication.ts';
import { isObject, isPublicId, numberOf, refOf, slugOf } from './values.ts';

export interface DocumentContextOptions {
  /** Accent keys of a site's theme by site id; when absent, accents are not checked. */
  accentsForSite?: (siteId: string) => MaybePromise<readonly string[] | undefined>;
  /**
   * Real image size; when absent, read from the `sanity.imageAsset` document's
   * metadata.dimensions, as the Studio does.
   */
  imageDimensions?: (image: Readonly<Record<string, unknown>>) => MaybePromise<ImageDimensions | undefined>;
}

interface Holder {
  id: string;
  createdAt: string;
  order: number;
}

/** An event holding an address on a site: as that site's own event, or cross-listed there. */
interface SiteHolder extends Holder {
  own: boolean;
}

const earlier = (a: Holder, b: Holder) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.order - b.order);

function slugKey(type: string, siteId: string | undefined, slug: string): string {
  return `${type}\u0000${siteId ?? ''}\u0000${slug}`;
}

export function contextFromDocuments(documents: readonly unknown[], options: DocumentContextOptions = {}): RuleContext {
  const byId = new Map<string, DocumentSummary & Record<string, unknown>>();
  const holders = new Map<string, Holder[]>();
  // Events by the address they take on each site they are shown on (own site and alsoOn).
  const onSite = new Map<string, SiteHolder[]>();

  documents.forEach((value, order) => {
    if (!isObject(value) || typeof value._id !== 'string' || typeof value._type !== 'string') return;
    if (!isPublicId(value._id)) return;
    const document = value as DocumentSummary & Record<string, unknown>;
    if (!byId.has(document._id)) byId.set(document._id, document);
    const slug = slugOf(document.slug);
    const scope = slugScopeOf(document._type);
    if (slug === undefined || slug.trim() === '' || scope === 'none') return;
    const key = slugKey(document._type, scope === 'site' ? refOf(document.site) : undefined, slug);
    const list = holders.get(key) ?? [];
    const holder = { id: document._id, createdAt: typeof document._createdAt === 'string' ? document._createdAt : '', order };
    list.push(holder);
    holders.set(key, list);
    if (document._type !== 'event') return;
    const own = refOf(document.site);
    const shownOn = new Set([own, ...(Array.isArray(document.alsoOn) ? document.alsoOn.map(refOf) : [])]);
    for (const siteId of shownOn) {
      if (siteId === undefined) continue;
      const key = slugKey('event', siteId, slug);
      const shown = onSite.get(key) ?? [];
      shown.push({ ...holder, own: siteId === own });
      onSite.set(key, shown);
    }
  });
  const accepted = crossListingAcceptance(byId.values());
  const eventsBySite = new Map<string, EventSummary[]>();
  // The document that had the slug first keeps it; later ones are reported.
  for (const list of holders.values()) list.sort(earlier);
  // On a site, its own events come first, then cross-listed ones in the order they were created.
  for (const list of onSite.values()) list.sort((a, b) => Number(b.own) - Number(a.own) || earlier(a, b));

  return {
    getDocument: (id) => byId.get(id),
    slugConflicts(claim: SlugClaim) {
      const list = holders.get(slugKey(claim.type, slugScopeOf(claim.type) === 'site' ? claim.siteId : undefined, claim.slug)) ?? [];
      const index = list.findIndex((holder) => holder.id === claim.documentId);
      const before = index === -1 ? list : list.slice(0, index);
      return before.map((holder) => holder.id).filter((id) => id !== claim.documentId);
    },
    crossListConflicts(claim: CrossListClaim) {
      const list = onSite.get(slugKey('event', claim.siteId, claim.slug)) ?? [];
      const index = list.findIndex((holder) => holder.id === claim.documentId && !holder.own);
      const before = index === -1 ? list.filter((holder) => holder.own || (claim.createdAt !== undefined && holder.createdAt < claim.createdAt)) : list.slice(0, index);
      return [...new Set(before.map((holder) => holder.id))].filter((id) => id !== claim.documentId);
    },
    accentsForSite: (siteId) => options.accentsForSite?.(siteId),
    eventsOnSite(siteId) {
      // Asked once for every link to an event: worked out once per site, not once per link.
      let found = eventsBySite.get(siteId);
      if (!found) {
        found = [];
        const slug = siteSlugOf(siteId);
        for (const document of byId.values()) if (document._type === 'event' && slug && shownOn(document, [slug], accepted).length) found.push(document);
        eventsBySite.set(siteId, found);
      }
      return found;
    },
    imageDimensions(image) {
      if (options.imageDimensions) return options.imageDimensions(image);
      const asset = byId.get(refOf(image.asset) ?? '');
      const dimensions = isObject(asset?.metadata) && isObject(asset.metadata.dimensions) ? asset.metadata.dimensions : undefined;
      const width = numberOf(dimensions?.width);
      const height = numberOf(dimensions?.height);
      return width !== undefined && height !== undefined ? { width, height } : undefined;
    },
  };
}
