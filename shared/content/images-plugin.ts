/**
 * A Vite plugin exposing the dataset's image files as `virtual:fasett/images`: a map from
 * asset id to the image imported the ordinary Astro way, so dataset images go through
 * Astro's own pipeline (sharp, responsive sizes, content-hashed cache) like any import.
 * Every imported image is shipped with the site, so a static build imports only the images
 * its shown, published documents use (`used`); the preview imports all, drafts' too.
 */
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { Plugin } from 'vite';
import type { Dataset } from './dataset.ts';

const ID = 'virtual:fasett/images';
const RESOLVED = `\0${ID}`;

export function datasetImagesPlugin(dataset: Dataset | undefined, used?: ReadonlySet<string>): Plugin {
  return {
    name: 'fasett:dataset-images',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!dataset) return 'export default {};';
      // A missing or corrupt file must not break the build: it is left out here, the
      // rulebook reports it, and pages fall back to no image.
      const entries = (await Promise.all(
        [...dataset.assetFiles]
          .filter(([assetId]) => assetId.startsWith('image-') && (!used || used.has(assetId)))
          .map(async (entry) => ((await isReadableImage(entry[1])) ? entry : undefined)),
      )).filter((entry): entry is [string, string] => entry !== undefined);
      const imports = entries.map(([, file], i) => `import i${i} from ${JSON.stringify(file)};`);
      const map = entries.map(([assetId], i) => `${JSON.stringify(assetId)}: i${i}`);
      return `${imports.join('\n')}\nexport default {${map.join(',\n')}};`;
    },
  };
}

async function isReadableImage(file: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  try {
    const { width, height } = await sharp(file).metadata();
    return !!width && !!height;
  } catch {
    return false;
  }
}
