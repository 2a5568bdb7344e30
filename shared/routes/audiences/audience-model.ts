/** What an audience entrance shows on this site: its upcoming events, pages and service links. */
import { byAudienceOrder } from '../../components/audience-words.ts';
import type { AudienceItem, EventItem, PageItem, ServiceLinkItem, SiteData } from '../../content/site-data.ts';

export interface AudienceEntrance {
  audience: AudienceItem & { slug: string; title: string };
  events: EventItem[];
  pages: PageItem[];
  serviceLinks: ServiceLinkItem[];
}

const has = (list: Array<{ slug: string | null }> | null | undefined, slug: string) => (list ?? []).some((x) => x.slug === slug);

const cache = new WeakMap<SiteData, AudienceEntrance[]>();

/** Audiences with anything to show on this site, the groups the survey names first. */
export function audienceEntrances(data: SiteData): AudienceEntrance[] {
  let list = cache.get(data);
  if (list) return list;
  list = data.taxonomy.audiences
    .filter((a): a is AudienceEntrance['audience'] => !!a.slug && !!a.title)
    .map((audience) => ({
      audience,
      events: data.upcoming.filter((e) => has(e.audiences, audience.slug)),
      // The home page intro is the home page, not a page to point to.
      pages: data.pages.filter((p) => p.slug && p.slug !== 'index' && has(p.audiences, audience.slug)),
      serviceLinks: data.serviceLinks.filter((s) => has(s.audiences, audience.slug)),
    }))
    .filter((e) => e.events.length + e.pages.length + e.serviceLinks.length > 0)
    .sort((a, b) => byAudienceOrder(a.audience.slug, b.audience.slug));
  cache.set(data, list);
  return list;
}
