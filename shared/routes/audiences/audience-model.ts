/**
 * The audience entrances a site offers (its config's `audiences`, in that order) and what each
 * shows: its upcoming events, the site's pages for the group, the municipality's services for
 * it, and the site's own introduction page when the config names one. An entrance with neither
 * events, services nor an introduction is not offered: a page that says only «Ingen kommende
 * arrangementer» helps nobody. One name per audience everywhere, from the taxonomy document.
 */
import type { AudienceItem, EventItem, PageItem, ServiceLinkItem, SiteData } from '../../content/site-data.ts';
import { fill, wordsFor, type Locale } from '../../i18n/index.ts';

export interface AudienceWords {
  /** The group's name, as the filter shows it: «Eldre». */
  name: string;
  /** Tile, heading and link: «For eldre». */
  heading: string;
  /** «Arrangementer for eldre». */
  eventsHeading: string;
  /** One line under the tile and the heading. */
  intro: string;
}

/** Every way the site names an audience, all from its one name in the taxonomy, in the site's language. */
export function audienceWords(audience: { title: string; description?: string | null }, locale: Locale): AudienceWords {
  const group = audience.title.toLocaleLowerCase(locale);
  const w = wordsFor(locale).audience;
  return {
    name: audience.title,
    heading: fill(w.heading, { group }),
    eventsHeading: fill(w.eventsHeading, { group }),
    intro: audience.description?.trim() || fill(w.intro, { group }),
  };
}

export interface AudienceEntrance {
  audience: AudienceItem & { slug: string; title: string };
  words: AudienceWords;
  events: EventItem[];
  pages: PageItem[];
  serviceLinks: ServiceLinkItem[];
  /** The site's own page for the group, shown as the entrance's introduction. */
  introPage?: PageItem;
}

const has = (list: Array<{ slug: string | null }> | null | undefined, slug: string) => (list ?? []).some((x) => x.slug === slug);

const cache = new WeakMap<SiteData, AudienceEntrance[]>();

export function audienceEntrances(data: SiteData): AudienceEntrance[] {
  let list = cache.get(data);
  if (list) return list;
  const named = data.taxonomy.audiences.filter((a): a is AudienceEntrance['audience'] => !!a.slug && !!a.title);
  const offered = data.config.audiences ?? named.map((a) => ({ audience: a.slug, page: undefined }));
  const introPages = new Set(offered.map((o) => o.page).filter(Boolean));
  list = offered.flatMap(({ audience: slug, page }) => {
    const audience = named.find((a) => a.slug === slug);
    if (!audience) return [];
    const entrance: AudienceEntrance = {
      audience,
      words: audienceWords(audience, data.config.locale),
      events: data.upcoming.filter((e) => has(e.audiences, slug)),
      // The home page intro and the entrances' own introductions are not pages to point to.
      pages: data.pages.filter((p) => p.slug && p.slug !== 'index' && !introPages.has(p.slug) && has(p.audiences, slug)),
      serviceLinks: data.serviceLinks.filter((s) => has(s.audiences, slug)),
      introPage: page ? data.pagesBySlug.get(page) : undefined,
    };
    return entrance.events.length + entrance.serviceLinks.length > 0 || entrance.introPage ? [entrance] : [];
  });
  cache.set(data, list);
  return list;
}

/** The entrance a page introduces, if any: that page's address leads there instead. */
export function entranceOfPage(data: SiteData, pageSlug: string): AudienceEntrance | undefined {
  return audienceEntrances(data).find((e) => e.introPage?.slug === pageSlug);
}

/** Where a group's name leads: its entrance when the site offers one, else the event list filtered for it. */
export function audienceHref(data: SiteData, slug: string): string {
  return audienceEntrances(data).some((e) => e.audience.slug === slug) ? `/for/${slug}/` : `/arrangementer/for/${slug}/`;
}
