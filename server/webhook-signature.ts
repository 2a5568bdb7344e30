/**
 * Checking a Sanity webhook's `sanity-webhook-signature` header (`t=<ms>,v1=<base64url HMAC-SHA256
 * of "<t>.<body>">`, as @sanity/webhook writes it). Beyond @sanity/webhook's own check: the
 * signature is compared in constant time, and its timestamp must be within `toleranceMs` of
 * now, so a request captured an hour ago (or forged for next year with a leaked secret's
 * help) is refused. Replays within the window: server/webhook-replay.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { decodeSignatureHeader, encodeSignatureHeader } from '@sanity/webhook';

export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

export type SignatureCheck =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'invalid' | 'expired' | 'future' };

export async function checkSignature(body: string, header: string | string[] | undefined, secret: string, now: number, toleranceMs = SIGNATURE_TOLERANCE_MS): Promise<SignatureCheck> {
  if (typeof header !== 'string' || !header) return { ok: false, reason: 'missing' };
  let timestamp: number;
  let given: string;
  try {
    ({ timestamp, hashedPayload: given } = decodeSignatureHeader(header));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  let expected: string;
  try {
    expected = (await encodeSignatureHeader(body, timestamp, secret)).replace(/^t=\d+,v1=/, '');
  } catch {
    // An empty body or a timestamp before 2021: nothing Sanity sends.
    return { ok: false, reason: 'malformed' };
  }
  // Digests of both, so the comparison takes the same time whatever the given length.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (!timingSafeEqual(digest(given), digest(expected))) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so a stranger learns nothing about the clock from the answer.
  if (timestamp < now - toleranceMs) return { ok: false, reason: 'expired' };
  if (timestamp > now + toleranceMs) return { ok: false, reason: 'future' };
  return { ok: true, timestamp, signature: given };
}
