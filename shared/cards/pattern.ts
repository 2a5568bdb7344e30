// The themed pattern that stands in for a missing photo: a grid of tiles with circles and
// quarter circles in the theme's colours. Seeded by the card's text, so each event gets its own
// composition and the same event always gets the same one.
import { parseHex } from '../../themes/contrast.ts';
import { image, type CardNode } from './element.ts';

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

const n = (value: number) => Number(value.toFixed(2));

/** A rectangle with its own radius per corner (clockwise from top-left), as an SVG path. */
function roundedRect(x: number, y: number, w: number, h: number, radii: [number, number, number, number]): string {
  const [tl, tr, br, bl] = radii;
  const arc = (r: number, dx: number, dy: number) => (r > 0 ? `a${n(r)},${n(r)} 0 0 1 ${n(dx)},${n(dy)}` : '');
  return (
    `<path d="M${n(x + tl)},${n(y)}h${n(w - tl - tr)}${arc(tr, tr, tr)}v${n(h - tr - br)}${arc(br, -br, br)}` +
    `h${n(-(w - br - bl))}${arc(bl, -bl, -bl)}v${n(-(h - bl - tl))}${arc(tl, tl, -tl)}z"`
  );
}

const oneCorner = (corner: Corner, r: number): [number, number, number, number] => {
  const radii: [number, number, number, number] = [0, 0, 0, 0];
  radii[corner] = r;
  return radii;
};

/**
 * A shape inside one tile; it never leaves the tile, so nothing needs clipping. `rounded` is the
 * tile's corner that is also a rounded corner of the whole area: shapes keep clear of it.
 */
function tileShape(next: () => number, x: number, y: number, w: number, h: number, color: string, rounded: Corner | undefined): string {
  const pick = next();
  const s = Math.min(w, h);
  const fill = ` fill="${color}"/>`;
  if (pick < 0.38) {
    // Quarter circle grown from one corner (never the rounded one).
    let corner = Math.floor(next() * 4) as Corner;
    if (corner === rounded) corner = ((corner + 2) % 4) as Corner;
    return roundedRect(x, y, w, h, oneCorner(corner, s)) + fill;
  }
  if (pick < 0.62) {
    // Half circle standing on the top or bottom edge (the one away from a rounded corner).
    const onTop = rounded === 0 || rounded === 1 ? false : rounded === 2 || rounded === 3 ? true : next() < 0.5;
    const half = Math.round(h / 2);
    const r = s / 2;
    return roundedRect(x, onTop ? y : y + h - half, w, half, onTop ? [0, 0, r, r] : [r, r, 0, 0]) + fill;
  }
  const d = Math.round(s * 0.62);
  if (pick < 0.82) return `<circle cx="${n(x + Math.round((w - d) / 2) + d / 2)}" cy="${n(y + Math.round((h - d) / 2) + d / 2)}" r="${n(d / 2)}"${fill}`;
  if (pick < 0.9) {
    const dot = Math.round(s * 0.28);
    return `<circle cx="${n(x + Math.round((w - dot) / 2) + dot / 2)}" cy="${n(y + Math.round((h - dot) / 2) + dot / 2)}" r="${n(dot / 2)}"${fill}`;
  }
  return '';
}

/**
 * Tiles close to `tileTarget` px square that exactly cover the area, drawn as one SVG picture:
 * satori places it like a photo instead of laying out some hundred boxes (a third of a card's
 * layout time), and nothing needs clipping (satori's masks are slow to rasterise).
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
  const parts: string[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const left = x(col);
      const top = y(row);
      const w = x(col + 1) - left;
      const h = y(row + 1) - top;
      const background = weighted();
      let shape = weighted();
      if (shape === background) shape = (shape + 1 + Math.floor(next() * (colors.length - 1))) % colors.length;
      const corner = cornerOf(row, col);
      parts.push(
        corner === undefined
          ? `<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="${color(background)}"/>`
          : `${roundedRect(left, top, w, h, oneCorner(corner, radius))} fill="${color(background)}"/>`,
        tileShape(next, left, top, w, h, color(shape), corner),
      );
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${area.width}" height="${area.height}" viewBox="0 0 ${area.width} ${area.height}">` +
    `${parts.join('')}</svg>`;
  return image(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, area.width, area.height, { position: 'absolute', left: 0, top: 0 }, 'pattern');
}
