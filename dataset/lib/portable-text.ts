import { keyFor } from './random.ts';
import type { ImageField } from './images.ts';

/**
 * Portable Text from a small markup, so the Norwegian content stays readable in source:
 *
 *   "## Overskrift"                  → block, style h2 (### → h3)
 *   "- punkt"                        → bullet list item (one per line)
 *   "!info Tekst" / "!warning Tekst" → callout block {tone, content}: a paragraph with the marks below
 *   "**fet**", "*kursiv*"            → marks strong / em
 *   "[tekst](https://…)"             → link mark (also mailto: and tel:)
 *   "[tekst](page:om-oss)"           → internalLink to page.<site>.om-oss
 *   "[tekst](event:slug)"            → internalLink to event.<site>.slug ("event:site/slug" for another site)
 *   "[tekst](lang:se)"               → lang mark: a phrase in another language
 *   "@en Tekst\n\n## Tittel"          → passage block {language, content}: paragraphs (and headings) in another language
 */

export interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}

export interface Reference {
  _type: 'reference';
  _ref: string;
  _key?: string;
}

export type MarkDef =
  | { _type: 'link'; _key: string; href: string }
  | { _type: 'internalLink'; _key: string; reference: Reference }
  | { _type: 'lang'; _key: string; language: string };

export interface TextBlock {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3';
  listItem?: 'bullet';
  level?: number;
  markDefs: MarkDef[];
  children: Span[];
}

export interface CalloutBlock {
  _type: 'callout';
  _key: string;
  tone: 'info' | 'warning';
  content: TextBlock[];
}

export interface PassageBlock {
  _type: 'passage';
  _key: string;
  language: string;
  content: TextBlock[];
}

export type ImageBlock = ImageField & { _key: string };

export type PortableTextBlock = TextBlock | CalloutBlock | PassageBlock | ImageBlock;

/** A block in source form: markup text, or an image placed in the body. */
export type BlockSource = string | { image: ImageField };

export interface PortableTextContext {
  /** The document the text belongs to (keys are derived from it). */
  docId: string;
  /** The owning site, for `page:` and `event:` links without a site. */
  site: string;
  /** The field name, so two text fields in one document get different keys. */
  field: string;
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;

function internalRef(target: string, site: string): Reference {
  const [type, rest] = target.split(':', 2) as [string, string | undefined];
  if (!rest || (type !== 'page' && type !== 'event')) {
    throw new Error(`Ukjent internlenke «${target}»: bruk page:<slug> eller event:<slug>`);
  }
  const [targetSite, slug] = rest.includes('/') ? (rest.split('/', 2) as [string, string]) : [site, rest];
  return { _type: 'reference', _ref: `${type}.${targetSite}.${slug}` };
}

function parseInline(text: string, blockKey: string, ctx: PortableTextContext): { children: Span[]; markDefs: MarkDef[] } {
  const children: Span[] = [];
  const markDefs: MarkDef[] = [];
  const push = (spanText: string, marks: string[]): void => {
    if (spanText === '') return;
    children.push({ _type: 'span', _key: keyFor(blockKey, 'span', children.length), text: spanText, marks });
  };
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index), []);
    const [, strong, em, linkText, target] = match;
    if (strong !== undefined) push(strong, ['strong']);
    else if (em !== undefined) push(em, ['em']);
    else if (linkText !== undefined && target !== undefined) {
      const markKey = keyFor(blockKey, 'mark', markDefs.length);
      if (/^(https?:|mailto:|tel:)/.test(target)) markDefs.push({ _type: 'link', _key: markKey, href: target });
      else if (target.startsWith('lang:')) markDefs.push({ _type: 'lang', _key: markKey, language: target.slice('lang:'.length) });
      else markDefs.push({ _type: 'internalLink', _key: markKey, reference: internalRef(target, ctx.site) });
      push(linkText, [markKey]);
    }
    last = (match.index ?? 0) + match[0].length;
  }
  push(text.slice(last), []);
  return { children, markDefs };
}

export function portableText(sources: readonly BlockSource[], ctx: PortableTextContext): PortableTextBlock[] {
  const blocks: PortableTextBlock[] = [];
  const nextKey = (): string => keyFor(ctx.docId, ctx.field, blocks.length);
  for (const source of sources) {
    if (typeof source !== 'string') {
      blocks.push({ ...source.image, _key: nextKey() });
      continue;
    }
    const callout = /^!(info|warning) (.+)$/s.exec(source);
    if (callout) {
      const key = nextKey();
      const inner = `${key}c`;
      const { children, markDefs } = parseInline(callout[2] as string, inner, ctx);
      blocks.push({ _type: 'callout', _key: key, tone: callout[1] as 'info' | 'warning', content: [{ _type: 'block', _key: inner, style: 'normal', markDefs, children }] });
      continue;
    }
    const passage = /^@([a-z]{2,3}) (.+)$/s.exec(source);
    if (passage) {
      const key = nextKey();
      const content = (passage[2] as string).split('\n\n').map((paragraph, index): TextBlock => {
        const inner = `${key}p${index}`;
        const heading = /^(#{2,3}) (.+)$/.exec(paragraph);
        const { children, markDefs } = parseInline(heading ? (heading[2] as string) : paragraph, inner, ctx);
        return { _type: 'block', _key: inner, style: heading ? (heading[1] === '##' ? 'h2' : 'h3') : 'normal', markDefs, children };
      });
      blocks.push({ _type: 'passage', _key: key, language: passage[1] as string, content });
      continue;
    }
    if (source.startsWith('- ')) {
      for (const line of source.split('\n')) {
        const key = nextKey();
        const { children, markDefs } = parseInline(line.replace(/^- /, ''), key, ctx);
        blocks.push({ _type: 'block', _key: key, style: 'normal', listItem: 'bullet', level: 1, markDefs, children });
      }
      continue;
    }
    const heading = /^(#{2,3}) (.+)$/.exec(source);
    const key = nextKey();
    const style = heading ? (heading[1] === '##' ? 'h2' : 'h3') : 'normal';
    const { children, markDefs } = parseInline(heading ? (heading[2] as string) : source, key, ctx);
    blocks.push({ _type: 'block', _key: key, style, markDefs, children });
  }
  return blocks;
}
