/**
 * What makes a rendered page a preview: links stay inside the preview, a banner says it
 * is not published (and lists what the rulebook would stop from publishing), and search
 * engines are told to stay away. Runs on the HTML the preview build renders.
 */
export interface PreviewHtmlOptions {
  /** `/preview/<slug>`: where this site's preview lives. */
  base: string;
  /** Production origin → preview base, so absolute links between Fasett sites stay in preview too. */
  origins?: ReadonlyMap<string, string>;
  /** Draft problems that would stop publishing, one line each. */
  problems?: string[];
}

export const PREVIEW_BANNER_TEXT = 'Forhåndsvisning – ikke publisert';

const ROOT_RELATIVE_ATTRIBUTE = /(\s(?:href|src|action|formaction|poster|data-href))=(["'])(\/(?!\/)[^"']*)\2/gi;
const SRCSET_ATTRIBUTE = /(\s(?:srcset|imagesrcset))=(["'])([^"']*)\2/gi;
const ANCHOR_TAG = /<a\b[^>]*>/gi;
const ANCHOR_HREF = /(\shref=)(["'])(https?:\/\/[^/"']+)(\/[^"']*)?\2/i;

export function rewritePreviewHtml(html: string, options: PreviewHtmlOptions): string {
  const base = options.base.replace(/\/$/, '');
  const inPreview = (path: string) => (path === base || path.startsWith(`${base}/`) ? path : `${base}${path}`);
  let out = html.replace(ROOT_RELATIVE_ATTRIBUTE, (_all, attr: string, quote: string, path: string) => `${attr}=${quote}${inPreview(path)}${quote}`);
  out = out.replace(SRCSET_ATTRIBUTE, (_all, attr: string, quote: string, list: string) => {
    const rewritten = list
      .split(',')
      .map((candidate) => candidate.replace(/^(\s*)(\/(?!\/)\S*)/, (_m, space: string, url: string) => `${space}${inPreview(url)}`))
      .join(',');
    return `${attr}=${quote}${rewritten}${quote}`;
  });
  if (options.origins?.size) {
    const origins = options.origins;
    out = out.replace(ANCHOR_TAG, (tag) =>
      tag.replace(ANCHOR_HREF, (all, attr: string, quote: string, origin: string, path: string | undefined) => {
        const target = origins.get(origin.toLowerCase());
        return target ? `${attr}${quote}${target.replace(/\/$/, '')}${path ?? '/'}${quote}` : all;
      }),
    );
  }
  if (!/<meta\s+name=["']robots["']/i.test(out)) {
    out = out.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<meta name="robots" content="noindex">`);
  }
  return out.replace(/<body(\s[^>]*)?>/i, (body) => `${body}${banner(options.problems ?? [])}`);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function banner(problems: string[]): string {
  const style =
    'display:block;margin:0;padding:.6rem 1rem;background:#ffd400;color:#1a1a1a;border-bottom:3px solid #1a1a1a;' +
    'font:600 1rem/1.4 system-ui,sans-serif;text-align:center';
  const list = problems.length
    ? `<details style="font-weight:400;text-align:left;max-width:60rem;margin:.4rem auto 0"><summary>Dette hindrer publisering (${problems.length})</summary><ul style="margin:.3rem 0 0;padding-left:1.2rem">${problems
        .map((p) => `<li>${escapeHtml(p)}</li>`)
        .join('')}</ul></details>`
    : '';
  return `<aside class="fasett-preview-banner" aria-label="Forhåndsvisning" style="${style}">${PREVIEW_BANNER_TEXT}${list}</aside>`;
}
