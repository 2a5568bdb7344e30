import type { StructureResolver, StructureBuilder } from 'sanity/structure';
import type { Template } from 'sanity';
import { CogIcon } from '@sanity/icons/Cog';
import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { HomeIcon } from '@sanity/icons/Home';
import { TransferIcon } from '@sanity/icons/Transfer';
import { API_VERSION } from './lib/apiVersion.ts';
import { siteDocumentId, type StudioSite } from './sites.ts';

/** The one acceptance document of a host site (shared/content/publication.ts, CROSS_LISTING_TYPE). */
export const crossListingDocumentId = (slug: string) => `crossListing.${slug}`;

/** A site's own documents: what an institution's editor works with every day. */
export const SITE_OWNED = [
  { type: 'event', title: 'Arrangementer', one: 'Arrangement', ordering: [{ field: 'startsAt', direction: 'desc' as const }] },
  { type: 'campaign', title: 'Kampanjer', one: 'Kampanje', ordering: [{ field: 'startsAt', direction: 'desc' as const }] },
  { type: 'page', title: 'Sider', one: 'Side', ordering: [{ field: 'title', direction: 'asc' as const }] },
  { type: 'article', title: 'Nyheter', one: 'Nyhet', ordering: [{ field: 'publishedAt', direction: 'desc' as const }] },
];

/** Documents every site shares, kept in the shared area. */
export const SHARED = [
  { type: 'venue', title: 'Steder' },
  { type: 'category', title: 'Kategorier' },
  { type: 'audience', title: 'Målgrupper' },
  { type: 'alert', title: 'Varsler' },
  { type: 'serviceLink', title: 'Tjenestelenker' },
];

const SITE_OWNED_TYPES = new Set(SITE_OWNED.map(({ type }) => type));

function templateIdFor(type: string, site: StudioSite): string {
  return `${type}-${site.slug}`;
}

/**
 * In a site's workspace, new events, campaigns, pages and articles come from templates
 * that set `site` to that site; the unscoped defaults are removed so nothing is created
 * without an owner. The site document itself is opened from "Innstillinger" only.
 */
export function siteTemplates(site: StudioSite) {
  return (prev: Template[]): Template[] => [
    ...prev.filter((template) => !SITE_OWNED_TYPES.has(template.schemaType) && template.schemaType !== 'site' && template.schemaType !== 'crossListing'),
    ...SITE_OWNED.map(({ type, one }) => ({
      id: templateIdFor(type, site),
      title: `${one} (${site.title})`,
      schemaType: type,
      value: { site: { _type: 'reference', _ref: siteDocumentId(site.slug) } },
    })),
    siteDocumentTemplate(site),
    crossListingTemplate(site),
  ];
}

/** The site's acceptances of events cross-listed to it: opened under `crossListing.<slug>`, never created freely. */
function crossListingTemplate(site: StudioSite): Template {
  return {
    id: templateIdFor('crossListing', site),
    title: `Delt hit (${site.title})`,
    schemaType: 'crossListing',
    value: { site: { _type: 'reference', _ref: siteDocumentId(site.slug) }, accepted: [] },
  };
}

/** The template a site document is created from: opened with the id `site.<slug>`, never created freely. */
function siteDocumentTemplate(site: StudioSite): Template {
  return {
    id: templateIdFor('site', site),
    title: site.title,
    schemaType: 'site',
    value: { title: site.title, slug: { _type: 'slug', current: site.slug } },
  };
}

/** The shared workspace creates shared documents freely; site documents only under their fixed ids. */
export function sharedTemplates(sites: StudioSite[]) {
  return (prev: Template[]): Template[] => [
    ...prev.filter((template) => template.schemaType !== 'site' && template.schemaType !== 'crossListing'),
    ...sites.map(siteDocumentTemplate),
  ];
}

/** Template ids that must not appear in a "+ Ny" menu: site documents are opened from the structure. */
export function isSiteDocumentTemplate(templateId: string): boolean {
  return templateId.startsWith('site-') || templateId.startsWith('crossListing');
}

function sharedArea(S: StructureBuilder) {
  return S.listItem()
    .title('Felles for alle nettsteder')
    .icon(EarthGlobeIcon)
    .child(
      S.list()
        .title('Felles')
        .items(SHARED.map(({ type, title }) => S.documentTypeListItem(type).title(title))),
    );
}

/** A site's workspace: its settings, its own documents (filtered by `site`), then the shared area. */
export function siteStructure(site: StudioSite): StructureResolver {
  const siteId = siteDocumentId(site.slug);
  return (S) =>
    S.list()
      .title(site.title)
      .items([
        S.listItem()
          .title('Innstillinger for nettstedet')
          .icon(CogIcon)
          .id('settings')
          .child(
            S.document()
              .schemaType('site')
              .documentId(siteId)
              .initialValueTemplate(templateIdFor('site', site))
              .title(`Innstillinger – ${site.title}`),
          ),
        S.divider(),
        ...SITE_OWNED.map(({ type, title, ordering }) =>
          S.listItem()
            .title(title)
            .id(type)
            .schemaType(type)
            .child(
              S.documentList()
                .id(`${type}-${site.slug}`)
                .title(`${title} – ${site.title}`)
                .schemaType(type)
                .apiVersion(API_VERSION)
                .filter('_type == $type && site._ref == $site')
                .params({ type, site: siteId })
                .defaultOrdering(ordering)
                .initialValueTemplates([S.initialValueTemplateItem(templateIdFor(type, site))])
                .canHandleIntent(
                  (intent, params) => intent === 'create' && params.type === type && params.template === templateIdFor(type, site),
                ),
            ),
        ),
        S.listItem()
          .title('Delt hit fra andre nettsteder')
          .icon(TransferIcon)
          .id('crossListing')
          .child(
            S.document()
              .schemaType('crossListing')
              .documentId(crossListingDocumentId(site.slug))
              .initialValueTemplate(templateIdFor('crossListing', site))
              .title(`Delt hit – ${site.title}`),
          ),
        S.divider(),
        sharedArea(S),
      ]);
}

/** The shared workspace: every site's settings, the shared registers, and all content per site for administrators. */
export function sharedStructure(sites: StudioSite[]): StructureResolver {
  return (S) =>
    S.list()
      .title('Felles')
      .items([
        S.listItem()
          .title('Nettsteder')
          .icon(HomeIcon)
          .id('sites')
          .child(
            S.list()
              .title('Nettsteder')
              .items(
                sites.map((site) =>
                  S.listItem()
                    .title(site.title)
                    .id(site.slug)
                    .icon(CogIcon)
                    .child(
                      S.document()
                        .schemaType('site')
                        .documentId(siteDocumentId(site.slug))
                        .initialValueTemplate(templateIdFor('site', site))
                        .title(`Innstillinger – ${site.title}`),
                    ),
                ),
              ),
          ),
        S.divider(),
        ...SHARED.map(({ type, title }) => S.documentTypeListItem(type).title(title)),
        S.divider(),
        ...SITE_OWNED.map(({ type, title }) =>
          S.listItem()
            .title(`${title} (alle nettsteder)`)
            .id(`all-${type}`)
            .schemaType(type)
            .child(
              S.list()
                .title(title)
                .items([
                  ...sites.map((site) =>
                    S.listItem()
                      .title(site.title)
                      .id(site.slug)
                      .child(
                        S.documentList()
                          .id(`${type}-${site.slug}`)
                          .title(`${title} – ${site.title}`)
                          .schemaType(type)
                          .apiVersion(API_VERSION)
                          .filter('_type == $type && site._ref == $site')
                          .params({ type, site: siteDocumentId(site.slug) }),
                      ),
                  ),
                  S.divider(),
                  S.documentTypeListItem(type).title(`Alle ${title.toLowerCase()}`),
                ]),
            ),
        ),
      ]);
}
