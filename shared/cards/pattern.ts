// The themed pattern that stands in for a missing photo: a grid of tiles with circles and
// quarter circles in the theme's colours. Seeded by the card's text, so each event gets its own
// composition and the same event always gets the same one.
import { parseHex } from '../../themes/contrast.ts';
import { box, type CardNode, type Style } from './element.ts';

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and deterministic. */
function random(seed: string): () => number {
  let a = hash32(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A grey of the same lightness, for cancelled events. */
export function toGray(hex: string): string {
  const [r, g, b] = parseHex(hex);
  const y = Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b).toString(16).padStart(2, '0');
  return `#${y}${y}${y}`;
}

type Corner = 0 | 1 | 2 | 3; // top-left, top-right, bottom-right, bottom-left
const CORNER_RADII = ['borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomRightRadius', 'borderBottomLeftRadius'] as const;

/**
 * A shape inside one tile; it never leaves the tile, so nothing needs clipping. `rounded` is the
 * tile's corner that is also a rounded corner of the whole area: shapes keep clear of it.
 */
function tileShape(next: () => number, w: number, h: number, color: string, rounded: Corner | undefined): CardNode | null {
  const pick = next();
  const s = Math.min(w, h);
  const fill: Style = { position: 'absolute', backgroundColor: color };
  if (pick < 0.38) {
    // Quarter circle grown from one corner (never the rounded one).
    let corner = Math.floor(next() * 4) as Corner;
    if (corner === rounded) corner = ((corner + 2) % 4) as Corner;
    return box({ ...fill, left: 0, top: 0, width: w, height: h, [CORNER_RADII[corner]]: s });
  }
  if (pick < 0.62) {
    // Half circle standing on the top or bottom edge (the one away from a rounded corner).
    const onTop = rounded === 0 || rounded === 1 ? false : rounded === 2 || rounded === 3 ? true : next() < 0.5;
    const half = Math.round(h / 2);
    return box({
      ...fill,
      left: 0,
      top: onTop ? 0 : h - half,
      width: w,
      height: half,
      ...(onTop ? { borderBottomLeftRadius: s / 2, borderBottomRightRadius: s / 2 } : { borderTopLeftRadius: s / 2, borderTopRightRadius: s / 2 }),
    });
  }
  const d = Math.round(s * 0.62);
  const left = Math.round((w - d) / 2);
  const top = Math.round((h - d) / 2);
  if (pick < 0.82) return box({ ...fill, left, top, width: d, height: d, borderRadius: d / 2 });
  if (pick < 0.9) {
    const dot = Math.round(s * 0.28);
    return box({ ...fill, left: Math.round((w - dot) / 2), top: Math.round((h - dot) / 2), width: dot, height: dot, borderRadius: dot / 2 });
  }
  return null;
}

/**
 * Tiles close to `tileTarget` px square that exactly cover the area (no clipping needed: satori
 * turns overflow: hidden into SVG masks, which are slow to rasterise).
 */
export function themedPattern(
  area: { width: number; height: number },
  colors: string[],
  seed: string,
  tileTarget: number,
  radius = 0,
): CardNode {
  if (colors.length === 0) throw new Error('shared/cards: the pattern needs at least one colour');
  const next = random(seed);
  const cols = Math.max(2, Math.round(area.width / tileTarget));
  const rows = Math.max(1, Math.round(area.height / (area.width / cols)));
  const x = (col: number) => Math.round((col * area.width) / cols);
  const y = (row: number) => Math.round((row * area.height) / rows);
  const color = (i: number) => colors[i % colors.length] ?? '#000000';
  // The first colours are the brand's (band, accent): give them most of the tiles.
  const weights = colors.map((_, i) => Math.max(1, 6 - i * 1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  const weighted = () => {
    let r = next() * total;
    for (const [i, weight] of weights.entries()) {
      r -= weight;
      if (r <= 0) return i;
    }
    return colors.length - 1;
  };
  const cornerOf = (row: number, col: number): Corner | undefined => {
    if (radius <= 0) return undefined;
    const top = row === 0;
    const bottom = row === rows - 1;
    const left = col === 0;
    const right = col === cols - 1;
    if (top && left) return 0;
    if (top && right) return 1;
    if (bottom && right) return 2;
    if (bottom && left) return 3;
    return undefined;
  };
  const tiles: CardNode[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const w = x(col + 1) - x(col);
      const h = y(row + 1) - y(row);
      const background = weighted();
      let shape = weighted();
      if (shape === background) shape = (shape + 1 + Math.floor(next() * (colors.length - 1))) % colors.length;
      const corner = cornerOf(row, col);
      tiles.push(
        box(
          {
            position: 'absolute',
            left: x(col),
            top: y(row),
            width: w,
            height: h,
            backgroundColor: color(background),
            ...(corner === undefined ? {} : { [CORNER_RADII[corner]]: radius }),
          },
          [tileShape(next, w, h, color(shape), corner)],
        ),
      );
    }
  }
  return box({ position: 'absolute', left: 0, top: 0, width: area.width, height: area.height }, tiles, 'pattern');
}
