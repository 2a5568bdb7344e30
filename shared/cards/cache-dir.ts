// Where the card renderer keeps what it made: $FASETT_CACHE_DIR, or .cache in the project.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function cardCacheRoot(): string {
  if (process.env.FASETT_CACHE_DIR) return resolve(process.env.FASETT_CACHE_DIR);
  // Two levels up from this file is the project; bundled (an Astro build) it is not, and the
  // build runs in the project folder.
  const candidates = [resolve(dirname(fileURLToPath(import.meta.url)), '../..'), process.cwd()];
  const root = candidates.find((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'shared', 'cards'))) ?? process.cwd();
  return join(root, '.cache');
}
