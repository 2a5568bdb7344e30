/** Every public path of a site, in one place, so pages, feeds, cards and the sitemap agree. */
export const paths = {
  home: () => '/',
  events: () => '/arrangementer/',
  eventsPage: (page: number) => (page <= 1 ? '/arrangementer/' : `/arrangementer/side/${page}/`),
  event: (slug: string) => `/arrangementer/${slug}/`,
  eventIcs: (slug: string) => `/arrangementer/${slug}.ics`,
  campaigns: () => '/kampanjer/',
  campaign: (slug: string) => `/kampanjer/${slug}/`,
  news: () => '/nyheter/',
  article: (slug: string) => `/nyheter/${slug}/`,
  page: (slug: string) => (slug === 'index' ? '/' : `/${slug}/`),
  audience: (slug: string) => `/for/${slug}/`,
  category: (slug: string) => `/arrangementer/kategori/${slug}/`,
  venue: (slug: string) => `/arrangementer/sted/${slug}/`,
  archive: () => '/arrangementer/arkiv/',
  archiveMonth: (month: string) => `/arrangementer/arkiv/${month}/`,
  search: () => '/sok/',
  follow: () => '/folg-med/',
  accessibility: () => '/tilgjengelighetserklaering/',
} as const;

export function absolute(base: string, path: string): string {
  return new URL(path, base).href;
}
