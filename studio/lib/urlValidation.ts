import type { UrlRule } from 'sanity';

/**
 * Sanity's url type brings its own check (http and https only, no relative addresses).
 * Which addresses a link may hold is the rulebook's decision (link.safeScheme: web links
 * everywhere, mailto/tel where it makes sense, never javascript: or data:), so the
 * built-in check is widened here and the rulebook's markers are the ones editors see.
 */
export const linkCheckedByRulebook = (rule: UrlRule) => rule.uri({ scheme: [/^[a-z][a-z0-9+.-]*$/i], allowRelative: true });
