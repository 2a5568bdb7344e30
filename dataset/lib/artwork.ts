import { createRandom, type Random } from './random.ts';

/**
 * Abstract artwork as SVG: the sample dataset's stand-in for photographs. Pure text built
 * from a seeded generator and no fonts, so the same spec renders the same pixels everywhere.
 */

export type ArtworkStyle =
  | 'circles' | 'stageLights' | 'curtain' | 'waves' | 'hills' | 'pines' | 'bookSpines' | 'bookStack'
  | 'house' | 'orange' | 'confetti' | 'moonNight' | 'snow' | 'stringLights' | 'sunset' | 'bauhaus'
  | 'equalizer' | 'danceArcs' | 'filmStrip' | 'speechBubbles' | 'leaves' | 'flowers' | 'gameBoard'
  | 'laptop' | 'coffee' | 'rainbow' | 'fireworks' | 'softGradient' | 'dotPattern' | 'inkPen' | 'masks'
  | 'balloons' | 'iceSkating' | 'campfire' | 'cityMap' | 'microphone';

export interface ArtworkSpec {
  style: ArtworkStyle;
  /** Five colours: two for the background, three for the motif. */
  palette: readonly [string, string, string, string, string];
  width: number;
  height: number;
  seed: string;
}

interface Canvas {
  w: number;
  h: number;
  /** The shorter side, for sizes that should look the same in portrait and landscape. */
  s: number;
  p: ArtworkSpec['palette'];
  r: Random;
}

const n = (value: number): string => (Math.round(value * 10) / 10).toString();

function linear(id: string, from: string, to: string, vertical = true): string {
  const end = vertical ? 'x2="0" y2="1"' : 'x2="1" y2="1"';
  return `<linearGradient id="${id}" x1="0" y1="0" ${end}><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`;
}

function glow(id: string, color: string, opacity = 0.9): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

function background(c: Canvas, vertical = true): string {
  return `<defs>${linear('bg', c.p[0], c.p[1], vertical)}</defs><rect width="${c.w}" height="${c.h}" fill="url(#bg)"/>`;
}

/** A smooth band across the picture: a wave top at height y, filled to the bottom. */
function band(c: Canvas, y: number, amplitude: number, color: string, opacity = 1, bottom = c.h): string {
  const segments = 4;
  const step = c.w / segments;
  let d = `M0 ${n(y + c.r.between(-amplitude, amplitude))}`;
  for (let i = 1; i <= segments; i++) {
    const x = i * step;
    const cy1 = y + c.r.between(-amplitude, amplitude) * 1.6;
    const cy2 = y + c.r.between(-amplitude, amplitude) * 1.6;
    d += ` C${n(x - step * 0.66)} ${n(cy1)} ${n(x - step * 0.33)} ${n(cy2)} ${n(x)} ${n(y + c.r.between(-amplitude, amplitude))}`;
  }
  return `<path d="${d} L${c.w} ${n(bottom)} L0 ${n(bottom)} Z" fill="${color}" opacity="${opacity}"/>`;
}

function stars(c: Canvas, count: number, maxY: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${n(c.r.between(0, c.w))}" cy="${n(c.r.between(0, maxY))}" r="${n(c.r.between(1, 3.2) * c.s / 1000)}" fill="#ffffff" opacity="${n(c.r.between(0.4, 0.95))}"/>`;
  }
  return out;
}

const styles: Record<ArtworkStyle, (c: Canvas) => string> = {
  circles: (c) => {
    let out = background(c) + `<defs>${glow('g1', c.p[2])}${glow('g2', c.p[3])}${glow('g3', c.p[4])}</defs>`;
    for (let i = 0; i < 7; i++) {
      const id = `g${(i % 3) + 1}`;
      out += `<circle cx="${n(c.r.between(0.1, 0.9) * c.w)}" cy="${n(c.r.between(0.15, 0.7) * c.h)}" r="${n(c.r.between(0.12, 0.32) * c.s)}" fill="url(#${id})"/>`;
    }
    for (let i = 0; i < 4; i++) {
      out += `<circle cx="${n(c.r.between(0.1, 0.9) * c.w)}" cy="${n(c.r.between(0.2, 0.65) * c.h)}" r="${n(c.r.between(0.04, 0.1) * c.s)}" fill="${c.p[2 + (i % 3)]}" opacity="0.85"/>`;
    }
    return out + `<rect y="${n(c.h * 0.8)}" width="${c.w}" height="${n(c.h * 0.2)}" fill="${c.p[0]}" opacity="0.92"/>`;
  },
  stageLights: (c) => {
    let out = background(c);
    const defs: string[] = [];
    for (let i = 0; i < 3; i++) {
      defs.push(`<linearGradient id="beam${i}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.p[2 + i]}" stop-opacity="0.85"/><stop offset="1" stop-color="${c.p[2 + i]}" stop-opacity="0.05"/></linearGradient>`);
      const top = c.w * (0.2 + i * 0.3) + c.r.between(-40, 40);
      const floor = c.w * c.r.between(0.25, 0.75);
      const spread = c.w * c.r.between(0.12, 0.2);
      out += `<polygon points="${n(top - 12)},0 ${n(top + 12)},0 ${n(floor + spread)},${n(c.h * 0.82)} ${n(floor - spread)},${n(c.h * 0.82)}" fill="url(#beam${i})"/>`;
    }
    out += `<defs>${defs.join('')}${glow('pool', c.p[3], 0.6)}</defs>`;
    out += `<rect y="${n(c.h * 0.8)}" width="${c.w}" height="${n(c.h * 0.2)}" fill="${c.p[0]}"/>`;
    return out + `<ellipse cx="${n(c.w / 2)}" cy="${n(c.h * 0.82)}" rx="${n(c.w * 0.35)}" ry="${n(c.h * 0.05)}" fill="url(#pool)"/>`;
  },
  curtain: (c) => {
    const folds = 14;
    const fw = c.w / folds;
    let out = `<defs><linearGradient id="fold" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${c.p[1]}"/><stop offset="0.5" stop-color="${c.p[2]}"/><stop offset="1" stop-color="${c.p[1]}"/></linearGradient>${glow('spot', c.p[4], 0.45)}</defs>`;
    out += `<rect width="${c.w}" height="${c.h}" fill="${c.p[0]}"/>`;
    for (let i = 0; i < folds; i++) {
      const sway = c.r.between(-fw * 0.15, fw * 0.15);
      out += `<path d="M${n(i * fw)} 0 L${n((i + 1) * fw)} 0 L${n((i + 1) * fw + sway)} ${c.h} L${n(i * fw + sway)} ${c.h} Z" fill="url(#fold)"/>`;
    }
    let valance = `M0 0 L${c.w} 0 L${c.w} ${n(c.h * 0.12)}`;
    const scallops = 7;
    for (let i = scallops; i > 0; i--) {
      const x0 = (i * c.w) / scallops;
      const x1 = ((i - 1) * c.w) / scallops;
      valance += ` Q${n((x0 + x1) / 2)} ${n(c.h * 0.2)} ${n(x1)} ${n(c.h * 0.12)}`;
    }
    out += `<path d="${valance} Z" fill="${c.p[3]}"/>`;
    return out + `<ellipse cx="${n(c.w / 2)}" cy="${n(c.h * 0.6)}" rx="${n(c.w * 0.3)}" ry="${n(c.h * 0.35)}" fill="url(#spot)"/>`;
  },
  waves: (c) => {
    let out = background(c);
    const colors = [c.p[2], c.p[3], c.p[4], c.p[3], c.p[2]];
    colors.forEach((color, i) => {
      out += band(c, c.h * (0.35 + i * 0.13), c.h * 0.04, color, 0.55 + i * 0.09);
    });
    return out;
  },
  hills: (c) => {
    let out = background(c) + `<defs>${glow('sun', c.p[4], 0.95)}</defs>`;
    out += `<circle cx="${n(c.w * c.r.between(0.55, 0.8))}" cy="${n(c.h * 0.3)}" r="${n(c.s * 0.22)}" fill="url(#sun)"/>`;
    [c.p[2], c.p[3], c.p[2], c.p[3]].forEach((color, i) => {
      out += band(c, c.h * (0.45 + i * 0.12), c.h * 0.07, color, 0.5 + i * 0.16);
    });
    return out;
  },
  pines: (c) => {
    let out = background(c);
    out += band(c, c.h * 0.78, c.h * 0.02, c.p[4]);
    const trees = c.r.int(9, 13);
    for (let i = 0; i < trees; i++) {
      const x = c.r.between(0, c.w);
      const height = c.r.between(0.25, 0.55) * c.h;
      const base = c.h * c.r.between(0.8, 0.92);
      const width = height * 0.42;
      const color = i % 2 === 0 ? c.p[2] : c.p[3];
      let tree = '';
      for (let t = 0; t < 3; t++) {
        const top = base - height + (t * height) / 3.4;
        const half = (width / 2) * (0.55 + t * 0.25);
        tree += `<polygon points="${n(x)},${n(top)} ${n(x + half)},${n(top + height / 2.4)} ${n(x - half)},${n(top + height / 2.4)}" fill="${color}"/>`;
      }
      out += tree + `<rect x="${n(x - width * 0.05)}" y="${n(base - height * 0.12)}" width="${n(width * 0.1)}" height="${n(height * 0.12)}" fill="${c.p[0]}"/>`;
    }
    return out;
  },
  bookSpines: (c) => {
    let out = background(c);
    const shelves = [0.48, 0.9];
    for (const shelf of shelves) {
      let x = c.w * 0.05;
      while (x < c.w * 0.95) {
        const bw = c.r.between(0.025, 0.055) * c.w;
        const bh = c.r.between(0.25, 0.36) * c.h;
        const color = c.p[2 + c.r.int(0, 2)];
        const y = shelf * c.h - bh;
        out += `<rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(bh)}" rx="${n(bw * 0.08)}" fill="${color}"/>`;
        out += `<rect x="${n(x)}" y="${n(y + bh * 0.12)}" width="${n(bw)}" height="${n(bh * 0.05)}" fill="${c.p[0]}" opacity="0.35"/>`;
        x += bw + c.r.between(0.002, 0.008) * c.w;
      }
      out += `<rect x="0" y="${n(shelf * c.h)}" width="${c.w}" height="${n(c.h * 0.03)}" fill="${c.p[0]}"/>`;
    }
    return out;
  },
  bookStack: (c) => {
    let out = background(c);
    let y = c.h * 0.86;
    const count = c.r.int(7, 10);
    for (let i = 0; i < count; i++) {
      const bh = c.r.between(0.045, 0.075) * c.h;
      const bw = c.r.between(0.5, 0.72) * c.w;
      const x = c.w / 2 - bw / 2 + c.r.between(-0.05, 0.05) * c.w;
      y -= bh;
      out += `<rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(bh)}" rx="${n(bh * 0.15)}" fill="${c.p[2 + (i % 3)]}"/>`;
      out += `<rect x="${n(x + bw * 0.05)}" y="${n(y + bh * 0.3)}" width="${n(bw * 0.9)}" height="${n(bh * 0.12)}" fill="#ffffff" opacity="0.25"/>`;
    }
    return out + `<rect y="${n(c.h * 0.86)}" width="${c.w}" height="${n(c.h * 0.14)}" fill="${c.p[0]}"/>`;
  },
  house: (c) => {
    let out = background(c) + stars(c, 40, c.h * 0.45);
    out += band(c, c.h * 0.74, c.h * 0.02, c.p[3]);
    const hw = c.s * 0.5;
    const hx = c.w / 2 - hw / 2;
    const hy = c.h * 0.45;
    const hh = c.h * 0.33;
    out += `<rect x="${n(hx)}" y="${n(hy)}" width="${n(hw)}" height="${n(hh)}" fill="${c.p[2]}"/>`;
    out += `<polygon points="${n(hx - hw * 0.08)},${n(hy)} ${n(c.w / 2)},${n(hy - hh * 0.55)} ${n(hx + hw * 1.08)},${n(hy)}" fill="${c.p[0]}"/>`;
    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 3; col++) {
        if (row === 1 && col === 1) continue;
        out += `<rect x="${n(hx + hw * (0.1 + col * 0.3))}" y="${n(hy + hh * (0.15 + row * 0.42))}" width="${n(hw * 0.2)}" height="${n(hh * 0.25)}" fill="${c.p[4]}"/>`;
      }
    }
    return out + `<rect x="${n(hx + hw * 0.41)}" y="${n(hy + hh * 0.55)}" width="${n(hw * 0.18)}" height="${n(hh * 0.45)}" fill="${c.p[0]}"/>`;
  },
  orange: (c) => {
    let out = background(c);
    const cx = c.w * 0.5;
    const cy = c.h * 0.5;
    const radius = c.s * 0.36;
    out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius)}" fill="${c.p[2]}"/>`;
    out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius * 0.9)}" fill="${c.p[4]}"/>`;
    const segments = 10;
    for (let i = 0; i < segments; i++) {
      const a0 = (i / segments) * Math.PI * 2 + 0.05;
      const a1 = ((i + 1) / segments) * Math.PI * 2 - 0.05;
      const inner = radius * 0.1;
      const outer = radius * 0.84;
      out += `<path d="M${n(cx + Math.cos(a0) * inner)} ${n(cy + Math.sin(a0) * inner)} L${n(cx + Math.cos(a0) * outer)} ${n(cy + Math.sin(a0) * outer)} A${n(outer)} ${n(outer)} 0 0 1 ${n(cx + Math.cos(a1) * outer)} ${n(cy + Math.sin(a1) * outer)} L${n(cx + Math.cos(a1) * inner)} ${n(cy + Math.sin(a1) * inner)} Z" fill="${c.p[3]}"/>`;
    }
    for (let i = 0; i < 5; i++) {
      out += `<circle cx="${n(c.r.between(0, c.w))}" cy="${n(c.r.between(0, c.h))}" r="${n(c.s * c.r.between(0.02, 0.05))}" fill="${c.p[3]}" opacity="0.5"/>`;
    }
    return out;
  },
  confetti: (c) => {
    let out = background(c);
    for (let i = 0; i < 130; i++) {
      const color = c.p[2 + (i % 3)];
      const x = c.r.between(0, c.w);
      const y = c.r.between(0, c.h);
      const size = c.r.between(0.016, 0.042) * c.s;
      if (i % 2 === 0) out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size / 2)}" fill="${color}"/>`;
      else out += `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size * 0.45)}" fill="${color}" transform="rotate(${n(c.r.between(0, 180))} ${n(x)} ${n(y)})"/>`;
    }
    return out;
  },
  moonNight: (c) => {
    let out = background(c) + `<defs>${glow('halo', c.p[4], 0.5)}</defs>` + stars(c, 90, c.h * 0.7);
    const mx = c.w * c.r.between(0.6, 0.8);
    const my = c.h * 0.28;
    out += `<circle cx="${n(mx)}" cy="${n(my)}" r="${n(c.s * 0.3)}" fill="url(#halo)"/><circle cx="${n(mx)}" cy="${n(my)}" r="${n(c.s * 0.11)}" fill="${c.p[4]}"/>`;
    return out + band(c, c.h * 0.68, c.h * 0.06, c.p[2]) + band(c, c.h * 0.8, c.h * 0.04, c.p[3]);
  },
  snow: (c) => {
    let out = background(c);
    for (let i = 0; i < 140; i++) {
      const depth = c.r.next();
      out += `<circle cx="${n(c.r.between(0, c.w))}" cy="${n(c.r.between(0, c.h))}" r="${n((2 + depth * 10) * c.s / 1000)}" fill="${c.p[4]}" opacity="${n(0.35 + depth * 0.6)}"/>`;
    }
    return out + band(c, c.h * 0.86, c.h * 0.02, c.p[4], 0.9);
  },
  stringLights: (c) => {
    let out = background(c) + `<defs>${glow('bulb1', c.p[2])}${glow('bulb2', c.p[3])}${glow('bulb3', c.p[4])}</defs>`;
    for (let line = 0; line < 2; line++) {
      const y0 = c.h * (0.2 + line * 0.35);
      const sag = c.h * 0.18;
      out += `<path d="M0 ${n(y0)} Q${n(c.w / 2)} ${n(y0 + sag * 2)} ${c.w} ${n(y0)}" stroke="${c.p[1]}" stroke-width="${n(c.s * 0.004)}" fill="none" opacity="0.8"/>`;
      const bulbs = 11;
      for (let i = 1; i < bulbs; i++) {
        const t = i / bulbs;
        const x = c.w * t;
        const y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * (y0 + sag * 2) + t * t * y0;
        const id = `bulb${(i % 3) + 1}`;
        out += `<circle cx="${n(x)}" cy="${n(y + c.s * 0.02)}" r="${n(c.s * 0.07)}" fill="url(#${id})"/>`;
        out += `<circle cx="${n(x)}" cy="${n(y + c.s * 0.02)}" r="${n(c.s * 0.012)}" fill="${c.p[2 + (i % 3)]}"/>`;
      }
    }
    return out;
  },
  sunset: (c) => {
    let out = background(c) + `<defs>${glow('sunglow', c.p[3], 0.7)}</defs>`;
    const horizon = c.h * 0.62;
    out += `<circle cx="${n(c.w / 2)}" cy="${n(horizon)}" r="${n(c.s * 0.45)}" fill="url(#sunglow)"/>`;
    out += `<circle cx="${n(c.w / 2)}" cy="${n(horizon)}" r="${n(c.s * 0.2)}" fill="${c.p[3]}"/>`;
    out += `<rect y="${n(horizon)}" width="${c.w}" height="${n(c.h - horizon)}" fill="${c.p[2]}"/>`;
    for (let i = 0; i < 9; i++) {
      const y = horizon + (i + 1) * (c.h - horizon) / 10;
      const half = c.s * (0.18 - i * 0.015) * c.r.between(0.8, 1.1);
      out += `<rect x="${n(c.w / 2 - half)}" y="${n(y)}" width="${n(half * 2)}" height="${n(c.h * 0.008)}" rx="${n(c.h * 0.004)}" fill="${c.p[4]}" opacity="0.8"/>`;
    }
    // The far shore: a low ridge that ends at the horizon.
    return out + band(c, horizon - c.h * 0.03, c.h * 0.015, c.p[0], 0.85, horizon);
  },
  bauhaus: (c) => {
    const cols = 4;
    const rows = 3;
    const cw = c.w / cols;
    const ch = c.h / rows;
    let out = `<rect width="${c.w}" height="${c.h}" fill="${c.p[0]}"/>`;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const x = col * cw;
        const y = row * ch;
        const fill = c.p[1 + c.r.int(0, 3)];
        const accent = c.p[1 + c.r.int(0, 3)];
        out += `<rect x="${n(x)}" y="${n(y)}" width="${n(cw)}" height="${n(ch)}" fill="${fill}"/>`;
        const shape = c.r.int(0, 3);
        const m = Math.min(cw, ch);
        if (shape === 0) out += `<circle cx="${n(x + cw / 2)}" cy="${n(y + ch / 2)}" r="${n(m * 0.38)}" fill="${accent}"/>`;
        else if (shape === 1) out += `<path d="M${n(x)} ${n(y + ch)} A${n(m)} ${n(m)} 0 0 1 ${n(x + m)} ${n(y + ch - m)} L${n(x + m)} ${n(y + ch)} Z" fill="${accent}"/>`;
        else if (shape === 2) out += `<polygon points="${n(x)},${n(y)} ${n(x + cw)},${n(y)} ${n(x)},${n(y + ch)}" fill="${accent}"/>`;
        else out += `<rect x="${n(x + cw * 0.25)}" y="${n(y + ch * 0.2)}" width="${n(cw * 0.5)}" height="${n(ch * 0.6)}" fill="${accent}"/>`;
      }
    }
    return out;
  },
  equalizer: (c) => {
    let out = background(c) + `<defs><linearGradient id="bar" x1="0" y1="1" x2="0" y2="0"><stop offset="0" stop-color="${c.p[2]}"/><stop offset="0.6" stop-color="${c.p[3]}"/><stop offset="1" stop-color="${c.p[4]}"/></linearGradient></defs>`;
    const bars = 28;
    const bw = c.w / bars;
    for (let i = 0; i < bars; i++) {
      const envelope = Math.sin((i / (bars - 1)) * Math.PI);
      const bh = c.h * (0.1 + envelope * c.r.between(0.3, 0.62));
      out += `<rect x="${n(i * bw + bw * 0.15)}" y="${n(c.h * 0.5 - bh / 2)}" width="${n(bw * 0.7)}" height="${n(bh)}" rx="${n(bw * 0.35)}" fill="url(#bar)"/>`;
    }
    return out;
  },
  danceArcs: (c) => {
    let out = background(c);
    for (let i = 0; i < 7; i++) {
      const x0 = c.r.between(-0.1, 0.3) * c.w;
      const y0 = c.r.between(0.2, 0.9) * c.h;
      const x1 = c.r.between(0.7, 1.1) * c.w;
      const y1 = c.r.between(0.1, 0.8) * c.h;
      out += `<path d="M${n(x0)} ${n(y0)} C${n(c.r.between(0.2, 0.5) * c.w)} ${n(c.r.between(-0.2, 0.4) * c.h)} ${n(c.r.between(0.5, 0.8) * c.w)} ${n(c.r.between(0.6, 1.2) * c.h)} ${n(x1)} ${n(y1)}" stroke="${c.p[2 + (i % 3)]}" stroke-width="${n(c.s * c.r.between(0.02, 0.06))}" stroke-linecap="round" fill="none" opacity="0.85"/>`;
    }
    return out;
  },
  filmStrip: (c) => {
    let out = background(c);
    const sw = c.h * 0.42;
    const length = Math.hypot(c.w, c.h) * 1.2;
    let strip = `<rect x="${n(-length / 2)}" y="${n(-sw / 2)}" width="${n(length)}" height="${n(sw)}" fill="${c.p[2]}"/>`;
    const frames = 9;
    const fw = length / frames;
    for (let i = 0; i < frames; i++) {
      const x = -length / 2 + i * fw;
      strip += `<rect x="${n(x + fw * 0.08)}" y="${n(-sw * 0.3)}" width="${n(fw * 0.84)}" height="${n(sw * 0.6)}" rx="${n(sw * 0.03)}" fill="${c.p[3 + (i % 2)]}"/>`;
      for (let h = 0; h < 4; h++) {
        const hx = x + (h + 0.3) * (fw / 4);
        strip += `<rect x="${n(hx)}" y="${n(-sw * 0.45)}" width="${n(fw * 0.1)}" height="${n(sw * 0.08)}" rx="2" fill="${c.p[0]}"/><rect x="${n(hx)}" y="${n(sw * 0.37)}" width="${n(fw * 0.1)}" height="${n(sw * 0.08)}" rx="2" fill="${c.p[0]}"/>`;
      }
    }
    return out + `<g transform="translate(${n(c.w / 2)} ${n(c.h / 2)}) rotate(${n(c.r.between(-24, -14))})">${strip}</g>`;
  },
  speechBubbles: (c) => {
    let out = background(c);
    for (let i = 0; i < 6; i++) {
      const bw = c.r.between(0.22, 0.38) * c.w;
      const bh = c.r.between(0.16, 0.26) * c.h;
      const x = c.r.between(0.04, 0.96) * c.w - bw / 2;
      const y = c.r.between(0.08, 0.8) * c.h;
      const color = c.p[2 + (i % 3)];
      const tailLeft = i % 2 === 0;
      const tx = tailLeft ? x + bw * 0.2 : x + bw * 0.8;
      out += `<g opacity="0.88"><rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(bh)}" rx="${n(bh * 0.3)}" fill="${color}"/><polygon points="${n(tx - bw * 0.05)},${n(y + bh - 1)} ${n(tx + bw * 0.05)},${n(y + bh - 1)} ${n(tx + (tailLeft ? -bw * 0.08 : bw * 0.08))},${n(y + bh * 1.35)}" fill="${color}"/></g>`;
    }
    return out;
  },
  leaves: (c) => {
    let out = background(c);
    for (let i = 0; i < 26; i++) {
      const x = c.r.between(0, c.w);
      const y = c.r.between(0, c.h);
      const len = c.s * c.r.between(0.06, 0.13);
      const color = c.p[2 + (i % 3)];
      out += `<g transform="rotate(${n(c.r.between(0, 360))} ${n(x)} ${n(y)})"><ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(len)}" ry="${n(len * 0.42)}" fill="${color}"/><line x1="${n(x - len * 1.25)}" y1="${n(y)}" x2="${n(x + len * 0.8)}" y2="${n(y)}" stroke="${c.p[0]}" stroke-width="${n(len * 0.06)}" opacity="0.5"/></g>`;
    }
    return out;
  },
  flowers: (c) => {
    let out = background(c) + band(c, c.h * 0.86, c.h * 0.015, c.p[3]);
    for (let i = 0; i < 7; i++) {
      const x = c.w * (0.08 + i * 0.14) + c.r.between(-20, 20);
      const headY = c.h * c.r.between(0.3, 0.62);
      const size = c.s * c.r.between(0.05, 0.085);
      out += `<path d="M${n(x)} ${n(c.h * 0.9)} Q${n(x + size)} ${n((headY + c.h) / 2)} ${n(x)} ${n(headY)}" stroke="${c.p[3]}" stroke-width="${n(size * 0.15)}" fill="none"/>`;
      const petalColor = i % 2 === 0 ? c.p[2] : c.p[4];
      for (let p = 0; p < 6; p++) {
        const a = (p / 6) * Math.PI * 2;
        out += `<circle cx="${n(x + Math.cos(a) * size)}" cy="${n(headY + Math.sin(a) * size)}" r="${n(size * 0.62)}" fill="${petalColor}"/>`;
      }
      out += `<circle cx="${n(x)}" cy="${n(headY)}" r="${n(size * 0.55)}" fill="${c.p[1]}"/>`;
    }
    return out;
  },
  gameBoard: (c) => {
    let board = '';
    const cells = 8;
    const size = c.s * 0.11;
    for (let row = 0; row < cells; row++) {
      for (let col = 0; col < cells; col++) {
        board += `<rect x="${n(col * size)}" y="${n(row * size)}" width="${n(size)}" height="${n(size)}" fill="${(row + col) % 2 === 0 ? c.p[2] : c.p[3]}"/>`;
      }
    }
    let out = background(c) + `<g transform="translate(${n(c.w * 0.5)} ${n(c.h * 0.05)}) rotate(28)">${board}</g>`;
    for (let i = 0; i < 3; i++) {
      const d = c.s * 0.13;
      const x = c.w * (0.12 + i * 0.15);
      const y = c.h * c.r.between(0.55, 0.7);
      out += `<g transform="rotate(${n(c.r.between(-20, 20))} ${n(x + d / 2)} ${n(y + d / 2)})"><rect x="${n(x)}" y="${n(y)}" width="${n(d)}" height="${n(d)}" rx="${n(d * 0.18)}" fill="${c.p[4]}"/>`;
      const pips = [[0.5, 0.5], [0.25, 0.25], [0.75, 0.75], [0.25, 0.75], [0.75, 0.25]].slice(0, 1 + ((i * 2) % 5));
      for (const [px, py] of pips) out += `<circle cx="${n(x + d * (px as number))}" cy="${n(y + d * (py as number))}" r="${n(d * 0.08)}" fill="${c.p[0]}"/>`;
      out += '</g>';
    }
    for (let i = 0; i < 2; i++) {
      const x = c.w * (0.2 + i * 0.12);
      const y = c.h * 0.3;
      const ps = c.s * 0.05;
      out += `<polygon points="${n(x - ps)},${n(y + ps * 3)} ${n(x + ps)},${n(y + ps * 3)} ${n(x + ps * 0.4)},${n(y + ps)} ${n(x - ps * 0.4)},${n(y + ps)}" fill="${c.p[i === 0 ? 2 : 3]}"/><circle cx="${n(x)}" cy="${n(y + ps * 0.6)}" r="${n(ps * 0.7)}" fill="${c.p[i === 0 ? 2 : 3]}"/>`;
    }
    return out;
  },
  laptop: (c) => {
    const lw = c.s * 0.8;
    const lh = lw * 0.58;
    const x = c.w / 2 - lw / 2;
    const y = c.h * 0.5 - lh * 0.6;
    let out = background(c) + `<defs>${glow('screen', c.p[4], 0.5)}${linear('display', c.p[3], c.p[2])}</defs>`;
    out += `<ellipse cx="${n(c.w / 2)}" cy="${n(y + lh / 2)}" rx="${n(lw * 0.8)}" ry="${n(lh * 0.8)}" fill="url(#screen)"/>`;
    out += `<rect x="${n(x)}" y="${n(y)}" width="${n(lw)}" height="${n(lh)}" rx="${n(lw * 0.03)}" fill="${c.p[0]}"/>`;
    out += `<rect x="${n(x + lw * 0.04)}" y="${n(y + lw * 0.04)}" width="${n(lw * 0.92)}" height="${n(lh - lw * 0.08)}" rx="${n(lw * 0.01)}" fill="url(#display)"/>`;
    for (let i = 0; i < 4; i++) {
      out += `<rect x="${n(x + lw * 0.1)}" y="${n(y + lh * (0.2 + i * 0.16))}" width="${n(lw * c.r.between(0.35, 0.7))}" height="${n(lh * 0.06)}" rx="${n(lh * 0.03)}" fill="#ffffff" opacity="0.55"/>`;
    }
    return out + `<polygon points="${n(x - lw * 0.08)},${n(y + lh + lw * 0.07)} ${n(x + lw * 1.08)},${n(y + lh + lw * 0.07)} ${n(x + lw)},${n(y + lh)} ${n(x)},${n(y + lh)}" fill="${c.p[0]}"/>`;
  },
  coffee: (c) => {
    const cw = c.s * 0.34;
    const x = c.w / 2 - cw / 2;
    const y = c.h * 0.45;
    const ch = cw * 0.85;
    let out = background(c);
    out += `<ellipse cx="${n(c.w / 2)}" cy="${n(y + ch + cw * 0.05)}" rx="${n(cw * 0.85)}" ry="${n(cw * 0.12)}" fill="${c.p[3]}"/>`;
    out += `<path d="M${n(x)} ${n(y)} L${n(x + cw)} ${n(y)} L${n(x + cw * 0.9)} ${n(y + ch * 0.8)} Q${n(x + cw * 0.85)} ${n(y + ch)} ${n(x + cw * 0.65)} ${n(y + ch)} L${n(x + cw * 0.35)} ${n(y + ch)} Q${n(x + cw * 0.15)} ${n(y + ch)} ${n(x + cw * 0.1)} ${n(y + ch * 0.8)} Z" fill="${c.p[2]}"/>`;
    out += `<path d="M${n(x + cw * 0.95)} ${n(y + ch * 0.2)} C${n(x + cw * 1.35)} ${n(y + ch * 0.15)} ${n(x + cw * 1.3)} ${n(y + ch * 0.65)} ${n(x + cw * 0.88)} ${n(y + ch * 0.62)}" stroke="${c.p[2]}" stroke-width="${n(cw * 0.07)}" fill="none"/>`;
    for (let i = 0; i < 3; i++) {
      const sx = x + cw * (0.3 + i * 0.2);
      out += `<path d="M${n(sx)} ${n(y - cw * 0.08)} C${n(sx - cw * 0.12)} ${n(y - cw * 0.3)} ${n(sx + cw * 0.12)} ${n(y - cw * 0.45)} ${n(sx)} ${n(y - cw * 0.7)}" stroke="${c.p[4]}" stroke-width="${n(cw * 0.035)}" stroke-linecap="round" fill="none" opacity="0.7"/>`;
    }
    return out;
  },
  rainbow: (c) => {
    let out = background(c);
    const colors = [c.p[2], c.p[3], c.p[4], c.p[2], c.p[3], c.p[4]];
    const cx = c.w / 2;
    const cy = c.h * 0.95;
    const thickness = c.s * 0.055;
    colors.forEach((color, i) => {
      const radius = c.s * 0.7 - i * thickness;
      out += `<path d="M${n(cx - radius)} ${n(cy)} A${n(radius)} ${n(radius)} 0 0 1 ${n(cx + radius)} ${n(cy)}" stroke="${color}" stroke-width="${n(thickness)}" fill="none" opacity="${n(1 - i * 0.08)}"/>`;
    });
    for (let i = 0; i < 3; i++) {
      const x = c.r.between(0.1, 0.9) * c.w;
      const y = c.r.between(0.1, 0.35) * c.h;
      const size = c.s * c.r.between(0.05, 0.08);
      out += `<g fill="#ffffff" opacity="0.9"><circle cx="${n(x)}" cy="${n(y)}" r="${n(size)}"/><circle cx="${n(x + size)}" cy="${n(y + size * 0.2)}" r="${n(size * 0.8)}"/><circle cx="${n(x - size)}" cy="${n(y + size * 0.25)}" r="${n(size * 0.7)}"/></g>`;
    }
    return out;
  },
  fireworks: (c) => {
    let out = background(c) + stars(c, 50, c.h);
    for (let burst = 0; burst < 5; burst++) {
      const x = c.r.between(0.12, 0.88) * c.w;
      const y = c.r.between(0.15, 0.6) * c.h;
      const radius = c.s * c.r.between(0.1, 0.2);
      const color = c.p[2 + (burst % 3)];
      const rays = 18;
      for (let i = 0; i < rays; i++) {
        const a = (i / rays) * Math.PI * 2;
        out += `<line x1="${n(x + Math.cos(a) * radius * 0.25)}" y1="${n(y + Math.sin(a) * radius * 0.25)}" x2="${n(x + Math.cos(a) * radius)}" y2="${n(y + Math.sin(a) * radius)}" stroke="${color}" stroke-width="${n(c.s * 0.006)}" stroke-linecap="round"/>`;
        out += `<circle cx="${n(x + Math.cos(a) * radius * 1.12)}" cy="${n(y + Math.sin(a) * radius * 1.12)}" r="${n(c.s * 0.005)}" fill="${color}"/>`;
      }
    }
    return out + band(c, c.h * 0.88, c.h * 0.02, c.p[0]);
  },
  softGradient: (c) => {
    let out = background(c, false) + `<defs>${glow('blob1', c.p[2], 0.7)}${glow('blob2', c.p[3], 0.6)}${glow('blob3', c.p[4], 0.5)}</defs>`;
    out += `<ellipse cx="${n(c.w * 0.25)}" cy="${n(c.h * 0.3)}" rx="${n(c.w * 0.45)}" ry="${n(c.h * 0.5)}" fill="url(#blob1)"/>`;
    out += `<ellipse cx="${n(c.w * 0.75)}" cy="${n(c.h * 0.7)}" rx="${n(c.w * 0.4)}" ry="${n(c.h * 0.45)}" fill="url(#blob2)"/>`;
    return out + `<ellipse cx="${n(c.w * 0.6)}" cy="${n(c.h * 0.2)}" rx="${n(c.w * 0.25)}" ry="${n(c.h * 0.25)}" fill="url(#blob3)"/>`;
  },
  dotPattern: (c) => {
    let out = `<rect width="${c.w}" height="${c.h}" fill="${c.p[0]}"/>`;
    const gap = c.s * 0.06;
    for (let y = gap / 2; y < c.h; y += gap) {
      for (let x = gap / 2; x < c.w; x += gap) {
        const wave = Math.sin(x / c.w * Math.PI * 2 + y / c.h * Math.PI);
        out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(gap * (0.18 + 0.14 * wave))}" fill="${c.p[wave > 0.3 ? 2 : wave > -0.3 ? 3 : 4]}"/>`;
      }
    }
    return out;
  },
  inkPen: (c) => {
    let out = background(c);
    const bx = c.w * 0.4;
    const by = c.h * 0.68;
    const br = c.s * 0.16;
    let blob = '';
    const points = 12;
    for (let i = 0; i <= points; i++) {
      const a = (i / points) * Math.PI * 2;
      const radius = br * c.r.between(0.75, 1.25);
      blob += `${i === 0 ? 'M' : 'L'}${n(bx + Math.cos(a) * radius)} ${n(by + Math.sin(a) * radius * 0.7)} `;
    }
    out += `<path d="${blob}Z" fill="${c.p[2]}" stroke="${c.p[2]}" stroke-width="${n(br * 0.3)}" stroke-linejoin="round"/>`;
    for (let i = 0; i < 6; i++) {
      out += `<circle cx="${n(bx + c.r.between(-2.2, 2.2) * br)}" cy="${n(by + c.r.between(-1.3, 1.3) * br)}" r="${n(br * c.r.between(0.05, 0.14))}" fill="${c.p[2]}"/>`;
    }
    const pen = `<rect x="-${n(c.s * 0.05)}" y="-${n(c.s * 0.6)}" width="${n(c.s * 0.1)}" height="${n(c.s * 0.45)}" rx="${n(c.s * 0.02)}" fill="${c.p[3]}"/><rect x="-${n(c.s * 0.052)}" y="-${n(c.s * 0.3)}" width="${n(c.s * 0.104)}" height="${n(c.s * 0.03)}" fill="${c.p[4]}"/><polygon points="-${n(c.s * 0.05)},-${n(c.s * 0.15)} ${n(c.s * 0.05)},-${n(c.s * 0.15)} 0,0" fill="${c.p[4]}"/><line x1="0" y1="-${n(c.s * 0.13)}" x2="0" y2="-${n(c.s * 0.02)}" stroke="${c.p[0]}" stroke-width="${n(c.s * 0.006)}"/>`;
    return out + `<g transform="translate(${n(bx + br * 1.1)} ${n(by - br * 0.8)}) rotate(35)">${pen}</g>`;
  },
  masks: (c) => {
    let out = background(c);
    const mask = (x: number, y: number, rot: number, color: string, happy: boolean): string => {
      const mw = c.s * 0.26;
      const mh = c.s * 0.34;
      const mouth = happy
        ? `M${n(-mw * 0.4)} ${n(mh * 0.3)} Q0 ${n(mh * 0.65)} ${n(mw * 0.4)} ${n(mh * 0.3)}`
        : `M${n(-mw * 0.4)} ${n(mh * 0.5)} Q0 ${n(mh * 0.2)} ${n(mw * 0.4)} ${n(mh * 0.5)}`;
      return `<g transform="translate(${n(x)} ${n(y)}) rotate(${rot})"><ellipse rx="${n(mw)}" ry="${n(mh)}" fill="${color}"/><ellipse cx="${n(-mw * 0.38)}" cy="${n(-mh * 0.15)}" rx="${n(mw * 0.18)}" ry="${n(mh * 0.1)}" fill="${c.p[0]}"/><ellipse cx="${n(mw * 0.38)}" cy="${n(-mh * 0.15)}" rx="${n(mw * 0.18)}" ry="${n(mh * 0.1)}" fill="${c.p[0]}"/><path d="${mouth}" stroke="${c.p[0]}" stroke-width="${n(mw * 0.12)}" stroke-linecap="round" fill="none"/></g>`;
    };
    out += mask(c.w * 0.4, c.h * 0.45, -14, c.p[2], true);
    return out + mask(c.w * 0.6, c.h * 0.55, 12, c.p[3], false);
  },
  balloons: (c) => {
    let out = background(c);
    for (let i = 0; i < 9; i++) {
      const x = c.r.between(0.1, 0.9) * c.w;
      const y = c.r.between(0.12, 0.7) * c.h;
      const rx = c.s * c.r.between(0.06, 0.09);
      const color = c.p[2 + (i % 3)];
      out += `<path d="M${n(x)} ${n(y + rx * 1.25)} q${n(rx * 0.3)} ${n(rx * 1.5)} ${n(-rx * 0.2)} ${n(rx * 3.2)}" stroke="${c.p[0]}" stroke-width="${n(rx * 0.04)}" fill="none" opacity="0.6"/>`;
      out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(rx * 1.25)}" fill="${color}"/><ellipse cx="${n(x - rx * 0.35)}" cy="${n(y - rx * 0.5)}" rx="${n(rx * 0.18)}" ry="${n(rx * 0.3)}" fill="#ffffff" opacity="0.4"/>`;
    }
    return out;
  },
  iceSkating: (c) => {
    let out = background(c);
    for (let i = 0; i < 12; i++) {
      const y = c.r.between(0.1, 0.9) * c.h;
      out += `<path d="M${n(c.r.between(-0.2, 0.2) * c.w)} ${n(y)} C${n(c.w * 0.3)} ${n(y + c.r.between(-0.4, 0.4) * c.h)} ${n(c.w * 0.7)} ${n(y + c.r.between(-0.4, 0.4) * c.h)} ${n(c.r.between(0.8, 1.2) * c.w)} ${n(c.r.between(0.1, 0.9) * c.h)}" stroke="${c.p[2 + (i % 3)]}" stroke-width="${n(c.s * c.r.between(0.003, 0.012))}" fill="none" opacity="0.8"/>`;
    }
    return out;
  },
  campfire: (c) => {
    let out = background(c) + `<defs>${glow('fireglow', c.p[3], 0.55)}</defs>` + stars(c, 40, c.h * 0.4);
    const cx = c.w / 2;
    const base = c.h * 0.78;
    const size = c.s * 0.3;
    out += `<circle cx="${n(cx)}" cy="${n(base - size * 0.4)}" r="${n(size * 1.6)}" fill="url(#fireglow)"/>`;
    out += band(c, base + size * 0.1, c.h * 0.01, c.p[1]);
    const flame = (scale: number, color: string): string => `<path d="M${n(cx)} ${n(base - size * scale * 1.6)} C${n(cx + size * scale * 0.7)} ${n(base - size * scale * 0.8)} ${n(cx + size * scale * 0.6)} ${n(base)} ${n(cx)} ${n(base)} C${n(cx - size * scale * 0.6)} ${n(base)} ${n(cx - size * scale * 0.7)} ${n(base - size * scale * 0.8)} ${n(cx)} ${n(base - size * scale * 1.6)} Z" fill="${color}"/>`;
    out += flame(1, c.p[2]) + flame(0.7, c.p[3]) + flame(0.4, c.p[4]);
    for (const angle of [-12, 12]) {
      out += `<rect x="${n(cx - size * 0.8)}" y="${n(base - size * 0.05)}" width="${n(size * 1.6)}" height="${n(size * 0.16)}" rx="${n(size * 0.08)}" fill="${c.p[1]}" transform="rotate(${angle} ${n(cx)} ${n(base)})"/>`;
    }
    return out;
  },
  cityMap: (c) => {
    let out = `<rect width="${c.w}" height="${c.h}" fill="${c.p[0]}"/>`;
    let grid = '';
    const step = c.s * 0.09;
    const span = Math.hypot(c.w, c.h);
    for (let i = -span; i < span; i += step * c.r.between(0.8, 1.4)) {
      grid += `<line x1="${n(i)}" y1="${n(-span)}" x2="${n(i)}" y2="${n(span)}" stroke="${c.p[1]}" stroke-width="${n(c.s * c.r.between(0.006, 0.016))}"/>`;
      grid += `<line x1="${n(-span)}" y1="${n(i)}" x2="${n(span)}" y2="${n(i)}" stroke="${c.p[1]}" stroke-width="${n(c.s * c.r.between(0.006, 0.016))}"/>`;
    }
    out += `<g transform="translate(${n(c.w / 2)} ${n(c.h / 2)}) rotate(${n(c.r.between(8, 20))})">${grid}</g>`;
    for (let i = 0; i < 5; i++) {
      out += `<rect x="${n(c.r.between(0.05, 0.85) * c.w)}" y="${n(c.r.between(0.05, 0.85) * c.h)}" width="${n(c.s * 0.1)}" height="${n(c.s * 0.07)}" fill="${c.p[3]}" opacity="0.75"/>`;
    }
    out += `<path d="M${n(-0.05 * c.w)} ${n(c.h * 0.75)} C${n(c.w * 0.3)} ${n(c.h * 0.55)} ${n(c.w * 0.55)} ${n(c.h * 0.95)} ${n(c.w * 1.05)} ${n(c.h * 0.6)}" stroke="${c.p[2]}" stroke-width="${n(c.s * 0.07)}" fill="none"/>`;
    return out + `<circle cx="${n(c.w * 0.62)}" cy="${n(c.h * 0.38)}" r="${n(c.s * 0.03)}" fill="${c.p[4]}"/>`;
  },
  microphone: (c) => {
    let out = background(c) + `<defs>${glow('spot', c.p[4], 0.5)}</defs>`;
    const cx = c.w / 2;
    out += `<ellipse cx="${n(cx)}" cy="${n(c.h * 0.5)}" rx="${n(c.s * 0.5)}" ry="${n(c.h * 0.5)}" fill="url(#spot)"/>`;
    const mw = c.s * 0.16;
    const top = c.h * 0.22;
    out += `<rect x="${n(cx - mw / 2)}" y="${n(top)}" width="${n(mw)}" height="${n(mw * 1.7)}" rx="${n(mw / 2)}" fill="${c.p[2]}"/>`;
    for (let i = 1; i < 5; i++) {
      out += `<line x1="${n(cx - mw / 2)}" y1="${n(top + i * mw * 0.3)}" x2="${n(cx + mw / 2)}" y2="${n(top + i * mw * 0.3)}" stroke="${c.p[0]}" stroke-width="${n(mw * 0.03)}" opacity="0.6"/>`;
    }
    out += `<path d="M${n(cx - mw * 0.8)} ${n(top + mw)} Q${n(cx - mw * 0.8)} ${n(top + mw * 2.4)} ${n(cx)} ${n(top + mw * 2.4)} Q${n(cx + mw * 0.8)} ${n(top + mw * 2.4)} ${n(cx + mw * 0.8)} ${n(top + mw)}" stroke="${c.p[3]}" stroke-width="${n(mw * 0.1)}" fill="none"/>`;
    out += `<rect x="${n(cx - mw * 0.06)}" y="${n(top + mw * 2.4)}" width="${n(mw * 0.12)}" height="${n(c.h * 0.85 - top - mw * 2.4)}" fill="${c.p[3]}"/>`;
    return out + `<ellipse cx="${n(cx)}" cy="${n(c.h * 0.86)}" rx="${n(mw * 1.2)}" ry="${n(mw * 0.2)}" fill="${c.p[3]}"/>`;
  },
};

export function artworkSvg(spec: ArtworkSpec): string {
  const canvas: Canvas = {
    w: spec.width,
    h: spec.height,
    s: Math.min(spec.width, spec.height),
    p: spec.palette,
    r: createRandom(`${spec.style}|${spec.seed}`),
  };
  const body = styles[spec.style](canvas);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}">${body}</svg>`;
}
