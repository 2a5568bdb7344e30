import { createHash } from 'node:crypto';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every run. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : seedFromString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (probability) => next() < probability,
  };
}

/** A 32-bit seed from any string, so every document can own an independent, stable stream. */
export function seedFromString(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

/**
 * A stable `_key` for an array item. Derived from where the item lives (document id and
 * path), so a key never changes when unrelated content is added or reordered.
 */
export function keyFor(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 12);
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A `_rev` in the shape Sanity writes (22 alphanumeric characters), derived from the content. */
export function revisionFor(content: string): string {
  const bytes = createHash('sha1').update(content).digest();
  let rev = '';
  for (let i = 0; i < 22; i++) rev += BASE62[(bytes[i % bytes.length] as number) % 62];
  return rev;
}
