// Emoji as Twemoji SVGs from the installed @twemoji/svg package (files named by code points).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let folder: string | undefined;
let names: Set<string> | undefined;
const dataUrls = new Map<string, string | null>();

function twemojiFiles(): { folder: string; names: Set<string> } {
  if (!folder || !names) {
    folder = dirname(require.resolve('@twemoji/svg/package.json'));
    names = new Set(readdirSync(folder).filter((name) => name.endsWith('.svg')));
  }
  return { folder, names };
}

/**
 * Twemoji's file name for an emoji: code points in hex joined by "-". Twemoji drops the
 * variation selector U+FE0F except inside ZWJ sequences, so try it with and without.
 */
function fileNameCandidates(emoji: string): string[] {
  const points = [...emoji].map((char) => char.codePointAt(0)!.toString(16));
  const withoutVs = points.filter((point) => point !== 'fe0f');
  return [...new Set([points.join('-'), withoutVs.join('-')])].map((name) => `${name}.svg`);
}

/** The emoji as a data: URL, or null when Twemoji has no picture for it. */
export function emojiDataUrl(emoji: string): string | null {
  const cached = dataUrls.get(emoji);
  if (cached !== undefined) return cached;
  const { folder, names } = twemojiFiles();
  const file = fileNameCandidates(emoji).find((name) => names.has(name));
  const url = file ? `data:image/svg+xml;base64,${readFileSync(join(folder, file)).toString('base64')}` : null;
  dataUrls.set(emoji, url);
  return url;
}
