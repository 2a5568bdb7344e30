import { isPublicId } from '../../shared/content/publication.ts';
import { checkDataset, type ImageInfo } from './check.ts';
import { ARTWORKS } from './content/artworks.ts';
import { BASE_SITES } from './content/sites.ts';
import { SITE_SLUGS, THEME_ACCENTS } from './content/types.ts';
import type { BuildContext, Doc } from './documents.ts';
import { finalizeDocuments, usedImages, writeExport } from './export-writer.ts';
import { renderArtworks, type RenderedImage } from './images.ts';
import { createCalendar, osloDateTime } from './oslo-time.ts';
import { buildSample } from './sample.ts';
import { growSample, imagePool, type ScaleSite } from './scale.ts';

export interface GenerateOptions {
  out: string;
  /** Local date the dataset's calendar starts on, "YYYY-MM-DD". */
  start: string;
  scale?: { events: number; sites: number };
  log?: (line: string) => void;
}

export interface GenerateSummary {
  out: string;
  counts: Record<string, number>;
  drafts: number;
  ndjsonBytes: number;
  imageBytes: number;
  imageCount: number;
  sites: ScaleSite[];
  milliseconds: number;
}

export async function generateDataset(options: GenerateOptions): Promise<GenerateSummary> {
  const began = performance.now();
  const log = options.log ?? (() => {});
  const cal = createCalendar(options.start);

  const artworks = options.scale ? imagePool(100) : [...ARTWORKS];
  log(`Tegner ${artworks.length} bilder …`);
  const rendered = await renderArtworks(artworks, (done, total) => {
    if (options.scale && (done % 20 === 0 || done === total)) log(`  bilder ${done}/${total}`);
  });
  const ctx: BuildContext = { cal, images: rendered };

  const sample = buildSample(ctx);
  let docs: Doc[] = sample.docs;
  let sites: ScaleSite[] = SITE_SLUGS.map((s) => ({ slug: s, title: BASE_SITES[s].title, theme: BASE_SITES[s].theme }));
  if (options.scale) {
    log(`Lager ${options.scale.events} arrangementer på ${options.scale.sites} nettsteder …`);
    const poolNames = artworks.filter((a) => a.alt !== '').map((a) => a.name);
    const grown = growSample(ctx, sample, {
      ...options.scale,
      poolNames,
      onProgress: (done, total) => log(`  arrangementer ${done}/${total}`),
    });
    docs = grown.docs;
    sites = grown.sites;
  }

  const startMs = Date.parse(osloDateTime(cal.start, '00:00'));
  const finalDocs = finalizeDocuments(docs, startMs);
  const images = usedImages(finalDocs, rendered.values());

  const imageInfo = new Map<string, ImageInfo>(images.map((img: RenderedImage) => [img.path, { width: img.width, height: img.height }]));
  const problems = checkDataset(finalDocs, {
    images: imageInfo,
    themeOfSite: new Map(sites.map((s) => [s.slug, s.theme])),
    accents: THEME_ACCENTS,
  });
  if (problems.length > 0) {
    throw new Error(`Datasettet bryter innholdsreglene (${problems.length}):\n${problems.slice(0, 30).map((p) => `  - ${p}`).join('\n')}`);
  }

  log(`Skriver til ${options.out} …`);
  const extraFiles: Record<string, string> = options.scale ? { 'sites.json': JSON.stringify(sites, null, 2) + '\n' } : {};
  const written = await writeExport(options.out, finalDocs, images, extraFiles);

  const counts: Record<string, number> = {};
  let drafts = 0;
  for (const doc of finalDocs) {
    if (!isPublicId(doc._id)) drafts += 1;
    else counts[doc._type] = (counts[doc._type] ?? 0) + 1;
  }
  return { out: options.out, counts, drafts, ...written, sites, milliseconds: Math.round(performance.now() - began) };
}
