/// <reference types="vite/client" />
/**
 * Theme accents in the Studio bundle: the theme definitions under themes/ are bundled by
 * Vite (import.meta.glob) and resolved with the same pure resolver the build uses, so a
 * new theme folder shows up without a code change. Outside Vite (plain Node) there are
 * no bundled themes and accents are not checked here; the build checks them.
 */
import { resolveTheme } from '../../themes/resolve.ts';

let definitions: Record<string, unknown> | undefined;

function themeDefinitions(): Record<string, unknown> {
  if (definitions) return definitions;
  definitions = {};
  try {
    const modules = import.meta.glob('../../themes/*/theme.ts', { eager: true, import: 'default' });
    for (const [path, definition] of Object.entries(modules)) {
      const name = /themes\/([^/]+)\/theme\.ts$/.exec(path)?.[1];
      if (name) definitions[name] = definition;
    }
  } catch {
    // Not bundled by Vite: leave the list empty.
  }
  return definitions;
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
