/**
 * Portable Text → HTML with @portabletext/to-html. Text is escaped by the library; our
 * components add only allow-listed hrefs (safeUrl) and internal links resolved to paths.
 */
import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html';
import { safeUrl } from '../site/safe-url.ts';
import { paths } from '../site/paths.ts';

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
    },
    types: {
      callout: ({ value }) => {
        const tone = (value as { tone?: string }).tone === 'warning' ? 'warning' : 'info';
        const content = (value as { content?: unknown }).content;
        const text = String((value as { text?: unknown }).text ?? '');
        const label = tone === 'warning' ? 'Viktig' : 'Til info';
        // Rich text (links are links); an older callout's plain text is shown as text, never parsed.
        const inner = Array.isArray(content) && content.length > 0 ? toHTML(content as Parameters<typeof toHTML>[0], { components: { ...components, types: {} }, onMissingComponent: false }) : `<p>${escapeHTML(text)}</p>`;
        return `<aside class="callout callout--${tone}" aria-label="${label}">${inner}</aside>`;
      },
      image: ({ value }) => (options.image ? options.image(value as Record<string, unknown>) : ''),
    },
    // Unknown block types are skipped quietly on the page; the rulebook reports them.
    unknownType: () => '',
    unknownMark: ({ children }) => children,
  };
  return toHTML(blocks as Parameters<typeof toHTML>[0], { components, onMissingComponent: false });
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
      return '';
    })
    .filter(Boolean)
    .join('\n\n');
}
