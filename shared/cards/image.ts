// The card's photo: read once (its bytes are hashed for the cache), cropped to the exact box with
// sharp before satori sees it, so satori only places a ready JPEG. A missing, corrupt or blank
// image becomes a warning, and the card gets the themed pattern instead.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { CardImage, CardProblem } from './types.ts';

export interface ImageBytes {
  bytes: Buffer | null;
  /** sha256 of the bytes; "missing" when a path was given but could not be read. */
  hash: string | null;
  problem?: CardProblem;
}

function describeImage(image: CardImage): string {
  return 'path' in image ? `«${image.path}»` : 'som ble sendt med';
}

export async function readCardImage(image: CardImage | undefined): Promise<ImageBytes> {
  if (!image) return { bytes: null, hash: null };
  let bytes: Buffer;
  if ('path' in image) {
    try {
      bytes = await readFile(image.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        bytes: null,
        hash: 'missing',
        problem: {
          rule: 'image-missing',
          severity: 'warning',
          message:
            `Bildet ${describeImage(image)} ${code === 'ENOENT' ? 'finnes ikke' : `kunne ikke leses (${code ?? 'ukjent feil'})`}, ` +
            'så delingskortet viser temaets mønster i stedet. Last opp bildet på nytt.',
        },
      };
    }
  } else {
    bytes = image.buffer;
  }
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

export type PreparedImage = { dataUrl: string } | { problem: CardProblem };

const prepared = new Map<string, PreparedImage>();
const PREPARED_KEPT = 32;

// Below this spread in every channel the picture is one flat colour: nothing to show.
const FLAT = 3;

function isFlat(data: Buffer, channels: number): boolean {
  const min = new Array<number>(channels).fill(255);
  const max = new Array<number>(channels).fill(0);
  for (let i = 0; i + channels <= data.length; i += channels) {
    for (let c = 0; c < channels; c++) {
      const v = data[i + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return min.every((lo, c) => max[c]! - lo <= FLAT);
}

/** Crops (object-fit: cover, around the most interesting part) and encodes the photo for a box. */
export async function prepareImage(
  source: ImageBytes & { bytes: Buffer },
  box: { width: number; height: number },
  options: { grayscale: boolean },
): Promise<PreparedImage> {
  const key = `${source.hash} ${box.width}x${box.height} ${options.grayscale ? 'gray' : 'color'}`;
  const cached = prepared.get(key);
  if (cached) return cached;
  let result: PreparedImage;
  try {
    let pipeline = sharp(source.bytes, { failOn: 'error' })
      .rotate()
      .resize(box.width, box.height, { fit: 'cover', position: sharp.strategy.attention })
      .removeAlpha();
    if (options.grayscale) pipeline = pipeline.grayscale();
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (isFlat(data, info.channels)) {
      result = {
        problem: {
          rule: 'image-blank',
          severity: 'warning',
          message: 'Bildet er én flat farge uten motiv, så delingskortet viser temaets mønster i stedet. Velg et annet bilde.',
        },
      };
    } else {
      const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
        .jpeg({ quality: 86, chromaSubsampling: '4:4:4' })
        .toBuffer();
      result = { dataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}` };
    }
  } catch (error) {
    result = {
      problem: {
        rule: 'image-corrupt',
        severity: 'warning',
        message:
          `Bildet kunne ikke leses som et bilde (${(error as Error).message.split('\n')[0]}), ` +
          'så delingskortet viser temaets mønster i stedet. Last opp bildet på nytt, som JPEG eller PNG.',
      },
    };
  }
  if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, result);
  return result;
}
