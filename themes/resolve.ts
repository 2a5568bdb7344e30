// Merging a site theme over the theme it extends. Pure (no Node APIs): index.ts feeds it
// definitions read from the theme folders; the Studio can feed it statically imported ones.

import { checkTheme, describeFailures } from './contrast.ts';
import { validateTheme, validateThemeDefinition, type Accent, type Theme, type ThemeDefinition } from './types.ts';

/** Lays `child` over `parent`: colors, accents (per key), spacing and card merge; fonts per role. */
export function mergeTheme(parent: Theme, child: ThemeDefinition): unknown {
  const accents: Record<string, Partial<Accent>> = {};
  for (const [key, accent] of Object.entries(parent.accents)) accents[key] = { ...accent };
  for (const [key, accent] of Object.entries(child.accents ?? {})) accents[key] = { ...accents[key], ...accent };
  return {
    name: child.name,
    extends: child.extends,
    label: child.label,
    colors: { ...parent.colors, ...child.colors },
    accents,
    fonts: {
      body: child.fonts?.body ?? parent.fonts.body,
      heading: child.fonts?.heading ?? parent.fonts.heading,
    },
    logo: child.logo,
    radius: child.radius ?? parent.radius,
    radiusControl: child.radiusControl ?? parent.radiusControl,
    spacing: { ...parent.spacing, ...child.spacing },
    card: { ...parent.card, ...child.card },
    layout: { ...parent.layout, ...child.layout },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Resolves a theme by name: follows `extends` to its root, merges down, checks the schema
 * and WCAG AA contrast. Throws with the theme and the field (or colour pair) named.
 * The result is frozen: it is shared by every page of a build.
 */
export function resolveTheme(name: string, definitionOf: (name: string) => unknown): Theme {
  const chain: ThemeDefinition[] = [];
  for (let next: string | undefined = name; next !== undefined; ) {
    if (chain.some((definition) => definition.name === next))
      throw new Error(`Theme "${name}" extends itself: ${[...chain.map((d) => d.name), next].join(' → ')}`);
    const definition = validateThemeDefinition(definitionOf(next));
    if (definition.name !== next)
      throw new Error(`Theme folder "${next}" declares name "${definition.name}"; the name must equal the folder name`);
    chain.push(definition);
    next = definition.extends;
  }
  const [root, ...descendants] = chain.reverse();
  let theme = validateTheme(root);
  for (const definition of descendants) theme = validateTheme(mergeTheme(theme, definition));

  const failures = checkTheme(theme);
  if (failures.length > 0) throw new Error(describeFailures(theme.name, failures));
  return deepFreeze(theme);
}
