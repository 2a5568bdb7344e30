/// <reference types="vite/client" />
/**
 * The sites the Studio has a workspace for: one per folder under sites/ that holds a
 * site.config.ts, so a new site (npm run site:new) gets its workspace without a code
 * change here — and each with the theme its config names, the same configuration the
 * build reads (its accents are what a campaign may pick). In the Studio bundle Vite
 * imports the configs (import.meta.glob; they import only the pure defineSite); in plain
 * Node (the Sanity CLI, tests) they are loaded with require, which runs TypeScript here.
 */
import type { SiteConfig } from '../shared/config/define-site.ts';

export interface StudioSite {
  /** Folder under sites/ and the `site.<slug>` document id. */
  slug: string;
  /** Workspace name in the Studio. */
  title: string;
  /** The theme the site's config names (themes/<theme>). */
  theme: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "ibsenbiblioteket" → "Ibsenbiblioteket", "skien-kulturhus" → "Skien kulturhus". */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function configsFromBundle(): SiteConfig[] | undefined {
  try {
    const files = import.meta.glob<SiteConfig>('../sites/*/site.config.ts', { import: 'default', eager: true });
    return Object.values(files);
  } catch {
    return undefined;
  }
}

function configsFromDisk(): SiteConfig[] {
  const node = globalThis.process as (NodeJS.Process & { getBuiltinModule?: (id: string) => unknown }) | undefined;
  const fs = node?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const path = node?.getBuiltinModule?.('node:path') as typeof import('node:path') | undefined;
  const url = node?.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
  const module = node?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (!fs || !path || !url || !module) return [];
  const dir = node?.env.FASETT_SITES_DIR
    ? path.resolve(node.env.FASETT_SITES_DIR)
    : path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../sites');
  if (!fs.existsSync(dir)) return [];
  const load = module.createRequire(import.meta.url);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'site.config.ts')))
    .map((entry) => (load(path.join(dir, entry.name, 'site.config.ts')) as { default: SiteConfig }).default);
}

export const STUDIO_SITES: StudioSite[] = (configsFromBundle() ?? configsFromDisk())
  .filter((config) => SLUG.test(config.slug))
  .sort((a, b) => (a.slug < b.slug ? -1 : 1))
  .map((config) => ({ slug: config.slug, title: titleFromSlug(config.slug), theme: config.theme }));

/** The theme of the site with document id `site.<slug>`, from its config; undefined for an unknown site. */
export function themeOfSite(siteDocumentId: string): string | undefined {
  return STUDIO_SITES.find((site) => siteDocumentId === `site.${site.slug}`)?.theme;
}

export function siteDocumentId(slug: string): string {
  return `site.${slug}`;
}
