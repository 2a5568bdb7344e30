// WCAG 2.1 contrast for themes: every text/background pair a theme allows is listed with
// what it is used for and the ratio AA requires, so one check covers the whole theme.
// Pure (no Node APIs).

import { ALERT_SEVERITIES, STATUS_BADGES, type ColorToken, type HexColor, type Theme } from './types.ts';

/** AA for normal text. */
export const AA_TEXT = 4.5;
/** AA for large text (≥ 24px, or ≥ 18.66px bold) and for UI components and focus indicators. */
export const AA_LARGE_OR_UI = 3;

/** Parses #rgb or #rrggbb into 0–255 channels. */
export function parseHex(color: HexColor): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new Error(`"${color}" is not a hex colour (#rgb or #rrggbb)`);
  const digits = match[1] ?? '';
  const hex = digits.length === 3 ? digits.replace(/./g, (digit) => digit + digit) : digits;
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/** Relative luminance as WCAG 2.1 defines it (sRGB, with its 0.03928 threshold). */
function relativeLuminance(color: HexColor): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two colours, 1 to 21; the order does not matter. */
export function contrastRatio(a: HexColor, b: HexColor): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface ColorPair {
  /** Names the tokens, e.g. "colors.textMuted on colors.surface". */
  pair: string;
  foreground: HexColor;
  background: HexColor;
  /** What the pair is used for on a page or card. */
  use: string;
  required: number;
}

export interface ContrastFailure {
  pair: string;
  use: string;
  foreground: HexColor;
  background: HexColor;
  /** Rounded down to two decimals, so a reported ratio never looks better than it is. */
  ratio: number;
  required: number;
}

/** Every foreground/background pair the theme allows, each with the ratio it must reach. */
export function colorPairs(theme: Theme): ColorPair[] {
  const pairs: ColorPair[] = [];
  const c = theme.colors;
  const add = (fg: ColorToken, bg: ColorToken, use: string, required: number) =>
    pairs.push({ pair: `colors.${fg} on colors.${bg}`, foreground: c[fg], background: c[bg], use, required });

  for (const bg of ['background', 'surface'] as const) {
    const where = bg === 'background' ? 'the page' : 'cards and panels';
    add('text', bg, `body text on ${where}`, AA_TEXT);
    add('textMuted', bg, `secondary text (dates, venues, captions) on ${where}`, AA_TEXT);
    // Small headings (h4–h6) are normal-size text, so headings get the text requirement.
    add('heading', bg, `headings on ${where}`, AA_TEXT);
    add('link', bg, `links on ${where}`, AA_TEXT);
    add('linkHover', bg, `hovered links on ${where}`, AA_TEXT);
    add('primary', bg, `button shape against ${where}`, AA_LARGE_OR_UI);
    add('borderStrong', bg, `input and chip outlines on ${where}`, AA_LARGE_OR_UI);
    add('focus', bg, `focus ring on ${where}`, AA_LARGE_OR_UI);
  }
  add('onPrimary', 'primary', 'button text', AA_TEXT);
  add('onPrimary', 'primaryHover', 'hovered button text', AA_TEXT);
  add('onFooter', 'footer', 'footer text and links', AA_TEXT);
  add('focus', 'alertInfo', 'focus ring on links in an info alert', AA_LARGE_OR_UI);
  add('focus', 'alertWarning', 'focus ring on links in a warning alert', AA_LARGE_OR_UI);
  add('focusInverse', 'footer', 'focus ring in the footer', AA_LARGE_OR_UI);
  add('focusInverse', 'alertCritical', 'focus ring on links in a critical alert', AA_LARGE_OR_UI);

  for (const [severity, tokens] of Object.entries(ALERT_SEVERITIES))
    add(tokens.text, tokens.background, `alert banner (${severity})`, AA_TEXT);
  for (const [status, tokens] of Object.entries(STATUS_BADGES))
    add(tokens.text, tokens.background, `event status badge (${status})`, AA_TEXT);

  for (const [key, accent] of Object.entries(theme.accents))
    pairs.push({
      pair: `accents.${key}.text on accents.${key}.background`,
      foreground: accent.text,
      background: accent.background,
      use: `campaign accent "${accent.label}" (hero, buttons, card band)`,
      required: AA_TEXT,
    });

  const card = theme.card;
  // Card text is large on a 1200px card, but a card is often seen scaled down in a feed: hold it to 4.5.
  pairs.push(
    { pair: 'card.text on card.background', foreground: card.text, background: card.background, use: 'share card title', required: AA_TEXT },
    { pair: 'card.textMuted on card.background', foreground: card.textMuted, background: card.background, use: 'share card date and venue', required: AA_TEXT },
    { pair: 'card.onBand on card.band', foreground: card.onBand, background: card.band, use: `share card text on the ${card.layout}`, required: AA_TEXT },
  );
  return pairs;
}

/** The pairs that fall short of AA; an empty list means the theme passes. */
export function checkTheme(theme: Theme): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const { pair, use, foreground, background, required } of colorPairs(theme)) {
    const ratio = contrastRatio(foreground, background);
    if (ratio < required)
      failures.push({ pair, use, foreground, background, ratio: Math.floor(ratio * 100) / 100, required });
  }
  return failures;
}

/** A readable list of failures, for errors and the build report. */
export function describeFailures(themeName: string, failures: ContrastFailure[]): string {
  return (
    `Theme "${themeName}" fails WCAG 2.1 AA contrast:\n` +
    failures
      .map((f) => `  - ${f.pair} (${f.use}): ${f.foreground} on ${f.background} is ${f.ratio.toFixed(2)}:1, needs ${f.required}:1`)
      .join('\n')
  );
}
