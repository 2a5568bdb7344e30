/// <reference types="vite/client" />
/**
 * Theme accents in the Studio bundle: the theme definitions under themes/ are bundled by
 * Vite (import.meta.glob) and resolved with the same pure resolver the build uses, so a
 * new theme folder shows up without a code change. Outside Vite (plain Node) there are
 * no bundled themes and accents are not checked here; the build checks them.
 */
import { resolveTheme } from '../../themes/resolve.ts'

let definitions: Record<string, unknown> | undefined

function themeDefinitions(): Record<string, unknown> {
  if (definitions) return definitions
  definitions = {}
  try {
    const modules = import.meta.glob('../../themes/*/theme.ts', { eager: true, import: 'default' })
    for (const [path, definition] of Object.entries(modules)) {
      const name = /themes\/([^/]+)\/theme\.ts$/.exec(path)?.[1]
      if (name) definitions[name] = definition
    }
  } catch {
    // Not bundled by Vite: leave the list empty.
  }
  return definitions
}

const resolved = new Map<string, readonly string[] | undefined>()

export function accentKeysForTheme(name: string): readonly string[] | undefined {
  if (resolved.has(name)) return resolved.get(name)
  const known = themeDefinitions()
  let keys: readonly string[] | undefined
  try {
    keys = Object.hasOwn(known, name) ? Object.keys(resolveTheme(name, (n) => known[n]).accents) : undefined
  } catch {
    keys = undefined
  }
  resolved.set(name, keys)
  return keys
}
