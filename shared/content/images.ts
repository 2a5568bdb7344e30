/** Image fields as the queries project them, and Sanity CDN URLs for a live project. */
import { createImageUrlBuilder } from '@sanity/image-url';

export interface ContentImage {
  alt?: string | null;
  decorative?: boolean | null;
  hotspot?: { x?: number | null; y?: number | null } | null;
  crop?: unknown;
  asset?: { _id?: string | null; url?: string | null; width?: number | null; height?: number | null } | null;
}

/** The hotspot as a CSS object-position ("40% 25%"), so a cropped picture keeps what matters in view. */
export function objectPosition(image: ContentImage): string | undefined {
  return image.hotspot ? `${Math.round((image.hotspot.x ?? 0.5) * 100)}% ${Math.round((image.hotspot.y ?? 0.5) * 100)}%` : undefined;
}

function builder() {
  return createImageUrlBuilder({
    projectId: process.env.SANITY_PROJECT_ID ?? 'local',
    dataset: process.env.SANITY_DATASET ?? 'production',
  });
}

export function sanityImageUrl(image: ContentImage, width: number, aspect?: number): string {
  let b = builder().image(image as never).width(width).auto('format').fit(aspect ? 'crop' : 'max');
  if (aspect) b = b.height(Math.round(width / aspect));
  return b.url();
}

export function sanityImageSrcset(image: ContentImage, widths: number[], aspect?: number) {
  const largest = Math.max(...widths);
  const ratio = aspect ?? ((image.asset?.width ?? 4) / (image.asset?.height ?? 3));
  return {
    src: sanityImageUrl(image, largest, aspect),
    srcset: widths.map((w) => `${sanityImageUrl(image, w, aspect)} ${w}w`).join(', '),
    height: Math.round(largest / ratio),
  };
}
