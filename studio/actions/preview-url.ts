/**
 * Where a document is previewed: /preview/<site>/<path> on the Fasett server
 * (SANITY_STUDIO_PREVIEW_URL, default http://localhost:4321). The paths are the sites'
 * public paths (shared/site/paths.ts); types without a page of their own (alerts, venues,
 * categories…) preview on the home page of their site, or of the workspace's site.
 */
export interface PreviewableDocument {
  _id?: string;
  _type?: string;
  slug?: { current?: string } | null;
  site?: { _ref?: string } | null;
  sites?: Array<{ _ref?: string }> | null;
}

const DEFAULT_PREVIEW_URL = 'http://localhost:4321';

const siteSlug = (ref: string | undefined) => (ref?.startsWith('site.') ? ref.slice('site.'.length) : undefined);

/** The path on the site, or undefined when the document has no slug yet. */
function previewPath(doc: PreviewableDocument): string | undefined {
  const slug = doc.slug?.current;
  switch (doc._type) {
    case 'event':
      return slug ? `/arrangementer/${slug}/` : undefined;
    case 'campaign':
      return slug ? `/kampanjer/${slug}/` : undefined;
    case 'article':
      return slug ? `/nyheter/${slug}/` : undefined;
    case 'page':
      return slug ? (slug === 'index' ? '/' : `/${slug}/`) : undefined;
    default:
      return '/';
  }
}

/** The site that shows the document: its `site`, a site document itself, its first listed site, or the fallback. */
function previewSite(doc: PreviewableDocument, fallback: string | undefined): string | undefined {
  if (doc._type === 'site') return doc.slug?.current ?? siteSlug(doc._id?.replace(/^drafts\./, ''));
  return siteSlug(doc.site?._ref) ?? siteSlug(doc.sites?.[0]?._ref) ?? fallback;
}

export function previewUrl(doc: PreviewableDocument, options: { base?: string; fallbackSite?: string } = {}): string | undefined {
  const site = previewSite(doc, options.fallbackSite);
  const path = previewPath(doc);
  if (!site || !path) return undefined;
  const base = (options.base || DEFAULT_PREVIEW_URL).replace(/\/+$/, '');
  return `${base}/preview/${encodeURIComponent(site)}${path}`;
}
