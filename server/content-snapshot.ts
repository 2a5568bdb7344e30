/**
 * The server's own view of the published content, kept to answer "what changed?" when a
 * webhook or the file watcher says something did: the documents before and after a
 * change decide which sites to rebuild (shared/content/publication.ts), and their dates decide
 * when to rebuild next (schedule.ts). The builds themselves read the content afresh.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { datasetMemo, loadDataset, datasetPath, type SanityDocument } from '../shared/content/dataset.ts';
import { isPublicId } from '../shared/content/publication.ts';
import { liveSource } from '../shared/content/live-source.ts';
import type { LiveSettings } from '../shared/content/source.ts';
import type { DocumentChange } from '../shared/content/publication.ts';

export interface ContentTracker {
  readonly kind: 'dataset' | 'live';
  readonly description: string;
  /** Published documents by id, as last read. */
  documents(): ReadonlyMap<string, SanityDocument>;
  /** Reads the content again (a live project: only `ids`, when given) and returns what changed. */
  refresh(ids?: string[]): Promise<DocumentChange[]>;
  /** Files whose change means new content (the dataset on disk), for --watch. */
  readonly files: string[];
  /** The image files on disk by asset id (the dataset on disk; a live project's images are on Sanity's CDN). */
  assetFiles(): ReadonlyMap<string, string>;
}

/** Documents that differ between two reads, by id: added, changed or deleted. */
export function diffDocuments(before: ReadonlyMap<string, SanityDocument>, after: ReadonlyMap<string, SanityDocument>): DocumentChange[] {
  const changes: DocumentChange[] = [];
  for (const [id, doc] of after) {
    const old = before.get(id);
    // The same object is the same document (an unchanged line of the dataset is not parsed again).
    if (!old || (old !== doc && JSON.stringify(old) !== JSON.stringify(doc))) changes.push({ id, before: old, after: doc });
  }
  for (const [id, old] of before) if (!after.has(id)) changes.push({ id, before: old });
  return changes;
}

/** Runs tasks one at a time, so two refreshes never interleave their before/after. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function datasetTracker(path = datasetPath()): Promise<ContentTracker> {
  let assetFiles: ReadonlyMap<string, string> = new Map();
  // Each publish reads the file again; only the lines that changed are parsed again.
  const memo = datasetMemo();
  // The stamped copy of an asset document, kept while the file's stamp is the same: an unchanged
  // document stays the same object from read to read, which is what lets the per-document memos
  // (shared/content/publication.ts) and the diff's identity shortcut skip it.
  const stamped = new WeakMap<SanityDocument, SanityDocument>();
  const read = async () => {
    const dataset = await loadDataset(path, memo);
    assetFiles = dataset.assetFiles;
    const documents = new Map<string, SanityDocument>();
    for (const doc of dataset.documents) {
      if (!isPublicId(doc._id)) continue;
      // An image replaced on disk under the same name changes no document: its file stamp does.
      const file = dataset.assetFiles.get(doc._id);
      if (!file) {
        documents.set(doc._id, doc);
        continue;
      }
      const stamp = fileStamp(file);
      let copy = stamped.get(doc);
      if (copy?._fileStamp !== stamp) stamped.set(doc, (copy = { ...doc, _fileStamp: stamp }));
      documents.set(doc._id, copy);
    }
    return documents;
  };
  let current = await read();
  const queue = serial();
  const folder = existsSync(path) && statSync(path).isDirectory() ? path : undefined;
  return {
    kind: 'dataset',
    description: path,
    documents: () => current,
    refresh: () =>
      queue(async () => {
        const next = await read();
        const changes = diffDocuments(current, next);
        current = next;
        return changes;
      }),
    files: folder ? [join(folder, 'data.ndjson'), join(folder, 'images')] : [path],
    assetFiles: () => assetFiles,
  };
}

export async function liveTracker(settings: LiveSettings): Promise<ContentTracker> {
  const source = liveSource(settings, 'published');
  const all = async () => {
    const docs = await source.fetch<SanityDocument[]>('*[!(_id in path("drafts.**")) && !(_id in path("versions.**"))]');
    return new Map(docs.map((doc) => [doc._id, doc]));
  };
  let current = await all();
  const queue = serial();
  return {
    kind: 'live',
    description: source.description,
    documents: () => current,
    refresh: (ids) =>
      queue(async () => {
        if (!ids?.length) {
          const next = await all();
          const changes = diffDocuments(current, next);
          current = next;
          return changes;
        }
        const published = ids.filter(isPublicId);
        const docs = await source.fetch<SanityDocument[]>('*[_id in $ids]', { ids: published });
        const found = new Map(docs.map((doc) => [doc._id, doc]));
        const next = new Map(current);
        for (const id of published) {
          const doc = found.get(id);
          if (doc) next.set(id, doc);
          else next.delete(id);
        }
        const changes = diffDocuments(
          new Map(published.flatMap((id) => (current.has(id) ? [[id, current.get(id)!] as const] : []))),
          new Map(published.flatMap((id) => (next.has(id) ? [[id, next.get(id)!] as const] : []))),
        );
        current = next;
        return changes;
      }),
    files: [],
    assetFiles: () => new Map(),
  };
}

function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}-${Math.round(stat.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}
