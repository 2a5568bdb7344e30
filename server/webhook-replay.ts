/**
 * What the publish webhook has already accepted, so the same delivery never rebuilds twice:
 * the signatures seen (a signed request sent again is refused; one older than the signature
 * tolerance is refused anyway, so they are kept only that long) and Sanity's
 * `idempotency-key` header (the same on every retry of one delivery, kept a day). Kept in a
 * small file beside the publish journal, so a restart does not forget them.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Far more deliveries than a day of publishing; the oldest go first past it. */
const MAX_ENTRIES = 10_000;

export interface ReplayGuard {
  /** The delivery with this idempotency key was accepted already. */
  seenKey(key: string | undefined, now: number): boolean;
  /** This exact signature was accepted already. */
  seenSignature(signature: string, now: number): boolean;
  /** After the delivery was accepted (journaled), never before: a refused one may be retried. */
  remember(entry: { signature: string; signedAt: number; key?: string }, now: number): void;
}

interface Stored {
  /** signature → until (ms) */
  signatures: Record<string, number>;
  /** idempotency key → until (ms) */
  keys: Record<string, number>;
}

export function replayGuard(file: string | undefined, toleranceMs: number): ReplayGuard {
  const state: Stored = { signatures: {}, keys: {} };
  if (file) {
    try {
      Object.assign(state, JSON.parse(readFileSync(file, 'utf8')) as Stored);
    } catch {
      // None yet (or unreadable: then it starts empty; the signature tolerance still bounds replays).
    }
  }
  const prune = (now: number) => {
    for (const table of [state.signatures, state.keys]) {
      const entries = Object.entries(table);
      for (const [id, until] of entries) if (until < now) delete table[id];
      const left = Object.entries(table).sort((a, b) => a[1] - b[1]);
      for (const [id] of left.slice(0, Math.max(0, left.length - MAX_ENTRIES))) delete table[id];
    }
  };
  const save = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  };
  return {
    seenKey: (key, now) => !!key && (state.keys[key] ?? 0) >= now,
    seenSignature: (signature, now) => (state.signatures[signature] ?? 0) >= now,
    remember({ signature, signedAt, key }, now) {
      prune(now);
      // A signature can be replayed only while its timestamp is within the tolerance.
      state.signatures[signature] = signedAt + toleranceMs;
      if (key) state.keys[key] = now + KEY_LIFETIME_MS;
      save();
    },
  };
}
