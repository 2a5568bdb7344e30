/**
 * The publish journal: every rebuild request the server accepts (a signed webhook above all,
 * which Sanity will not send again once it got its 202) is written to disk, synced, before
 * the answer goes out, and removed only when a build of each of its sites has succeeded. A
 * server stopped or killed half-way through a rebuild finds the entry when it starts again and
 * builds those sites first. One small file per request in `folder`.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface JournalEntry {
  id: string;
  sites: string[];
  reason: string;
  acceptedAt: string;
}

export interface PublishJournal {
  readonly folder: string;
  /** Durable when it returns: the request survives a crash from then on. */
  record(sites: readonly string[], reason: string): JournalEntry;
  /** Requests not yet built, oldest first. */
  pending(): JournalEntry[];
  /** A point between requests: those recorded up to now are in a build that starts now. */
  mark(): number;
  /** Sites a build has published; entries up to `mark` (taken when the build started) forget them. */
  built(sites: readonly string[], mark: number): void;
}

export function publishJournal(folder: string): PublishJournal {
  mkdirSync(folder, { recursive: true });
  // In-memory order of the entries: a build settles only what was recorded before it started.
  const entries = new Map<string, { entry: JournalEntry; seq: number }>();
  let seq = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const entry = JSON.parse(readFileSync(join(folder, name), 'utf8')) as JournalEntry;
      if (Array.isArray(entry.sites) && entry.sites.length) entries.set(entry.id, { entry, seq: ++seq });
    } catch {
      // A file cut short by a crash while it was written was never acknowledged: the sender retries it.
      rmSync(join(folder, name), { force: true });
    }
  }
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.tmp'))) rmSync(join(folder, name), { force: true });

  const write = (entry: JournalEntry) => {
    const file = join(folder, `${entry.id}.json`);
    const partial = `${file}.tmp`;
    const fd = openSync(partial, 'w');
    try {
      writeSync(fd, JSON.stringify(entry) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    syncFolder(folder);
  };

  return {
    folder,
    record(sites, reason) {
      const acceptedAt = new Date();
      // Sortable by time, unique within a process and across restarts.
      const id = `${acceptedAt.getTime().toString(36).padStart(9, '0')}-${process.pid.toString(36)}-${(++seq).toString(36)}`;
      const entry: JournalEntry = { id, sites: [...sites], reason, acceptedAt: acceptedAt.toISOString() };
      write(entry);
      entries.set(id, { entry, seq });
      return entry;
    },
    pending: () => [...entries.values()].sort((a, b) => a.seq - b.seq).map(({ entry }) => entry),
    mark: () => seq,
    built(sites, mark) {
      const done = new Set(sites);
      for (const [id, item] of entries) {
        if (item.seq > mark) continue;
        const left = item.entry.sites.filter((site) => !done.has(site));
        if (left.length === item.entry.sites.length) continue;
        if (left.length) {
          item.entry = { ...item.entry, sites: left };
          write(item.entry);
        } else {
          entries.delete(id);
          rmSync(join(folder, `${id}.json`), { force: true });
        }
      }
    },
  };
}

/** A rename is durable once the folder holding it is synced. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the rename is then as durable as they make it.
  }
}
