// The theme as CSS custom properties: components read --fasett-* and never a theme object.
// Pure (no Node APIs).

import { COLOR_TOKENS, FONT_PACKAGES, SPACING_STEPS, type Theme, type ThemeFont } from './types.ts';

/** Fallbacks while the web font loads, or for letters it lacks. */
const FALLBACK_STACKS = {
  'sans-serif': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  serif: 'Georgia, Cambria, "Noto Serif", "Times New Roman", serif',
} as const;

/** "textMuted" → "text-muted". */
function kebab(token: string): string {
  return token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A CSS font-family value: the theme's family first, then a stack of its kind. */
export function fontStack(font: ThemeFont): string {
  return `"${font.family}", ${FALLBACK_STACKS[FONT_PACKAGES[font.fontsource].category]}`;
}

/** Every token as a [custom property, value] pair, in a stable order. */
export function themeProperties(theme: Theme): [string, string][] {
  const props: [string, string][] = [];
  for (const token of COLOR_TOKENS) props.push([`--fasett-color-${kebab(token)}`, theme.colors[token]]);
  for (const [key, accent] of Object.entries(theme.accents)) {
    props.push([`--fasett-accent-${key}-bg`, accent.background]);
    props.push([`--fasett-accent-${key}-text`, accent.text]);
  }
  const { body, heading } = theme.fonts;
  props.push(
    ['--fasett-font-body', fontStack(body)],
    ['--fasett-font-heading', fontStack(heading)],
    // The first listed weight is the default; the heaviest loaded one is used for <strong>.
    ['--fasett-font-body-weight', String(body.weights[0])],
    ['--fasett-font-body-weight-bold', String(Math.max(...body.weights))],
    ['--fasett-font-heading-weight', String(heading.weights[0])],
    ['--fasett-radius', theme.radius],
    ['--fasett-radius-control', theme.radiusControl],
  );
  for (const step of SPACING_STEPS) props.push([`--fasett-space-${step}`, theme.spacing[step]]);
  // Heading sizes from the type scale: h3 one step over body text, h2 two, h1 three (and the
  // hero's display size four), in rem so a reader's font size still scales them.
  const { typeScale, shape } = theme.layout;
  const step = (n: number) => `${Math.round(1.0625 * typeScale ** n * 1000) / 1000}rem`;
  props.push(['--fasett-size-h3', step(1)], ['--fasett-size-h2', step(2)], ['--fasett-size-h1', step(3)], ['--fasett-size-display', step(4)]);
  props.push(['--fasett-radius-pill', shape === 'round' ? '999px' : shape === 'soft' ? '6px' : '0']);
  return props;
}

/** A stylesheet that sets every --fasett-* token on `selector` (default :root). */
export function themeCss(theme: Theme, selector = ':root'): string {
  const lines = themeProperties(theme).map(([property, value]) => `  ${property}: ${value};`);
  return `/* Fasett theme: ${theme.name} */\n${selector} {\n${lines.join('\n')}\n}\n`;
}
