/**
 * The publish gate's audit trail: who published (or tried to publish) what, to which sites,
 * when, and which revision — one JSON line per attempt, appended and synced before the gate
 * answers, never rewritten. Each line carries the SHA-256 of the line before it and its own
 * (a hash chain), so a line changed or removed afterwards is found by `verify()`.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type AuditOutcome = 'published' | 'refused' | 'failed';

export interface AuditEntry {
  at: string;
  /** The Sanity user id and name the gate verified with Sanity (`/users/me`). */
  user: { id: string; name?: string; email?: string };
  action: 'publish';
  documentId: string;
  documentType?: string;
  title?: string;
  outcome: AuditOutcome;
  /** The sites the publish changes (or would have changed). */
  sites: string[];
  /** Cross-listings asked for, shown once the host accepts. */
  requested?: string[];
  /** The draft revision published (`_rev`), and Sanity's transaction. */
  revision?: string;
  transactionId?: string;
  /** Why it was refused or failed (Norwegian, as the editor saw it). */
  message?: string;
}

export interface AuditRecord extends AuditEntry {
  prev: string;
  hash: string;
}

export interface AuditLog {
  append(entry: AuditEntry): AuditRecord;
  entries(): AuditRecord[];
  /** The attempts that touched a site, newest first. */
  forSite(slug: string): AuditRecord[];
  /** The first line whose chain is broken (changed, removed or reordered), or undefined. */
  verify(): { line: number; reason: string } | undefined;
}

const GENESIS = '0'.repeat(64);

const hashOf = (prev: string, entry: AuditEntry) => createHash('sha256').update(prev).update('\n').update(JSON.stringify(entry)).digest('hex');

function read(file: string): AuditRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AuditRecord);
}

export function auditLog(file: string): AuditLog {
  mkdirSync(dirname(file), { recursive: true });
  let records = read(file);
  return {
    append(entry) {
      const prev = records.at(-1)?.hash ?? GENESIS;
      const record: AuditRecord = { ...entry, prev, hash: hashOf(prev, entry) };
      // Appended and synced before the answer: an attempt the editor saw answered is on disk.
      const fd = openSync(file, 'a');
      try {
        appendFileSync(fd, `${JSON.stringify(record)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      records = [...records, record];
      return record;
    },
    entries: () => [...records],
    forSite: (slug) => records.filter((record) => record.sites.includes(slug) || record.requested?.includes(slug)).reverse(),
    verify() {
      let prev = GENESIS;
      for (const [index, record] of read(file).entries()) {
        const { prev: recordedPrev, hash, ...entry } = record;
        if (recordedPrev !== prev) return { line: index + 1, reason: 'does not follow the line before it' };
        if (hashOf(prev, entry) !== hash) return { line: index + 1, reason: 'was changed after it was written' };
        prev = hash;
      }
      return undefined;
    },
  };
}
