/** Images: every image speaks to screen readers, and the ones that become hero or share images are big enough. */
import type { Finding, Rule, RuleContext } from '../types.ts';
import { hasText, isObject, joinPath, refOf, type PlainObject } from '../values.ts';
import { labelOf, walkDocument } from '../walk.ts';

const IMAGE_TYPES = ['site', 'event', 'campaign', 'page', 'article'];

function imagesOf(document: Parameters<Rule['check']>[0]): Array<{ path: string; image: PlainObject; label: string }> {
  const images: Array<{ path: string; image: PlainObject; label: string }> = [];
  walkDocument(document, (node) => {
    if (node.spec.kind === 'image' && isObject(node.value)) images.push({ path: node.path, image: node.value, label: labelOf(node) });
  });
  return images;
}

/** An image field that points at a file: an asset reference, or an export's `_sanityAsset`. */
function hasImageFile(image: PlainObject): boolean {
  return refOf(image.asset) !== undefined || hasText(image._sanityAsset);
}

export const imageAltRequired: Rule = {
  id: 'image.altRequired',
  severity: 'error',
  appliesTo: IMAGE_TYPES,
  description: 'Alle bilder som ikke er markert som dekorative, har alternativ tekst – også bilder inne i teksten.',
  check(document) {
    const found: Finding[] = [];
    for (const { path, image, label } of imagesOf(document)) {
      if (image.decorative === true) continue;
      // A non-text alt is field.type's to report.
      if (image.alt !== undefined && image.alt !== null && typeof image.alt !== 'string') continue;
      if (hasText(image.alt)) continue;
      // An image slot with neither file nor text is an empty field, not an image without alt.
      if (!hasImageFile(image)) continue;
      found.push({
        field: joinPath(path, 'alt'),
        message: `«${label}» mangler alternativ tekst. Beskriv kort hva bildet viser, eller kryss av for «Dekorativt bilde» hvis det bare er pynt.`,
      });
    }
    return found;
  },
};

export const imageFileRequired: Rule = {
  id: 'image.fileRequired',
  severity: 'warning',
  appliesTo: IMAGE_TYPES,
  description: 'Et bildefelt som er i bruk, har en bildefil (ellers vises ikke bildet).',
  check(document) {
    const found: Finding[] = [];
    for (const { path, image, label } of imagesOf(document)) {
      if (hasImageFile(image)) continue;
      // Only complain when the editor has started on the image (alt text written), or the file was lost on the way.
      if (!hasText(image.alt) && image.decorative !== true && !('_sanityAsset' in image) && !('asset' in image)) continue;
      found.push({
        field: joinPath(path, 'asset'),
        message: `«${label}» har ingen bildefil, så bildet vises ikke. Last opp bildet på nytt, eller fjern bildefeltet.`,
      });
    }
    return found;
  },
};

/** Hero and share images are cropped to 1200 × 630 share cards, so they must be at least that wide. */
export const MIN_SHARE_IMAGE_WIDTH = 1200;

const WIDE_IMAGES: Record<string, string[]> = {
  campaign: ['hero.image'],
  site: ['shareImage'],
  page: ['seo.shareImage'],
};

async function wideImages(
  document: Parameters<Rule['check']>[0],
  context: RuleContext,
): Promise<Array<{ path: string; label: string; width: number | undefined }>> {
  const paths = WIDE_IMAGES[document._type] ?? [];
  const result = [];
  for (const { path, image, label } of imagesOf(document)) {
    if (!paths.includes(path) || !hasImageFile(image)) continue;
    const dimensions = await context.imageDimensions(image);
    result.push({ path, label, width: dimensions && Number.isFinite(dimensions.width) ? dimensions.width : undefined });
  }
  return result;
}

export const imageMinWidth: Rule = {
  id: 'image.minWidth',
  severity: 'error',
  appliesTo: Object.keys(WIDE_IMAGES),
  description: `Toppbilder i kampanjer og delingsbilder er minst ${MIN_SHARE_IMAGE_WIDTH} piksler brede (målt på selve bildefilen).`,
  async check(document, context) {
    const found: Finding[] = [];
    for (const { path, label, width } of await wideImages(document, context)) {
      if (width === undefined || width >= MIN_SHARE_IMAGE_WIDTH) continue;
      found.push({
        field: path,
        message: `«${label}» er bare ${width} piksler bredt, men må være minst ${MIN_SHARE_IMAGE_WIDTH} for å se skarpt ut på store skjermer og delingskort. Last opp en større versjon av bildet.`,
      });
    }
    return found;
  },
};

export const imageSizeUnknown: Rule = {
  id: 'image.sizeUnknown',
  severity: 'warning',
  appliesTo: Object.keys(WIDE_IMAGES),
  description: 'Størrelsen på toppbilder og delingsbilder kan leses fra bildefilen.',
  async check(document, context) {
    const found: Finding[] = [];
    for (const { path, label, width } of await wideImages(document, context)) {
      if (width !== undefined) continue;
      found.push({
        field: path,
        message: `Klarte ikke å lese størrelsen på «${label}», så det er ikke sjekket at bildet er minst ${MIN_SHARE_IMAGE_WIDTH} piksler bredt. Last opp bildet på nytt.`,
      });
    }
    return found;
  },
};
