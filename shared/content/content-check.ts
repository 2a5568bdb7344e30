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
import { publicDocuments, publicationIndex, refId, shownOn, siteDependencies, type PublicationIndex } from './publication.ts';
import type { ContentSource } from './source.ts';

export interface ContentCheck {
  documentsChecked: number;
  problems: Problem[];
  /** Ids of documents with at least one error: never published. */
  excluded: string[];
  /** Every published document, by id, and what each site shows (publication.ts). */
  index: PublicationIndex;
  /** The ids a site shows: what publication.ts says it shows, less what the rulebook refused there. */
  shownIds(siteSlug: string): string[];
  /** The problems a site's report shows: its own documents, those cross-listed to it, and shared ones. */
  problemsFor(siteSlug: string): Problem[];
}

/**
 * `site` (a slug): check only what that site's output depends on (publication.ts), as a site's
 * build needs; without it, every document (npm run validate). `types`: check only documents of
 * these types (shownIds is then meant for queries of those types alone). Rules that look across documents
 * (a slug taken twice, a reference to nothing) always see the whole dataset.
 */
export async function checkContent(
  source: ContentSource,
  siteConfigs: Map<string, SiteConfig>,
  options: { site?: string; types?: readonly string[] } = {},
): Promise<ContentCheck> {
  // Whatever the source answers, only published documents go on (one definition: publication.ts).
  const all = publicDocuments(await source.fetch<ContentDocument[]>(documentsForRulesQuery));
  const byId = new Map(all.map((doc) => [doc._id, doc]));
  const sites = [...siteConfigs.keys()].sort();
  const index = publicationIndex(all, sites);
  const context = ruleContext(source, all, byId, siteConfigs);
  const scope = options.site ? siteDependencies(index, options.site) : undefined;
  // `types`: only these are checked (the alert fast path checks alerts alone, as the build would).
  const documents = all.filter((doc) => (!scope || scope.has(doc._id)) && (!options.types || options.types.includes(doc._type)));
  const problems = await validateDocuments(documents, context);
  const excluded = [...new Set(problems.filter((p) => p.severity === 'error').map((p) => p.documentId))].sort();
  // Events cross-listed to a site that it does not show, because another event there has their
  // address (rule event.alsoOnSlugFree, reported in both sites' reports).
  const hidden = new Map<string, Set<string>>();
  for (const problem of problems) {
    const position = problem.rule === 'event.alsoOnSlugFree' ? /^alsoOn\[(\d+)\]$/.exec(problem.field)?.[1] : undefined;
    const alsoOn = position === undefined ? undefined : byId.get(problem.documentId)?.alsoOn;
    const siteId = Array.isArray(alsoOn) ? refId(alsoOn[Number(position)]) : undefined;
    if (siteId) hidden.set(siteId, (hidden.get(siteId) ?? new Set()).add(problem.documentId));
  }

  const excludedIds = new Set(excluded);
  const notShownOn = (siteSlug: string) => hidden.get(`site.${siteSlug}`) ?? new Set<string>();

  return {
    documentsChecked: documents.filter((d) => !d._type.startsWith('sanity.')).length,
    problems,
    excluded,
    index,
    shownIds(siteSlug) {
      const hiddenHere = notShownOn(siteSlug);
      return [...(index.shown.get(siteSlug) ?? [])].filter((id) => !excludedIds.has(id) && !hiddenHere.has(id)).sort();
    },
    problemsFor(siteSlug) {
      return problems.filter((problem) => {
        const doc = byId.get(problem.documentId);
        if (!doc) return true;
        if (doc._type === 'site') return doc._id === `site.${siteSlug}`;
        // A document no site shows (its site is missing or unknown) is reported everywhere, never lost.
        const on = shownOn(doc, sites, index.accepted);
        return on.length === 0 || on.includes(siteSlug);
      });
    },
  };
}


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
      const ref = refId(image.asset);
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
