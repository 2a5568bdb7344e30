/**
 * Keys for Astro's incremental build: a page is skipped when its route code and its key
 * are unchanged. A key is the hash of what the page renders from: the chrome's view model
 * (chrome-model.ts) and the page's own view model, which its route computes once, hands to
 * the page as props and hashes here — so a page cannot show what its key did not see.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from '../content/site-data.ts';
import { chromeModel } from './chrome-model.ts';

const chrome = new WeakMap<SiteData, string>();

/** The digest of what the layout shows on every page of the site: its view model. */
export function chromeDigest(data: SiteData): string {
  let digest = chrome.get(data);
  if (!digest) {
    digest = hash(chromeModel(data));
    chrome.set(data, digest);
  }
  return digest;
}

/** The cacheKey of one page: the chrome's view model and the page's own. */
export function pageKey(data: SiteData, model: unknown): string {
  return hash([chromeDigest(data), model]);
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}

const documentDigests = new WeakMap<object, string>();

/** One document's digest, worked out once per build however many lists show it. */
export function documentDigest(document: object): string {
  let digest = documentDigests.get(document);
  if (!digest) {
    digest = hash(document);
    documentDigests.set(document, digest);
  }
  return digest;
}

const listContexts = new WeakMap<object, Map<string, string>>();

/**
 * The cacheKey of page `page` of a paginated list: the chrome, what is shared by every list
 * page of the site (`context`, by name: e.g. the filter sidebar's facets and counts and today's
 * date — worked out once per build), the list's identity and length, and the documents on that page.
 */
export function listPageKey(data: SiteData, context: [name: string, value: () => unknown], list: unknown, items: readonly object[], page: number, pageSize: number): string {
  let contexts = listContexts.get(data);
  if (!contexts) listContexts.set(data, (contexts = new Map()));
  let shared = contexts.get(context[0]);
  if (!shared) {
    shared = hash(context[1]());
    contexts.set(context[0], shared);
  }
  const shown = items.slice((page - 1) * pageSize, page * pageSize).map(documentDigest);
  return hash([chromeDigest(data), shared, list, items.length, page, shown]);
}
