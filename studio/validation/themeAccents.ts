/// <reference types="vite/client" />
/**
 * Theme accents in the Studio bundle: the theme definitions under themes/ are bundled by
 * Vite (import.meta.glob) and resolved with the same pure resolver the build uses, so a
 * new theme folder shows up without a code change. In plain Node (the Sanity CLI, tests)
 * the same theme files are loaded from themes/ with require, which runs TypeScript here.
 */
import { resolveTheme } from '../../themes/resolve.ts';

let definitions: Record<string, unknown> | undefined;

function themeDefinitions(): Record<string, unknown> {
  if (definitions) return definitions;
  definitions = {};
  let modules: Record<string, unknown>;
  try {
    modules = import.meta.glob('../../themes/*/theme.ts', { eager: true, import: 'default' });
  } catch {
    modules = themesFromDisk();
  }
  for (const [path, definition] of Object.entries(modules)) {
    const name = /themes\/([^/]+)\/theme\.ts$/.exec(path)?.[1];
    if (name) definitions[name] = definition;
  }
  return definitions;
}

/** Not bundled by Vite: every themes/<name>/theme.ts, by path, as the glob would give them. */
function themesFromDisk(): Record<string, unknown> {
  const node = globalThis.process as (NodeJS.Process & { getBuiltinModule?: (id: string) => unknown }) | undefined;
  const fs = node?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const path = node?.getBuiltinModule?.('node:path') as typeof import('node:path') | undefined;
  const url = node?.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
  const module = node?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (!fs || !path || !url || !module) return {};
  const dir = path.resolve(path.dirname(url.fileURLToPath(import.meta.url)), '../../themes');
  const load = module.createRequire(import.meta.url);
  const found: Record<string, unknown> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name, 'theme.ts');
    if (entry.isDirectory() && fs.existsSync(file)) found[`themes/${entry.name}/theme.ts`] = (load(file) as { default: unknown }).default;
  }
  return found;
}

export interface ThemeAccent {
  background: string;
  text: string;
  label?: string;
}

const resolved = new Map<string, Readonly<Record<string, ThemeAccent>> | undefined>();

/** The accents of theme `name` (key → colours and Norwegian label), or undefined when there is no such theme. */
export function accentsForTheme(name: string): Readonly<Record<string, ThemeAccent>> | undefined {
  if (resolved.has(name)) return resolved.get(name);
  const known = themeDefinitions();
  let accents: Readonly<Record<string, ThemeAccent>> | undefined;
  try {
    accents = Object.hasOwn(known, name) ? resolveTheme(name, (n) => known[n]).accents : undefined;
  } catch {
    accents = undefined;
  }
  resolved.set(name, accents);
  return accents;
}

export function accentKeysForTheme(name: string): readonly string[] | undefined {
  const accents = accentsForTheme(name);
  return accents ? Object.keys(accents) : undefined;
}
