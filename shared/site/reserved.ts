/** Page slugs that would collide with a route of their own (the home page, lists, feeds). */
export const reservedSlugs = new Set(['index', 'preview', 'api', 'arrangementer', 'kampanjer', 'nyheter', 'for', 'sok', 'folg-med', 'kort', 'pagefind', '404']);
