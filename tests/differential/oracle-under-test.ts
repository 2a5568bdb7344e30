/**
 * The product's own answers that the differential test holds to account, in one place: which
 * documents are published, which sites a publish webhook rebuilds, which sites the scheduler
 * rebuilds when time passes. Every call into that logic goes through this file, so moving or
 * renaming it means changing these lines only. Nothing here decides what a site shows: the clean
 * build does.
 */
import { loadDataset, type SanityDocument } from '../../shared/content/dataset.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { affectedSites, isPublicId } from '../../shared/content/publication.ts';
import { dueBetween } from '../../server/schedule.ts';

export interface ContentView {
  /** Every document as the server reads the export (image fields turned into asset references). */
  all: ReadonlyMap<string, SanityDocument>;
  /** The published ones. */
  published: ReadonlyMap<string, SanityDocument>;
}

/** The sites the project builds. */
export const siteSlugs = (): string[] => listSiteSlugs();

/** The content as the server holds it after reading the export in `folder`. */
export async function readContent(folder: string): Promise<ContentView> {
  const dataset = await loadDataset(folder);
  const all = new Map(dataset.documents.map((doc) => [doc._id, doc]));
  const published = new Map(dataset.documents.filter((doc) => isPublicId(doc._id)).map((doc) => [doc._id, doc]));
  return { all, published };
}

/** The sites the publish webhook rebuilds after these documents changed (drafts included as sent). */
export function webhookRebuilds(ids: readonly string[], before: ContentView, after: ContentView, sites: readonly string[]): { sites: string[]; reasons: string[] } {
  const changes = ids.map((id) => ({ id, before: before.all.get(id), after: after.all.get(id) }));
  return affectedSites({ changes, documents: after.published, sites });
}

/** The sites the scheduler rebuilds when the clock moves from `from` to `to` with no edit. */
export function scheduledRebuilds(content: ContentView, from: string, to: string, sites: readonly string[]): { sites: string[]; reasons: string[] } {
  const due = dueBetween(content.published.values(), { from: new Date(from), to: new Date(to), sites });
  return { sites: due?.sites ?? [], reasons: due?.reasons ?? [] };
}
