/**
 * Keys for Astro's incremental build: a page is skipped when its route code and its key
 * are unchanged. A key is the hash of what the page renders from: the chrome's view model
 * (chrome-model.ts) and the page's own view model, which its route computes once, hands to
 * the page as props and hashes here — so a page cannot show what its key did not see.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from '../content/site-data.ts';
import { chromeModel } from '../site/chrome-model.ts';

/** The cacheKey of one page: the chrome's view model and the page's own. */
export function pageKey(data: SiteData, model: unknown): string {
  return digest([chromeModel(data), model]).slice(0, 32);
}

const digests = new WeakMap<object, string>();

/**
 * A content hash of a value, Merkle-style: every object's digest is worked out once per build
 * (by identity) and stands in for it in its parents, so an event on two hundred list pages is
 * serialised once, not two hundred times. Maps and Sets count by their entries, dates by their time.
 */
export function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return sha(JSON.stringify(value) ?? 'undefined');
  let known = digests.get(value);
  if (known === undefined) {
    const plain =
      value instanceof Map ? ['Map', [...value]] : value instanceof Set ? ['Set', [...value]] : value instanceof Date ? ['Date', value.toISOString()] : value;
    const body = Array.isArray(plain)
      ? plain.map((item) => child(item))
      : Object.entries(plain as Record<string, unknown>).map(([key, item]) => [key, child(item)]);
    known = sha(JSON.stringify([Array.isArray(plain) ? 'A' : 'O', body]));
    digests.set(value, known);
  }
  return known;
}

const child = (value: unknown): unknown => (value !== null && typeof value === 'object' ? `#${digest(value)}` : value);

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');
