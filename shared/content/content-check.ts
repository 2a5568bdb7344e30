/**
 * The build's gate: every published document goes through the rulebook before any page
 * is rendered. Documents with errors are excluded from every query; every problem is kept
 * for the terminal and the build report, so nothing is dropped silently.
 */
import sharp from 'sharp';
import { contextFromDocuments, validateDocuments } from '../rules/index.ts';
import type { ContentDocument, ImageDimensions, Problem, RuleContext } from '../rules/types.ts';
import { loadTheme } from '../../themes/index.ts';
import type { SiteConfig } from '../config/site.ts';
import { documentsForRulesQuery } from './queries.ts';
import { siteScope } from './site-scope.ts';
import type { ContentSource } from './source.ts';

export interface ContentCheck {
  documentsChecked: number;
  problems: Problem[];
  /** Ids of documents with at least one error: never published. */
  excluded: string[];
  /** The problems a site's report shows: its own documents, those cross-listed to it, and shared ones. */
  problemsFor(siteSlug: string): Problem[];
  /**
   * Events cross-listed to the site that it does not show, because another event there has
   * their address (rule event.alsoOnSlugFree, reported in both sites' reports).
   */
  notShownOn(siteSlug: string): Set<string>;
}

const SITE_FIELD_TYPES = new Set(['event', 'campaign', 'page', 'article']);

/**
 * `site`: check only what that site shows or links to (site-scope.ts), as a site's build needs;
 * without it, every document (npm run validate). Rules that look across documents (a slug
 * taken twice, a reference to nothing) always see the whole dataset.
 */
export async function checkContent(source: ContentSource, siteConfigs: Map<string, SiteConfig>, options: { site?: string } = {}): Promise<ContentCheck> {
  const all = await source.fetch<ContentDocument[]>(documentsForRulesQuery);
  const byId = new Map(all.map((doc) => [doc._id, doc]));
  const context = ruleContext(source, all, byId, siteConfigs);
  const documents = options.site ? siteScope(all, options.site) : all;
  const problems = await validateDocuments(documents, context);
  const excluded = [...new Set(problems.filter((p) => p.severity === 'error').map((p) => p.documentId))].sort();
  const hidden = new Map<string, Set<string>>();
  for (const problem of problems) {
    const index = problem.rule === 'event.alsoOnSlugFree' ? /^alsoOn\[(\d+)\]$/.exec(problem.field)?.[1] : undefined;
    const alsoOn = index === undefined ? undefined : byId.get(problem.documentId)?.alsoOn;
    const siteId = Array.isArray(alsoOn) ? refOf(alsoOn[Number(index)]) : undefined;
    if (siteId) hidden.set(siteId, (hidden.get(siteId) ?? new Set()).add(problem.documentId));
  }

  return {
    documentsChecked: documents.filter((d) => !d._type.startsWith('sanity.') && !d._id.startsWith('_.')).length,
    problems,
    excluded,
    problemsFor(siteSlug) {
      const siteId = `site.${siteSlug}`;
      return problems.filter((problem) => {
        const doc = byId.get(problem.documentId);
        if (!doc) return true;
        if (doc._type === 'site') return doc._id === siteId;
        if (SITE_FIELD_TYPES.has(doc._type)) {
          const owner = refOf(doc.site);
          const alsoOn = Array.isArray(doc.alsoOn) ? doc.alsoOn.map(refOf) : [];
          return owner === siteId || alsoOn.includes(siteId) || owner === undefined;
        }
        if (doc._type === 'alert' || doc._type === 'serviceLink') {
          const sites = Array.isArray(doc.sites) ? doc.sites.map(refOf) : [];
          return sites.length === 0 || sites.includes(siteId);
        }
        return true; // shared documents (venues, categories, audiences) touch every site
      });
    },
    notShownOn: (siteSlug) => hidden.get(`site.${siteSlug}`) ?? new Set(),
  };
}

const refOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string' ? (value as { _ref: string })._ref : undefined;

/** The build's answers to what the rules ask beyond one document: theme accents and real image sizes. */
function ruleContext(
  source: ContentSource,
  documents: ContentDocument[],
  byId: Map<string, ContentDocument>,
  siteConfigs: Map<string, SiteConfig>,
): RuleContext {
  const dimensions = new Map<string, Promise<ImageDimensions | undefined>>();
  return contextFromDocuments(documents, {
    accentsForSite: async (siteId) => {
      const config = siteConfigs.get(siteId.replace(/^site\./, ''));
      if (!config) return undefined;
      return Object.keys((await loadTheme(config.theme)).accents);
    },
    imageDimensions: (image) => {
      const ref = refOf(image.asset);
      if (!ref) return undefined;
      let entry = dimensions.get(ref);
      if (!entry) {
        entry = readDimensions(source, byId, ref);
        dimensions.set(ref, entry);
      }
      return entry;
    },
  });
}

/** From the real file when the source is on disk (a wrong size in the file name is caught); else the asset's metadata. */
async function readDimensions(source: ContentSource, byId: Map<string, ContentDocument>, assetId: string): Promise<ImageDimensions | undefined> {
  const file = source.assetFile(assetId);
  if (file) {
    try {
      const { width, height } = await sharp(file).metadata();
      return width && height ? { width, height } : undefined;
    } catch {
      return undefined;
    }
  }
  const dims = (byId.get(assetId)?.metadata as { dimensions?: { width?: number; height?: number } } | undefined)?.dimensions;
  return dims?.width && dims.height ? { width: dims.width, height: dims.height } : undefined;
}
