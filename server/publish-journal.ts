/**
 * The publish journal: every rebuild request the server accepts (a signed webhook above all,
 * which Sanity will not send again once it got its 202) is written to disk, synced, before
 * the answer goes out, and removed only when a build of each of its sites has succeeded. A
 * server stopped or killed half-way through a rebuild finds the entry when it starts again and
 * builds those sites first. One small file per request in `folder`.
 *
 * The disk work is asynchronous (the thread pool's): an fsync can take seconds while a banner
 * pass or a build writes thousands of files, and done on the server's own thread it held every
 * visitor's request — alerts.json included — for that long. A request is in the journal's memory
 * at once and durable when record()'s promise resolves; each entry's writes and its removal
 * happen in the order they were asked for.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface JournalEntry {
  id: string;
  sites: string[];
  reason: string;
  acceptedAt: string;
}

export interface PublishJournal {
  readonly folder: string;
  /** Pending at once (pending(), mark()); durable when the promise resolves: the request survives a crash from then on. */
  record(sites: readonly string[], reason: string): Promise<JournalEntry>;
  /** Requests not yet built, oldest first. */
  pending(): JournalEntry[];
  /** A point between requests: those recorded up to now are in a build that starts now. */
  mark(): number;
  /** Sites a build has published; entries up to `mark` (taken when the build started) forget them. */
  built(sites: readonly string[], mark: number): void;
  /** Resolves when every write and removal asked for so far is on disk. */
  settled(): Promise<void>;
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

  const write = async (entry: JournalEntry) => {
    const file = join(folder, `${entry.id}.json`);
    const partial = `${file}.tmp`;
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(JSON.stringify(entry) + '\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    await syncFolder(folder);
  };
  // Per entry, its disk operations one after the other: a removal never overtakes the write it undoes.
  const onDisk = new Map<string, Promise<void>>();
  const then = (id: string, operation: () => Promise<void>): Promise<void> => {
    const done = (onDisk.get(id) ?? Promise.resolve()).then(operation);
    const settled = done.catch(() => undefined);
    onDisk.set(id, settled);
    void settled.then(() => onDisk.get(id) === settled && onDisk.delete(id));
    return done;
  };
  const inBackground = (id: string, operation: () => Promise<void>) =>
    void then(id, operation).catch((error: unknown) => console.error(`Publish journal: ${(error as Error).message}`));

  return {
    folder,
    record(sites, reason) {
      const acceptedAt = new Date();
      // Sortable by time, unique within a process and across restarts.
      const id = `${acceptedAt.getTime().toString(36).padStart(9, '0')}-${process.pid.toString(36)}-${(++seq).toString(36)}`;
      const entry: JournalEntry = { id, sites: [...sites], reason, acceptedAt: acceptedAt.toISOString() };
      entries.set(id, { entry, seq });
      return then(id, () => write(entry)).then(
        () => entry,
        (error: unknown) => {
          // Not durable, so not acknowledged: the sender asks again, and the build this entry joined happens anyway.
          entries.delete(id);
          throw error;
        },
      );
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
          const entry = (item.entry = { ...item.entry, sites: left });
          inBackground(id, () => write(entry));
        } else {
          entries.delete(id);
          inBackground(id, () => rm(join(folder, `${id}.json`), { force: true }));
        }
      }
    },
    settled: async () => {
      await Promise.all(onDisk.values());
    },
  };
}

/** A rename is durable once the folder holding it is synced. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the rename is then as durable as they make it.
  }
}
