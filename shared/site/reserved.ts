/** Page slugs that would collide with a route of their own (the home page, lists, feeds). */
export const reservedSlugs = new Set(['index', 'preview', 'api', 'arrangementer', 'kampanjer', 'nyheter', 'for', 'sok', 'folg-med', 'kort', 'pagefind', '404', 'rss', 'kalender']);

/**
 * Event slugs that would land on one of the event list's own pages (/arrangementer/<slug>/):
 * the facet lists, the archive, pagination and the list's data file.
 */
export const reservedEventSlugs = new Set(['kategori', 'sted', 'for', 'maned', 'gratis', 'i-dag', 'denne-helgen', 'denne-uken', 'denne-maneden', 'arkiv', 'side', 'data']);
