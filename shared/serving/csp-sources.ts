/**
 * The inline code a site's built pages carry, as CSP hashes: what the site's
 * Content-Security-Policy must allow and nothing more. Computed by the build over every HTML
 * file, so a page can only load if the build saw it.
 */
import { createHash } from 'node:crypto';
import type { CspSources } from './headers.ts';

const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Script types a browser runs; others (application/ld+json) are data blocks CSP leaves alone. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An attribute value as the DOM holds it (CSP hashes the decoded value). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** A start tag with its attributes; quoted values may hold '>' without ending the tag. */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of a start tag, names lower-cased, values decoded (the first of a name wins, as in the DOM). */
export function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeAttribute(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** Adds what one HTML document needs to `into` (sets, so a thousand pages give each hash once). */
export function collectInline(html: string, into: { scripts: Set<string>; styles: Set<string>; images: Set<string> }): void {
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = attributesOf(attrs);
    if (attributes.has('src') || !EXECUTABLE.test((attributes.get('type') ?? '').trim())) continue;
    into.scripts.add(hash(body));
  }
  for (const [, body = ''] of html.matchAll(/<style\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/style\s*>/gi)) into.styles.add(hash(body));
  for (const [, tag = '', attrs = ''] of html.matchAll(START_TAG)) {
    const attributes = attributesOf(attrs);
    const style = attributes.get('style');
    if (style !== undefined) into.styles.add(hash(style));
    const name = tag.toLowerCase();
    if (name !== 'img' && name !== 'source') continue;
    for (const candidate of `${attributes.get('src') ?? ''},${attributes.get('srcset') ?? ''}`.split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      if (/^https?:\/\//i.test(url)) into.images.add(new URL(url).origin);
    }
  }
}

export function cspSourcesOf(htmlDocuments: Iterable<string>): CspSources {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), images: new Set<string>() };
  for (const html of htmlDocuments) collectInline(html, found);
  const sorted = (set: Set<string>) => [...set].sort();
  return { scripts: sorted(found.scripts), styles: sorted(found.styles), images: sorted(found.images) };
}
