/**
 * Values worked out once per site and build instead of once per page: a build renders
 * thousands of pages from one SiteData, and anything derived from the whole site (facet
 * names, the venues, which events a filter keeps) is the same on every one of them. Keyed by
 * the SiteData object, so the preview server's fresh data after a content change gets fresh
 * values, and old ones go with the old data.
 *
 * What comes back is shared by every page: read it, never change it.
 */
import type { SiteData } from '../content/site-data.ts';

const memos = new WeakMap<SiteData, Map<string, unknown>>();

export function oncePerSite<T>(data: SiteData, key: string, make: () => T): T {
  let memo = memos.get(data);
  if (!memo) memos.set(data, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}
