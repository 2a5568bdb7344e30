/**
 * Portable Text → HTML with @portabletext/to-html. Text is escaped by the library; our
 * components add only allow-listed hrefs (safeUrl), internal links resolved to paths, and
 * `lang`/`dir` from the rulebook's language list (a phrase's `lang` mark, a `passage` block).
 */
import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html';
import { safeUrl } from '../site/safe-url.ts';
import { paths } from '../site/paths.ts';
import { languageAttributesHtml, pageLanguage } from '../site/language.ts';

export interface InternalTarget {
  _type?: string | null;
  slug?: string | null;
  site?: string | null;
}

export interface PortableTextOptions {
  /** The site being built: internal links to another site's document become absolute. */
  siteSlug: string;
  siteUrl: (slug: string) => string | undefined;
  /** Renders an image block; receives the block, returns HTML. */
  image?: (block: Record<string, unknown>) => string;
  /** The language of the element the text sits in (the page's): only other languages are marked. */
  language: string;
}

type Blocks = Parameters<typeof toHTML>[0];

/**
 * Block and list renderers that put `attrs` (lang, dir) on every <p>, <h2>, <h3>, <blockquote>,
 * <ul> and <ol>, so each element of a passage says its own language.
 */
function blocksWith(attrs: string): Pick<PortableTextComponents, 'block' | 'list' | 'unknownBlockStyle' | 'unknownList'> {
  const element = (tag: string) => ({ children }: { children?: string }) => `<${tag}${attrs}>${children ?? ''}</${tag}>`;
  return {
    block: { normal: element('p'), h2: element('h2'), h3: element('h3'), h4: element('h4'), blockquote: element('blockquote') },
    list: { bullet: element('ul'), number: element('ol') },
    unknownBlockStyle: element('p'),
    unknownList: element('ul'),
  };
}

function internalPath(target: InternalTarget | null | undefined): string | undefined {
  if (!target?.slug) return undefined;
  switch (target._type) {
    case 'event':
      return paths.event(target.slug);
    case 'campaign':
      return paths.campaign(target.slug);
    case 'article':
      return paths.article(target.slug);
    case 'page':
      return paths.page(target.slug);
    default:
      return undefined;
  }
}

export function portableTextToHtml(blocks: unknown, options: PortableTextOptions): string {
  if (!Array.isArray(blocks) || blocks.length === 0) return '';
  return toHTML(blocks as Blocks, { components: componentsFor(options.language, options), onMissingComponent: false });
}

/** The renderers for text whose surrounding element is in `language`. */
function componentsFor(language: string, options: PortableTextOptions): PortableTextComponents {
  const components: PortableTextComponents = {
    marks: {
      link: ({ children, value }) => {
        const href = safeUrl((value as { href?: unknown } | undefined)?.href);
        if (!href) return children; // a refused link keeps its text, without the link
        const external = /^https?:/.test(href);
        return `<a href="${escapeHTML(href)}"${external ? ' rel="noopener"' : ''}>${children}</a>`;
      },
      internalLink: ({ children, value }) => {
        const target = (value as { target?: InternalTarget } | undefined)?.target;
        const path = internalPath(target);
        if (!path) return children;
        const base = target?.site && target.site !== options.siteSlug ? options.siteUrl(target.site) : undefined;
        const href = base ? new URL(path, base).href : path;
        return `<a href="${escapeHTML(href)}">${children}</a>`;
      },
      // A phrase in another language; an unlisted code (or the surrounding language) marks nothing.
      lang: ({ children, value }) => {
        const attrs = languageAttributesHtml((value as { language?: unknown } | undefined)?.language as string | undefined, language);
        return attrs ? `<span${attrs}>${children}</span>` : children;
      },
    },
    types: {
      callout: ({ value }) => {
        const tone = (value as { tone?: string }).tone === 'warning' ? 'warning' : 'info';
        const content = (value as { content?: unknown }).content;
        const text = String((value as { text?: unknown }).text ?? '');
        const label = tone === 'warning' ? 'Viktig' : 'Til info';
        // Rich text (links are links); an older callout's plain text is shown as text, never parsed.
        const inner = Array.isArray(content) && content.length > 0 ? toHTML(content as Blocks, { components: { ...components, types: {} }, onMissingComponent: false }) : `<p>${escapeHTML(text)}</p>`;
        return `<aside class="callout callout--${tone}" aria-label="${label}">${inner}</aside>`;
      },
      // Paragraphs in another language: each element carries it, and phrases inside are marked against it.
      passage: ({ value }) => {
        const { content, language: code } = value as { content?: unknown; language?: unknown };
        if (!Array.isArray(content) || content.length === 0) return '';
        const passageLanguage = pageLanguage(typeof code === 'string' ? code : undefined, language);
        const attrs = languageAttributesHtml(passageLanguage, language);
        const inner = componentsFor(passageLanguage, options);
        return toHTML(content as Blocks, { components: { ...inner, ...blocksWith(attrs), types: {} }, onMissingComponent: false });
      },
      image: ({ value }) => (options.image ? options.image(value as Record<string, unknown>) : ''),
    },
    // Unknown block types are skipped quietly on the page; the rulebook reports them.
    unknownType: () => '',
    unknownMark: ({ children }) => children,
  };
  return components;
}

/** Plain text of Portable Text, for descriptions and search. */
export function portableTextToPlain(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .map((block) => {
      if (!block || typeof block !== 'object') return '';
      const { children, _type, content, text } = block as { children?: Array<{ text?: unknown }>; _type?: unknown; content?: unknown; text?: unknown };
      if (Array.isArray(children)) return children.map((child) => String(child.text ?? '')).join('');
      if (_type === 'callout') return Array.isArray(content) ? portableTextToPlain(content) : String(text ?? '');
      if (_type === 'passage') return portableTextToPlain(content);
      return '';
    })
    .filter(Boolean)
    .join('\n\n');
}
