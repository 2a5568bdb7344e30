// Shared inputs for the share-card tests: real site themes (one per card layout), a generated
// photo, and helpers that read satori's layout boxes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadTheme, type Theme } from '../../../themes/index.ts';
import type { CardInput, DrawnCard, LaidOutNode } from '../../../shared/cards/index.ts';

/** Appelsinia draws "split" cards, Bydelshus "frame", Ibsenbiblioteket "band". */
export const LAYOUT_THEMES = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'] as const;

export async function themes(): Promise<Theme[]> {
  return Promise.all(LAYOUT_THEMES.map((name) => loadTheme(name)));
}

/** Exactly 250 characters, words of ordinary length. */
export const TITLE_250 = (
  'Stor familiedag i Gulset bydelshus med konsert, teater, kafé, bokbytte og verksted for barn og voksne, ' +
  'der alle er velkommen til å bli med på sang, dans og lek hele dagen, og kvelden avsluttes med felles middag og fortellinger fra bydelen før vi rydder sammen og går hjem'
).slice(0, 250);

export const SAMI_EMOJI_TITLE = 'Sámi álbmotbeaivi: čáhci, đuoddar, ŋ, šaddu, ŧ, žurdi 🎉🇳🇴 – æøå ÆØÅ';

export function eventInput(theme: Theme, overrides: Partial<CardInput> = {}): CardInput {
  return {
    kind: 'event',
    title: 'Jazzkveld med Skien Storband',
    eyebrow: 'Konsert',
    dateText: 'lørdag 5. desember kl. 19.00',
    venueText: 'Ibsenhuset, Skien',
    siteTitle: theme.label,
    theme,
    ...overrides,
  };
}

export function tempDir(prefix = 'fasett-cards-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A photo-like JPEG: a colour gradient with soft noise (deterministic). */
export async function photoJpeg(width = 900, height = 600): Promise<Buffer> {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4a340"/><stop offset="1" stop-color="#3a2f8c"/></linearGradient></defs>' +
      `<rect width="${width}" height="${height}" fill="url(#g)"/><circle cx="${width * 0.6}" cy="${height * 0.45}" r="${height * 0.25}" fill="#fff3c4"/></svg>`,
  );
  return sharp(gradient).jpeg({ quality: 85 }).toBuffer();
}

export const textNodes = (drawn: DrawnCard): LaidOutNode[] => drawn.nodes.filter((node) => node.textContent && node.textContent.trim() !== '');

export const node = (drawn: DrawnCard, key: string): LaidOutNode | undefined => drawn.nodes.find((n) => n.key === key);

export function insideBox(inner: LaidOutNode, outer: { left: number; top: number; width: number; height: number }): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.left + inner.width <= outer.left + outer.width + 0.5 &&
    inner.top + inner.height <= outer.top + outer.height + 0.5
  );
}

export const rules = (problems: { rule: string }[]) => problems.map((problem) => problem.rule);
