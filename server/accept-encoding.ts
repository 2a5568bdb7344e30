/**
 * Content negotiation for precompressed files (RFC 9110 §12.5.3): codings are matched without
 * regard to case, `q=0` means "not this one", `*` stands for every coding not named, and the
 * highest q wins, brotli before gzip on a tie (smaller). No header, or nothing acceptable
 * among what is on disk: the file as it is.
 */
import type { Coding } from '../shared/serving/headers.ts';

export function parseAcceptEncoding(header: string | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*([0-9.]+)$/i.exec(param);
      if (match) q = Math.min(1, Math.max(0, Number(match[1]) || 0));
    }
    const coding = name.toLowerCase();
    // x-gzip is gzip's old name (RFC 9110 §8.4.1.3).
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, q);
  }
  return weights;
}

/**
 * The codings the client takes, best first, among `offered` (in order of preference on a
 * tie); empty when the file as it is should be sent.
 */
export function preferredEncodings(header: string | undefined, offered: readonly Coding[]): Coding[] {
  if (!header) return [];
  const weights = parseAcceptEncoding(header);
  const wildcard = weights.get('*');
  // The plain file comes first only when the client says it prefers it (`identity;q=1, br;q=0.5`).
  const identity = weights.get('identity') ?? 0;
  return offered
    .map((coding, order) => ({ coding, order, q: weights.get(coding) ?? wildcard ?? 0 }))
    .filter(({ q }) => q > 0 && q >= identity)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map(({ coding }) => coding);
}

/** The coding to send when `available` are on disk, or undefined for the file as it is. */
export const chooseEncoding = (header: string | undefined, available: readonly Coding[]): Coding | undefined => preferredEncodings(header, available)[0];
