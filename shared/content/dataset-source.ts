/** The dataset on disk as a ContentSource: GROQ evaluated in process with groq-js. */
import { evaluate, parse } from 'groq-js';
import type { ContentSource, Perspective, QueryParams } from './source.ts';
import type { Dataset, SanityDocument } from './dataset.ts';
import { scopeToIdParam, type IdScoped } from './groq-id-scope.ts';
import { isDraftId, isPublicId, publicationIndex, publishedIdOf, siteDependencies, siteSlugOf } from './publication.ts';

export function datasetSource(dataset: Dataset, perspective: Perspective = 'published'): ContentSource {
  const documents = perspective === 'published' ? publishedView(dataset.documents) : draftsView(dataset.documents);
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  // Parsed queries are reused: a build runs each named query a handful of times.
  const parsed = new Map<string, { tree: ReturnType<typeof parse>; scoped: IdScoped | undefined }>();
  const scoped = new Map<string, SanityDocument[]>();
  const project = { projectId: process.env.SANITY_PROJECT_ID ?? 'local', dataset: process.env.SANITY_DATASET ?? 'production' };

  return {
    kind: 'dataset',
    description: `${dataset.origin} (${perspective})`,
    project,
    async fetch<Result>(query: string, params: QueryParams = {}): Promise<Result> {
      // Params are given to evaluate, not parse: groq-js inlines parse-time params into the
      // tree, and a tree cached with one site's params would answer for the next site.
      let known = parsed.get(query);
      if (!known) {
        const tree = parse(query);
        known = { tree, scoped: scopeToIdParam(tree) };
        parsed.set(query, known);
      }
      let tree = known.tree;
      // groq-js reads every document on every query: a site's query reads only the documents
      // that site's output depends on (publication.ts), a twelfth of a municipality's events.
      const slug = query.includes('$siteId') && typeof params.siteId === 'string' ? siteSlugOf(params.siteId) : undefined;
      let scope = documents;
      if (slug) {
        let found = scoped.get(slug);
        if (!found) {
          const dependencies = siteDependencies(publicationIndex(documents, [slug]), slug);
          found = documents.filter((doc) => dependencies.has(doc._id));
          scoped.set(slug, found);
        }
        scope = found;
      }
      // `*[… && _id in $shown]`: the documents narrowed to those ids first (groq-id-scope.ts).
      const ids = known.scoped ? params[known.scoped.param] : undefined;
      if (known.scoped && Array.isArray(ids)) {
        const wanted = new Set(ids.filter((id): id is string => typeof id === 'string'));
        scope = scope.filter((doc) => wanted.has(doc._id));
        tree = known.scoped.tree;
      }
      const value = await evaluate(tree, {
        dataset: scope,
        params,
        sanity: project,
        dereference: ({ _ref }) => byId.get(_ref) ?? null,
      });
      return (await value.get()) as Result;
    },
    withPerspective(next: Perspective) {
      return datasetSource(dataset, next);
    },
    assetFile(assetId: string) {
      return dataset.assetFiles.get(assetId);
    },
  };
}

/** What a visitor may see: published documents only — no drafts, no release versions, ever. */
function publishedView(documents: SanityDocument[]): SanityDocument[] {
  return documents.filter((doc) => isPublicId(doc._id));
}

/**
 * Drafts laid over the published documents under the published id, as Sanity's `drafts`
 * perspective does (release versions stay out: they belong to a release's own perspective).
 */
function draftsView(documents: SanityDocument[]): SanityDocument[] {
  const byId = new Map<string, SanityDocument>();
  for (const doc of documents) if (isPublicId(doc._id)) byId.set(doc._id, doc);
  for (const doc of documents) {
    if (isDraftId(doc._id)) {
      const id = publishedIdOf(doc._id);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  }
  return [...byId.values()];
}
