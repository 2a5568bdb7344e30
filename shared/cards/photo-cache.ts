// Photos prepared for cards (crops, their 256-colour versions), kept on disk for every process.
//
// Each site is built by its own process, and each made the same crops again: a hundred venue
// photos in three card boxes, 50–300 ms each, on every site with the same card layout, on every
// cold build. On disk they are made once. A file is named by a hash of everything that makes it
// (the photo's bytes, the box, the options: the caller's key) and of the renderer's code, and
// written under a temporary name and renamed: a file read back is byte for byte what would be
// made now, and a build killed half-way leaves no half-written one.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardCacheRoot } from './cache-dir.ts';
import { rendererFingerprint } from './hash.ts';

export interface Kept<Meta> {
  meta: Meta;
  bytes?: Buffer;
}

const counts = { made: 0, read: 0 };

/** Photos this process made, and read back from the disk, since it started. */
export function keptPhotoStats(): { made: number; read: number } {
  return { ...counts };
}

const folder = () => join(cardCacheRoot(), 'card-photos');

function fileFor(key: string): string {
  const name = createHash('sha256').update(`${rendererFingerprint()}\n${key}`).digest('hex').slice(0, 40);
  return join(folder(), name.slice(0, 2), `${name}.bin`);
}

// A file: the metadata's length (4 bytes), the metadata as JSON, then the bytes.
function pack<Meta>({ meta, bytes }: Kept<Meta>): Buffer {
  const json = Buffer.from(JSON.stringify({ meta, bytes: bytes?.length }));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(json.length);
  return Buffer.concat([head, json, bytes ?? Buffer.alloc(0)]);
}

/** The file's contents, or undefined when it is not whole (someone else cut it short). */
function unpack<Meta>(file: Buffer): Kept<Meta> | undefined {
  const length = file.readUInt32BE(0);
  const { meta, bytes } = JSON.parse(file.toString('utf8', 4, 4 + length)) as { meta: Meta; bytes?: number };
  if (file.length !== 4 + length + (bytes ?? 0)) return undefined;
  return bytes === undefined ? { meta } : { meta, bytes: file.subarray(4 + length) };
}

/** What `make` makes for `key`, from the disk when an earlier process (or this one) made it. */
export async function keptOnDisk<Meta>(key: string, make: () => Promise<Kept<Meta>>): Promise<Kept<Meta>> {
  const file = fileFor(key);
  try {
    const kept = unpack<Meta>(await readFile(file));
    if (kept) {
      counts.read++;
      return kept;
    }
  } catch {
    // not made yet (or unreadable): make it
  }
  const made = await make();
  counts.made++;
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(partial, pack(made));
    await rename(partial, file);
  } catch {
    // A full or read-only disk costs the next process the time, never this card.
    await rm(partial, { force: true });
  }
  return made;
}
