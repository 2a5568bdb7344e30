// The content hash of a card: exactly what it shows (text, status, the theme tokens and fonts it
// uses, the logo, the image bytes) plus the renderer itself, so an unchanged card is never
// drawn twice and a changed renderer never serves an old picture.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreparedCard } from './types.ts';
import type { CardSize } from './types.ts';

/**
 * Bump to invalidate every cached card (the source fingerprint below usually does it for you).
 * 2: the photo is pasted into the rasterised card instead of drawn by librsvg (raster.ts).
 * 3: a photo too heavy for a truecolour card is pasted in 256 colours of its own (image.ts).
 * 4: a card with a photo is a JPEG (CardFormat).
 */
export const RENDERER_VERSION = 4;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const require = createRequire(import.meta.url);

/**
 * The renderer's own code and its libraries. The card modules are found beside this file, or
 * under shared/cards in the working directory when this code runs bundled (an Astro build).
 */
function sourceFolder(): string | undefined {
  const candidates = [dirname(fileURLToPath(import.meta.url)), resolve(process.cwd(), 'shared', 'cards')];
  return candidates.find((dir) => existsSync(join(dir, 'render.ts')) && existsSync(join(dir, 'hash.ts')));
}

/** A package's version from its package.json, found beside its entry point (sharp does not export ./package.json). */
function packageVersion(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    // not exported: look beside the entry point
  }
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? '';
    }
  }
  return 'unknown';
}

let renderer: string | undefined;

export function rendererFingerprint(): string {
  if (renderer) return renderer;
  const hash = createHash('sha256').update(`fasett-cards ${RENDERER_VERSION}\n`);
  // harfbuzzjs and linebreak: the title model (title-model.ts) picks title sizes with them.
  for (const pkg of ['satori', 'sharp', '@twemoji/svg', 'harfbuzzjs', 'linebreak']) hash.update(`${pkg}@${packageVersion(pkg)}\n`);
  const folder = sourceFolder();
  if (folder) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(`${file}\n`).update(readFileSync(join(folder, file)));
    }
  }
  renderer = hash.digest('hex').slice(0, 16);
  return renderer;
}

/** JSON with sorted keys, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function cardHash(prepared: PreparedCard, size: CardSize, maxBytes: number): string {
  const { design, content, image } = prepared;
  const shown = {
    renderer: rendererFingerprint(),
    size,
    maxBytes,
    format: prepared.format,
    content,
    design: {
      layout: design.layout,
      colors: design.colors,
      accent: design.accent,
      pattern: design.pattern,
      status: design.status,
      radius: design.radius,
      radiusControl: design.radiusControl,
      fonts: {
        heading: design.fonts.heading,
        body: design.fonts.body,
        bodyStrong: design.fonts.bodyStrong,
        files: design.fonts.fingerprint,
      },
      logo: sha256(design.logo.svg),
    },
    // The bytes' hash, or "missing" (the card shows the pattern and carries a warning).
    image: image.hash,
    // Problems found before drawing (an unknown accent) are part of what is stored.
    problems: prepared.problems.map((problem) => problem.message),
  };
  return sha256(canonical(shown)).slice(0, 32);
}
