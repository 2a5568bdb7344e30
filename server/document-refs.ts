/** Reading references out of raw Sanity documents, whatever shape a webhook or an export gives them. */
import type { SanityDocument } from '../shared/content/dataset.ts';

/** `{_ref: "x"}` or a projected `"x"` → "x". */
export function refId(value: unknown): string | undefined {
  if (typeof value === 'string' && value) return value;
  if (value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string') return (value as { _ref: string })._ref;
  return undefined;
}

export function refIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(refId).filter((id): id is string => id !== undefined);
}

/** `site.bydelshus` → `bydelshus`. */
export const siteSlugFromId = (id: string | undefined): string | undefined =>
  id?.startsWith('site.') ? id.slice('site.'.length) : undefined;

export const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.');

/** Every `_ref` anywhere inside a document (navigation, portable text links, images…). */
export function referencesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === '_ref' && typeof field === 'string') found.add(field);
      else referencesIn(field, found);
    }
  }
  return found;
}

/** Referenced id → the ids of the documents that reference it. */
export function referrerIndex(documents: Iterable<SanityDocument>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const doc of documents) {
    for (const ref of referencesIn(doc)) {
      let set = index.get(ref);
      if (!set) index.set(ref, (set = new Set()));
      set.add(doc._id);
    }
  }
  return index;
}
