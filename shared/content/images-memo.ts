/**
 * Astro's getImage, worked out once per build for each image and set of options. An event's
 * card image is on every list page the event is on (the full list, its category, audience,
 * venue and month pages, related events …), and each getImage hashes every transform of its
 * srcset again: on list pages that was a fifth of the render time.
 *
 * Astro's incremental build must still learn, page by page, which image files each page
 * uses (a page skipped next time keeps its images only if it recorded them). So the first
 * call runs in a render scope of its own to catch what getImage records, and every call —
 * the first and each reuse — hands those records to the page being rendered, as if it had
 * called getImage itself. With no render scope installed (dev server), nothing is recorded
 * and the results are simply reused.
 */
import { getImage, imageConfig } from 'astro:assets';
import { getInstalledRenderScope, type RenderCollectors } from 'astro/app';

type Options = Parameters<typeof getImage>[0];
type Image = Awaited<ReturnType<typeof getImage>>;

interface Remembered {
  image: Image;
  recorded: RenderCollectors;
}

const remembered = new Map<string, Promise<Remembered>>();

/** The options as a key: the source file and every other option (all plain values). */
function keyOf(options: Options): string {
  const { src, ...rest } = options as Options & { src: unknown };
  const source = typeof src === 'string' ? src : (src as { src?: string }).src;
  return `${source}\u0000${JSON.stringify(rest)}`;
}

/**
 * The <img> Astro's <Image> component draws for these props (astro/components/Image.astro:
 * the configured layout's defaults, then the srcset before the other attributes and the class
 * apart), with its getImage done once per build.
 */
export async function imageElement(props: Options): Promise<{ src: string; attributes: Record<string, unknown>; class?: string }> {
  const options = { ...props } as Options & { layout?: string; fit?: string; position?: string };
  const layout = options.layout ?? imageConfig.layout ?? 'none';
  if (layout !== 'none') {
    options.layout ??= imageConfig.layout;
    options.fit ??= imageConfig.objectFit ?? 'cover';
    options.position ??= imageConfig.objectPosition ?? 'center';
  } else if (imageConfig.objectFit || imageConfig.objectPosition) {
    options.fit ??= imageConfig.objectFit;
    options.position ??= imageConfig.objectPosition;
  }
  const image = await rememberedImage(options);
  const srcset = image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {};
  const { class: className, ...attributes } = { ...srcset, ...image.attributes } as Record<string, unknown>;
  return { src: image.src, attributes, class: className as string | undefined };
}

async function rememberedImage(options: Options): Promise<Image> {
  const key = keyOf(options);
  let entry = remembered.get(key);
  if (!entry) {
    entry = resolve(options);
    remembered.set(key, entry);
    entry.catch(() => remembered.delete(key));
  }
  const { image, recorded } = await entry;
  replay(recorded);
  return image;
}

async function resolve(options: Options): Promise<Remembered> {
  const recorded: RenderCollectors = { contentEntries: new Set(), staticImages: [], referencedImages: new Set() };
  const scope = getInstalledRenderScope();
  const run = async () => {
    const image = await getImage(options);
    // The main URL is registered when first read: read it here, inside this scope.
    void image.src;
    return image;
  };
  const image = scope ? await scope.run(recorded, run) : await run();
  return { image, recorded };
}

/** Hands the records of a getImage call to the page being rendered now. */
function replay(recorded: RenderCollectors): void {
  const page = getInstalledRenderScope()?.getStore();
  if (!page) return;
  for (const entry of recorded.contentEntries ?? []) page.contentEntries?.add(entry);
  if (recorded.staticImages?.length) page.staticImages?.push(...recorded.staticImages);
  for (const path of recorded.referencedImages ?? []) page.referencedImages?.add(path);
}
