/**
 * Every GROQ query a site build runs, named and kept together. Each runs once per build
 * (not once per page) and its result type is generated from the Studio schema by Sanity
 * TypeGen (`npm run typegen` → sanity.types.ts), so a renamed field breaks the build,
 * not the page.
 *
 * Which documents a site shows is not decided here: the source answers only published
 * documents (its perspective), and `$shown` lists the ids this site shows that passed the
 * rulebook (shared/content/publication.ts decides which, site-data.ts passes them).
 * Params: $siteId (`site.<slug>`), $shown (ids).
 */
import { defineQuery } from 'groq';

export const siteQuery = defineQuery(`*[_type == "site" && _id == $siteId][0]{
  _id, title, tagline, "slug": slug.current, contact,
  "navigation": navigation[]{_key, label, url, "page": page->{_id, title, "slug": slug.current}},
  "social": social[]{_key, platform, url},
  "shareImage": shareImage{alt, decorative, hotspot, crop, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}
}`);

export const sitesQuery = defineQuery(`*[_type == "site"] | order(slug.current asc){
  _id, title, "slug": slug.current
}`);

export const eventsQuery = defineQuery(`*[_type == "event" && _id in $shown] | order(startsAt asc, _id asc){
  _id, _type, _updatedAt, title, "slug": slug.current, startsAt, endsAt, status, summary, language,
  "site": site->{_id, title, "slug": slug.current},
  "alsoOn": alsoOn[]->slug.current,
  "venue": venue->{_id, name, "slug": slug.current, address, geo, accessibility},
  "categories": categories[]->{_id, title, "slug": slug.current},
  "audiences": audiences[]->{_id, title, "slug": slug.current},
  "image": image{alt, decorative, hotspot, crop, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
  "body": body[]{
    ...,
    _type == "image" => {"asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
    _type == "callout" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    _type == "passage" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}
  },
  price, ticketUrl, accessibility, ageRange,
  _createdAt, streamUrl,
  "changes": changes[]{_key, changedAt, status, previousStartsAt}
}`);

export const campaignsQuery = defineQuery(`*[_type == "campaign" && _id in $shown] | order(startsAt desc, _id asc){
  _id, _type, _updatedAt, title, "slug": slug.current, startsAt, endsAt, accent, shareText, hashtags, language,
  _createdAt, programmeStartsOn, programmeEndsOn,
  "hero": hero{heading, subheading, "image": image{alt, decorative, hotspot, crop, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}},
  "eventIds": events[]._ref,
  "filterCategoryIds": eventFilter.categories[]._ref,
  "filterAudienceIds": eventFilter.audiences[]._ref,
  "body": body[]{
    ...,
    _type == "image" => {"asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
    _type == "callout" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    _type == "passage" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}
  },
  cta
}`);

export const pagesQuery = defineQuery(`*[_type == "page" && _id in $shown] | order(slug.current asc){
  _id, _type, _updatedAt, title, "slug": slug.current, language,
  "audiences": audiences[]->{_id, title, "slug": slug.current},
  "seo": seo{description, "shareImage": shareImage{alt, decorative, hotspot, crop, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}},
  "body": body[]{
    ...,
    _type == "image" => {"asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
    _type == "callout" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    _type == "passage" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}
  }
}`);

export const articlesQuery = defineQuery(`*[_type == "article" && _id in $shown] | order(publishedAt desc, _id asc){
  _id, _type, _updatedAt, title, "slug": slug.current, publishedAt, summary, language,
  "image": image{alt, decorative, hotspot, crop, "asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
  "body": body[]{
    ...,
    _type == "image" => {"asset": asset->{_id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height}},
    _type == "callout" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    _type == "passage" => {"content": content[]{..., markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}}},
    markDefs[]{..., _type == "internalLink" => {"target": reference->{_type, "slug": slug.current, "site": site->slug.current}}}
  }
}`);

export const alertsQuery = defineQuery(`*[_type == "alert" && _id in $shown] | order(startsAt desc, _id asc){
  _id, _type, _updatedAt, title, message, severity, startsAt, endsAt, link
}`);

export const serviceLinksQuery = defineQuery(`*[_type == "serviceLink" && _id in $shown] | order(title asc){
  _id, title, url, description, "audiences": audiences[]->{_id, title, "slug": slug.current}
}`);

export const taxonomyQuery = defineQuery(`{
  "categories": *[_type == "category" && _id in $shown] | order(title asc){_id, title, "slug": slug.current},
  "audiences": *[_type == "audience" && _id in $shown] | order(title asc){_id, title, "slug": slug.current, description},
  "venues": *[_type == "venue" && _id in $shown] | order(name asc){_id, name, "slug": slug.current, address, geo, accessibility}
}`);

/** Every published document, raw: the rulebook checks them, and publication.ts decides what each site shows. */
export const documentsForRulesQuery = defineQuery(`*`);

/** Every query a site build runs, by name — the live-source test compares them all. */
export const siteQueries = {
  siteQuery,
  eventsQuery,
  campaignsQuery,
  pagesQuery,
  articlesQuery,
  alertsQuery,
  serviceLinksQuery,
  taxonomyQuery,
} as const;
