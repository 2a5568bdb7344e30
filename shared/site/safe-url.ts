/**
 * URLs from content are allow-listed before they reach an href: http(s), mailto and tel
 * only. Anything else (javascript:, data:, vbscript:, relative junk) is refused. The
 * WHATWG parser strips tabs and newlines inside a scheme ("java\tscript:") exactly as a
 * browser would, so the protocol checked here is the one a browser would follow.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}

/** Only http(s) — for ticket links and anything that opens a web page. */
export function safeWebUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}
