/**
 * Astro's sharp image service with one content-hash cache shared by every site. Astro keeps
 * a transform cache per build folder, so twelve sites showing the same venue photo would
 * re-encode it twelve times; here each (image bytes, transform) is encoded once, across
 * sites and builds. Writes are atomic (temp file + rename) because sites build in parallel.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharpService from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import { projectRoot } from '../config/root.ts';

type Transform = Parameters<LocalImageService['transform']>[1];

function cacheDir(): string {
  const dir = join(process.env.FASETT_CACHE_DIR ?? join(projectRoot(), '.cache'), 'images');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The key: the source bytes and every transform option except where the source lives. */
function transformKey(input: Uint8Array, transform: Transform): string {
  const { src: _src, ...options } = transform as Transform & { src?: unknown };
  const sorted = JSON.stringify(options, Object.keys(options).sort());
  return createHash('sha256').update(input).update('\0').update(sorted).digest('hex').slice(0, 40);
}

const service: LocalImageService = {
  ...(sharpService as LocalImageService),
  async transform(input, transform, config, logger) {
    const key = transformKey(input, transform);
    const dir = cacheDir();
    const file = join(dir, `${key}.bin`);
    try {
      const cached = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { format: string };
      return { data: readFileSync(file), format: cached.format as never };
    } catch {
      // not cached yet
    }
    const result = await (sharpService as LocalImageService).transform(input, transform, config, logger);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, result.data);
    renameSync(partial, file);
    // The metadata is written last: a reader that finds it finds a complete image.
    writeFileSync(`${partial}.json`, JSON.stringify({ format: result.format }));
    renameSync(`${partial}.json`, `${file}.json`);
    return result;
  },
};

export default service;
