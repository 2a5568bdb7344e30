// Turns a word into SVG outlines in one of the installed fonts, for hand-building logo.svg
// wordmarks that render the same everywhere (share cards have no system fonts to fall back on).
//
//   node themes/tools/outline-text.ts --font @fontsource/nunito --weight 800 --size 32 [--tracking=-0.5] "Bydelshus"
//
// Prints a <path>: x starts at the ink's left edge, y = 0 is the top of the line box (line-height 1),
// so words set at the same size line up on one baseline. The comment gives the ink bounds.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import satori from 'satori';

import { FONT_PACKAGES, type FontPackage } from '../types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    font: { type: 'string', default: '@fontsource/source-sans-3' },
    weight: { type: 'string', default: '700' },
    size: { type: 'string', default: '32' },
    tracking: { type: 'string', default: '0' },
  },
});

const text = positionals.join(' ');
const pkg = values.font as FontPackage;
if (!text || !(pkg in FONT_PACKAGES)) {
  console.error(`Usage: outline-text.ts --font <${Object.keys(FONT_PACKAGES).join('|')}> --weight 700 --size 32 "Text"`);
  process.exit(1);
}
const weight = Number(values.weight);
const size = Number(values.size);
const family = FONT_PACKAGES[pkg].family;
const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
const id = pkg.slice(pkg.indexOf('/') + 1);
const fonts = ['latin', 'latin-ext'].map((subset) => ({
  name: subset === 'latin' ? family : `${family} ${subset}`,
  data: readFileSync(join(dir, 'files', `${id}-${subset}-${weight}-normal.woff`)),
  weight: weight as 400,
  style: 'normal' as const,
}));

const svg = await satori(
  {
    type: 'div',
    props: {
      style: { display: 'flex', fontFamily: family, fontWeight: weight, fontSize: size, letterSpacing: Number(values.tracking), lineHeight: 1 },
      children: text,
    },
    // satori takes plain element objects; its types only name React's.
  } as unknown as Parameters<typeof satori>[0],
  { width: Math.ceil(size * text.length * 1.2), height: Math.ceil(size * 2), fonts },
);

// Every path command's coordinates are absolute x,y pairs; shift x so the ink starts at 0.
const paths = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((match) => match[1] ?? '');
const numbers = paths.join(' ').match(/-?\d*\.?\d+/g)?.map(Number) ?? [];
const xs = numbers.filter((_, i) => i % 2 === 0);
const ys = numbers.filter((_, i) => i % 2 === 1);
const minX = Math.min(...xs);
const minY = Math.min(...ys);
const shift = (d: string) => {
  let i = 0;
  return d.replace(/-?\d*\.?\d+/g, (n) => {
    const v = Number(n) - (i++ % 2 === 0 ? minX : 0);
    return String(Math.round(v * 10) / 10);
  });
};
const round = (n: number) => Math.round(n * 10) / 10;
console.log(`<!-- "${text}" ${family} ${weight}, ${size}px: ink x 0–${round(Math.max(...xs) - minX)}, y ${round(minY)}–${round(Math.max(...ys))} -->`);
console.log(`<path d="${paths.map(shift).join('')}"/>`);
