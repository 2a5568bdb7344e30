/**
 * Who may see drafts: whoever opened an entry URL with PREVIEW_SECRET. The entry sets a
 * cookie holding an expiry and an HMAC of it under the secret (never the secret itself),
 * HttpOnly and SameSite=Lax; changing the secret logs every browser out. The cookie is for
 * the whole editor host (preview and /api/status), which never serves a public site.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const PREVIEW_COOKIE = 'fasett_preview';
/** An editor logs in again after this long. */
export const PREVIEW_SESSION_SECONDS = 30 * 24 * 60 * 60;

export interface PreviewAuth {
  /** True when `given` is the secret (compared in constant time). */
  isSecret(given: string | null | undefined): boolean;
  /** The Set-Cookie header value for a browser that gave the secret. */
  cookie(now?: Date): string;
  /** True when the request's Cookie header holds a valid, unexpired preview cookie. */
  allows(cookieHeader: string | undefined, now?: Date): boolean;
}

export function previewAuth(secret: string): PreviewAuth {
  const sign = (expires: number) => createHmac('sha256', secret).update(`fasett-preview:${expires}`).digest('base64url');
  return {
    isSecret(given) {
      if (!given) return false;
      const a = createHmac('sha256', 'compare').update(given).digest();
      const b = createHmac('sha256', 'compare').update(secret).digest();
      return timingSafeEqual(a, b);
    },
    cookie(now = new Date()) {
      const expires = Math.floor(now.getTime() / 1000) + PREVIEW_SESSION_SECONDS;
      return `${PREVIEW_COOKIE}=${expires}.${sign(expires)}; Path=/; Max-Age=${PREVIEW_SESSION_SECONDS}; HttpOnly; SameSite=Lax`;
    },
    allows(cookieHeader, now = new Date()) {
      const value = readCookie(cookieHeader, PREVIEW_COOKIE);
      const match = value ? /^(\d+)\.([\w-]+)$/.exec(value) : null;
      if (!match) return false;
      const expires = Number(match[1]);
      if (expires * 1000 < now.getTime()) return false;
      const expected = Buffer.from(sign(expires));
      const given = Buffer.from(match[2]!);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** A secret for this process when PREVIEW_SECRET is not set: preview stays guarded, and the entry URL is printed. */
export const randomSecret = () => randomBytes(18).toString('base64url');
