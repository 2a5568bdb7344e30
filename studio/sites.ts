/// <reference types="vite/client" />
/**
 * The sites the Studio has a workspace for: one per folder under sites/ that holds a
 * site.config.ts, so a new site (npm run site:new) gets its workspace without a code
 * change here. In the Studio bundle Vite lists the folders (import.meta.glob; the
 * config files are read as text, never run in the browser); in plain Node (the Sanity
 * CLI, tests) the folder is read directly.
 */
export interface StudioSite {
  /** Folder under sites/, the theme's name and the `site.<slug>` document id. */
  slug: string;
  /** Workspace name in the Studio. */
  title: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "ibsenbiblioteket" → "Ibsenbiblioteket", "skien-kulturhus" → "Skien kulturhus". */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function slugsFromBundle(): string[] | undefined {
  try {
    const files = import.meta.glob('../sites/*/site.config.ts', { query: '?raw', import: 'default', eager: true });
    return Object.keys(files).map((path) => /sites\/([^/]+)\/site\.config\.ts$/.exec(path)?.[1] ?? '');
  } catch {
    return undefined;
  }
}

function slugsFromDisk(): string[] {
  const node = globalThis.process as (NodeJS.Process & { getBuiltinModule?: (id: string) => unknown }) | undefined;
  const fs = node?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const path = node?.getBuiltinModule?.('node:path') as typeof import('node:path') | undefined;
  const url = node?.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
  if (!fs || !path || !url) return [];
  const dir = node?.env.FASETT_SITES_DIR
    ? path.resolve(node.env.FASETT_SITES_DIR)
    : path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../sites');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'site.config.ts')))
    .map((entry) => entry.name);
}

export const STUDIO_SITES: StudioSite[] = [...new Set(slugsFromBundle() ?? slugsFromDisk())]
  .filter((slug) => SLUG.test(slug))
  .sort()
  .map((slug) => ({ slug, title: titleFromSlug(slug) }));

export function siteDocumentId(slug: string): string {
  return `site.${slug}`;
}
