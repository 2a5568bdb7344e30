// Where things go on each card: fixed regions per layout and size (so the photo can be cropped
// to its exact box before rendering), and the type scale per size.
import type { CardLayout } from '../../themes/types.ts';
import { CARD_SIZES } from './sizes.ts';
import type { CardSize } from './types.ts';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Geometry {
  width: number;
  height: number;
  /** The photo (or pattern). */
  image: Rect;
  /** frame: the coloured block the photo sits in. */
  frame?: Rect;
  /** The text column. */
  panel: Rect;
  /** What the text column stands on: the coloured band, or the light card background. */
  panelOn: 'band' | 'background';
  padding: { top: number; right: number; bottom: number; left: number };
  status?: Rect;
  /** The status band stacks label over note (narrow cards) or puts them side by side. */
  statusStacked: boolean;
  /** Where the logo goes: a chip at the top of the panel, a chip over the photo, or in the footer row. */
  logo: 'panel' | 'image' | 'footer';
  /** Top-left corner of the logo chip when it sits over the photo. */
  logoAt: { left: number; top: number };
  /** Text block at the top of the panel (under the eyebrow) or pushed to the bottom. */
  anchor: 'top' | 'bottom';
  footer: boolean;
  /** Pattern tile size. */
  tile: number;
}

export interface TypeScale {
  /** Title sizes tried from largest down; the first that fits wins. */
  title: number[];
  /** Smaller sizes, tried only when a single word is wider than the column at the smallest size. */
  titleLongWord: number[];
  titleLineHeight: number;
  eyebrow: number;
  meta: number;
  footer: number;
  logo: number;
  logoMaxWidth: number;
  status: number;
  statusNote: number;
  /** Vertical rhythm inside the panel. */
  gap: number;
}

export const TYPE: Record<CardSize, TypeScale> = {
  og: {
    title: [72, 64, 58, 52, 47, 42, 38, 34, 32],
    titleLongWord: [29, 26, 23],
    titleLineHeight: 1.08,
    eyebrow: 21,
    meta: 27,
    footer: 20,
    logo: 40,
    logoMaxWidth: 260,
    status: 46,
    statusNote: 22,
    gap: 16,
  },
  square: {
    title: [92, 82, 74, 66, 59, 53, 47, 42, 38, 35],
    titleLongWord: [32, 29, 26],
    titleLineHeight: 1.08,
    eyebrow: 25,
    meta: 32,
    footer: 24,
    logo: 48,
    logoMaxWidth: 320,
    status: 60,
    statusNote: 26,
    gap: 20,
  },
  story: {
    title: [112, 100, 90, 81, 73, 66, 59, 53, 48, 43, 40],
    titleLongWord: [36, 32, 29],
    titleLineHeight: 1.08,
    eyebrow: 31,
    meta: 40,
    footer: 30,
    logo: 60,
    logoMaxWidth: 400,
    status: 76,
    statusNote: 32,
    gap: 26,
  },
};

const STATUS_HEIGHT: Record<CardSize, number> = { og: 84, square: 128, story: 172 };

// Instagram draws its own header over the top ~250 px of a story and the reply bar over the
// bottom ~250 px: keep text out of both.
const STORY_SAFE_BOTTOM = 250;
const STORY_SAFE_TOP = 250;

/** How many steps of extra room for the text a layout has (see cardGeometry's `room`). */
export const ROOM_STEPS = 3;

/**
 * The regions of a card. `room` (0 … ROOM_STEPS - 1) gives the text more space at the photo's
 * expense, for titles that would otherwise be clamped even at the smallest size.
 */
export function cardGeometry(layout: CardLayout, size: CardSize, withStatus: boolean, room = 0): Geometry {
  const { width: W, height: H } = CARD_SIZES[size];
  const S = withStatus ? STATUS_HEIGHT[size] : 0;
  const step = <T>(values: [T, T, T]): T => values[Math.min(Math.max(room, 0), ROOM_STEPS - 1)] ?? values[0];
  const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height });
  const statusAt = (top: number, left = 0, width = W) => (withStatus ? rect(left, top, width, S) : undefined);
  const base = { width: W, height: H, statusStacked: size !== 'og', logoAt: { left: 0, top: 0 } };

  if (layout === 'split') {
    if (size === 'og') {
      const panel = step([640, 780, 940]);
      // With more room the logo moves from the top into the footer row, beside the site name.
      return { ...base, status: statusAt(0), panel: rect(0, S, panel, H - S), image: rect(panel, S, W - panel, H - S), panelOn: 'band',
        padding: { top: 48, right: 56, bottom: 44, left: 56 }, logo: room > 0 ? 'footer' : 'panel', anchor: 'bottom', footer: true, tile: 140 };
    }
    if (size === 'square') {
      const panel = step([580, 700, 800]);
      return { ...base, status: statusAt(0), panel: rect(0, S, panel, H - S), image: rect(panel, S, W - panel, H - S), panelOn: 'band',
        padding: { top: 64, right: 60, bottom: 60, left: 64 }, logo: 'panel', anchor: 'bottom', footer: true, tile: 167 };
    }
    const image = step([800, 680, 540]);
    return { ...base, image: rect(0, 0, W, image), status: statusAt(image), panel: rect(0, image + S, W, H - image - S), panelOn: 'band',
      padding: { top: 72, right: 88, bottom: STORY_SAFE_BOTTOM, left: 88 }, logo: 'panel', anchor: 'top', footer: true, tile: 216 };
  }

  if (layout === 'band') {
    if (size === 'og') {
      const band = step([336, 420, 490]);
      return { ...base, status: statusAt(0), image: rect(0, S, W, H - band - S), panel: rect(0, H - band, W, band), panelOn: 'band',
        padding: { top: 36, right: 56, bottom: 36, left: 56 }, logo: 'image', logoAt: { left: 56, top: S + 28 }, anchor: 'top', footer: false, tile: 150 };
    }
    if (size === 'square') {
      const band = step([540, 640, 740]);
      return { ...base, status: statusAt(0), image: rect(0, S, W, H - band - S), panel: rect(0, H - band, W, band), panelOn: 'band',
        padding: { top: 56, right: 72, bottom: 60, left: 72 }, logo: 'image', logoAt: { left: 72, top: S + 44 }, anchor: 'top', footer: true, tile: 180 };
    }
    const image = step([940, 820, 700]);
    return { ...base, image: rect(0, 0, W, image), status: statusAt(image), panel: rect(0, image + S, W, H - image - S), panelOn: 'band',
      padding: { top: 64, right: 88, bottom: STORY_SAFE_BOTTOM, left: 88 }, logo: 'image', logoAt: { left: 88, top: STORY_SAFE_TOP },
      anchor: 'top', footer: true, tile: 216 };
  }

  // frame
  if (size === 'og') {
    const text = step([700, 800, 880]);
    const frame = rect(text, S, W - text, H - S);
    const inset = 28;
    return { ...base, status: statusAt(0), frame, image: rect(frame.left + inset, frame.top + inset, frame.width - 2 * inset, frame.height - 2 * inset),
      panel: rect(0, S, text, H - S), panelOn: 'background', padding: { top: 48, right: 52, bottom: 40, left: 56 },
      logo: 'footer', anchor: 'top', footer: true, tile: 148 };
  }
  if (size === 'square') {
    const frame = rect(0, 0, W, step([540, 440, 360]));
    const inset = 40;
    return { ...base, frame, image: rect(inset, inset, W - 2 * inset, frame.height - 2 * inset), status: statusAt(frame.height),
      panel: rect(0, frame.height + S, W, H - frame.height - S), panelOn: 'background', padding: { top: 48, right: 72, bottom: 52, left: 72 },
      logo: 'footer', anchor: 'top', footer: true, tile: 200 };
  }
  const frame = rect(0, 0, W, step([980, 860, 740]));
  const inset = 56;
  return { ...base, frame, image: rect(inset, inset, W - 2 * inset, frame.height - 2 * inset), status: statusAt(frame.height),
    panel: rect(0, frame.height + S, W, H - frame.height - S), panelOn: 'background',
    padding: { top: 60, right: 88, bottom: STORY_SAFE_BOTTOM, left: 88 }, logo: 'footer', anchor: 'top', footer: true, tile: 242 };
}
