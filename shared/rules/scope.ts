/**
 * Which documents a slug must be unique among: a site's own documents (events, pages,
 * campaigns, articles) share URL space only within their site and type; shared
 * documents (venues, categories, audiences) and sites themselves are unique per type.
 */
export const SITE_OWNED_TYPES = ['event', 'campaign', 'page', 'article'] as const;
const SHARED_SLUG_TYPES = ['site', 'venue', 'category', 'audience'] as const;

export type SlugScope = 'site' | 'type' | 'none';

export function slugScopeOf(type: string): SlugScope {
  if ((SITE_OWNED_TYPES as readonly string[]).includes(type)) return 'site';
  if ((SHARED_SLUG_TYPES as readonly string[]).includes(type)) return 'type';
  return 'none';
}
