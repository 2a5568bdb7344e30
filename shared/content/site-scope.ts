/**
 * Which documents a site's build needs to look at. groq-js reads every document on every query,
 * and the rulebook checks every document: at a municipality's size a site's own share is a
 * twelfth of the events, so reading only that share takes most of the work out of a build's
 * start-up.
 */

/** What the scope reads of a document: who it belongs to. */
export interface ScopedDocument {
  _id: string;
  site?: unknown;
  alsoOn?: unknown;
  sites?: unknown;
  [field: string]: unknown;
}

const refOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { _ref?: unknown })._ref : undefined);
const refsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value.map(refOf) : []);

/**
 * Whether a document may be one of a site's, for a query that names `$siteId`: the contract of
 * every site query (queries.ts) is that it asks about the site's own documents (`site`), those
 * cross-listed to it (`alsoOn`) or meant for it (`sites`, empty for all), and documents
 * that belong to no site (venues, categories, the site documents). A superset of each query's
 * own filter, so the answers are the same (the live-source test compares them with Sanity's);
 * references are followed through the whole dataset.
 */
export function mayBelongTo(doc: ScopedDocument, siteId: string): boolean {
  const owner = refOf(doc.site);
  if (typeof owner === 'string') return owner === siteId || refsOf(doc.alsoOn).includes(siteId);
  const sites = refsOf(doc.sites);
  return sites.length === 0 || sites.includes(siteId);
}

/** Every `_ref` anywhere inside a value. */
function referencesIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === 'object') {
    const ref = (value as { _ref?: unknown })._ref;
    if (typeof ref === 'string') found.add(ref);
    for (const field of Object.values(value)) if (field && typeof field === 'object') referencesIn(field, found);
  }
  return found;
}

/**
 * The documents a site shows or links to: those that may be the site's, and every document they
 * refer to (an event on another site that a page links to, a campaign's events). Whether one of
 * those breaks a rule decides what the site publishes; the rest of the dataset's cannot.
 */
export function siteScope<D extends ScopedDocument>(documents: readonly D[], siteId: string): D[] {
  const own = documents.filter((doc) => mayBelongTo(doc, siteId));
  const referenced = new Set<string>();
  for (const doc of own) referencesIn(doc, referenced);
  const ids = new Set(own.map((doc) => doc._id));
  return documents.filter((doc) => ids.has(doc._id) || referenced.has(doc._id));
}
