/**
 * One editor's change: the title of one upcoming, cross-listed event is edited in the run's
 * dataset copy, and the sites that show it are worked out the way the publish webhook does
 * (shared/content/publication.ts: the owning site, its alsoOn sites, sites whose campaigns show it,
 * sites whose documents link to it). The benchmark then rebuilds only those sites with the
 * warm caches and counts the output files whose bytes changed.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { affectedSites, isPublicId } from '../../shared/content/publication.ts';
import type { SanityDocument } from '../../shared/content/dataset.ts';
import { diffSnapshots, type Snapshot } from './dist-snapshot.ts';

export interface EventEdit {
  eventId: string;
  slug: string;
  before: string;
  after: string;
  sites: string[];
  reasons: string[];
}

const refs = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Edits the event's title in data.ndjson (the file is replaced whole, never half-written). */
export function editOneEvent(datasetDir: string, now: Date, allSites: string[], run?: number): EventEdit {
  const file = join(datasetDir, 'data.ndjson');
  const lines = readFileSync(file, 'utf8').split('\n');
  const documents = new Map<string, SanityDocument>();
  const lineOf = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const doc = JSON.parse(line) as SanityDocument;
    if (!isPublicId(doc._id)) return;
    documents.set(doc._id, doc);
    lineOf.set(doc._id, i);
  });
  const events = [...documents.values()]
    .filter((doc) => doc._type === 'event' && typeof doc.title === 'string' && new Date(String(doc.startsAt)) > now)
    .sort((a, b) => a._id.localeCompare(b._id));
  // A cross-listed event shows the edit on more than one site: the case worth timing.
  const event = events.find((doc) => refs(doc.alsoOn).length > 0) ?? events[0];
  if (!event) throw new Error(`No upcoming event in ${file} to edit`);

  const before = String(event.title);
  // Edited again (the fast path's runs): the same suffix replaced, so the title never outgrows the rulebook's limit.
  const after = `${before.replace(/ – nytt tidspunkt( \d+)?$/, '')} – nytt tidspunkt${run === undefined ? '' : ` ${run}`}`;
  const edited: SanityDocument = { ...event, title: after };
  lines[lineOf.get(event._id)!] = JSON.stringify(edited);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, lines.join('\n'));
  renameSync(partial, file);

  documents.set(event._id, edited);
  const affected = affectedSites({ changes: [{ id: event._id, before: event, after: edited }], documents, sites: allSites });
  const slug = (event.slug as { current?: string } | undefined)?.current ?? '';
  return { eventId: event._id, slug, before, after, sites: affected.sites, reasons: affected.reasons };
}

export interface Rewritten {
  files: number;
  html: number;
  cards: number;
  feeds: number;
  /** Pagefind's index files: rewritten by the search indexer, not pages; counted apart. */
  searchIndex: number;
  paths: string[];
}

/** The files whose bytes changed (or that appeared or went away) between two snapshots of a site. */
export function rewrittenFiles(before: Snapshot, after: Snapshot): Rewritten {
  const diff = diffSnapshots(before, after);
  const all = [...diff.changed, ...diff.added, ...diff.removed];
  const search = all.filter((path) => path.startsWith('pagefind/'));
  const paths = all.filter((path) => !path.startsWith('pagefind/')).sort();
  return {
    files: paths.length,
    html: paths.filter((p) => p.endsWith('.html')).length,
    cards: paths.filter((p) => p.startsWith('kort/')).length,
    feeds: paths.filter((p) => /\.(xml|ics|json)$/.test(p)).length,
    searchIndex: search.length,
    paths,
  };
}
