// Everything a card takes from the theme, in one object. The renderer reads only this (never the
// theme), and the cache hashes this, so the hash covers exactly the theme tokens a card uses.
import { statSync } from 'node:fs';
import { logoPath, logoSvg } from '../../themes/index.ts';
import { STATUS_BADGES, type Theme } from '../../themes/types.ts';
import { statusInfo } from '../site/status.ts';
import { cardFonts } from './fonts.ts';
import type { CardDesign, CardInput, CardProblem } from './types.ts';


/** "6px", "0.5rem", "0" → px (rem and em at 16px). */
function toPx(length: string): number {
  const value = Number.parseFloat(length);
  if (!Number.isFinite(value)) return 0;
  return /r?em$/.test(length) ? value * 16 : value;
}

const logos = new Map<string, { mtimeMs: number } & CardDesign['logo']>();

function logoLabel(svg: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(svg)?.[1];
  const aria = /<svg\b[^>]*\baria-label\s*=\s*["']([^"']*)["']/i.exec(svg)?.[1];
  return (title ?? aria ?? '').trim();
}

/** The logo's intrinsic proportions, from its viewBox (or width/height). */
function logoSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(root);
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  const width = /\bwidth\s*=\s*["']([\d.]+)/i.exec(root);
  const height = /\bheight\s*=\s*["']([\d.]+)/i.exec(root);
  if (width && height) return { width: Number(width[1]), height: Number(height[1]) };
  return { width: 3, height: 1 };
}

/** Re-read when the file changes, so a long-running preview server sees a new logo. */
function themeLogo(theme: Theme): CardDesign['logo'] {
  const path = logoPath(theme);
  const { mtimeMs } = statSync(path);
  const cached = logos.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  const svg = logoSvg(theme);
  const entry = { mtimeMs, svg, label: logoLabel(svg), ...logoSize(svg) };
  logos.set(path, entry);
  return entry;
}

export function cardDesign(input: CardInput): { design: CardDesign; problems: CardProblem[] } {
  const { theme } = input;
  const problems: CardProblem[] = [];
  let accent: CardDesign['accent'];
  if (input.accent) {
    const found = Object.hasOwn(theme.accents, input.accent) ? theme.accents[input.accent] : undefined;
    if (found) accent = { key: input.accent, background: found.background, text: found.text };
    else
      problems.push({
        rule: 'accent-unknown',
        severity: 'warning',
        message:
          `Aksentfargen «${input.accent}» finnes ikke i temaet «${theme.label}», så kortet bruker temaets standardfarger. ` +
          `Velg en av: ${Object.entries(theme.accents).map(([key, a]) => `${a.label} (${key})`).join(', ')}.`,
      });
  }

  const status = input.status && input.status !== 'scheduled' ? input.status : undefined;
  const badge = status ? STATUS_BADGES[status] : undefined;
  const words = statusInfo(status, input.locale ?? 'nb');
  const card = theme.card;
  const design: CardDesign = {
    layout: card.layout,
    colors: { background: card.background, text: card.text, textMuted: card.textMuted, band: card.band, onBand: card.onBand },
    accent,
    pattern: [...new Set([card.band, accent?.background ?? theme.colors.primary, theme.colors.surface, theme.colors.heading, card.background])],
    status:
      status && badge && words
        ? {
            status,
            label: words.card,
            note: words.cardNote,
            background: theme.colors[badge.background],
            text: theme.colors[badge.text],
          }
        : undefined,
    radius: toPx(theme.radius),
    radiusControl: toPx(theme.radiusControl),
    fonts: cardFonts(theme),
    logo: themeLogo(theme),
  };
  return { design, problems };
}
