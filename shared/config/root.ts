/**
 * The project root. Modules here also run bundled inside an Astro build (where
 * import.meta.url points into dist/…/chunks), so the root is found by looking for this
 * very file: next to the source, then FASETT_ROOT (set by astro.config.mjs), then the cwd.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function projectRoot(): string {
  if (found) return found;
  const candidates = [resolve(dirname(fileURLToPath(import.meta.url)), '../..'), process.env.FASETT_ROOT, process.cwd()].filter(
    (dir): dir is string => !!dir,
  );
  found = candidates.find((dir) => existsSync(join(dir, 'shared', 'config', 'root.ts')));
  if (!found) throw new Error(`Cannot find the Fasett project root (looked in ${candidates.join(', ')}); set FASETT_ROOT`);
  return found;
}
