import { isPublicId } from '../../shared/content/publication.ts';
import type { Doc } from './documents.ts';
import { instantOf, osloOffsetAt } from './oslo-time.ts';

/**
 * The content rules the generated dataset must keep (docs/CONTENT-MODEL.md). The generator runs
 * this before it writes anything, so a slip in the content files stops the run with the
 * document, the field and the rule named.
 */

const REF_TARGETS: Record<string, readonly string[]> = {
  site: ['site'],
  alsoOn: ['site'],
  sites: ['site'],
  venue: ['venue'],
  categories: ['category'],
  audiences: ['audience'],
  events: ['event'],
  accepted: ['event'],
  page: ['page'],
  reference: ['page', 'event'],
};

const URL_FIELDS = new Set(['url', 'href', 'ticketUrl', 'streamUrl', 'link']);
const TIME_FIELDS = new Set(['startsAt', 'endsAt', 'publishedAt', 'changedAt', 'previousStartsAt']);
const WIDE_IMAGE_FIELDS = new Set(['shareImage', 'hero']);
const SITE_SCOPED = new Set(['event', 'page', 'article', 'campaign']);

export interface ImageInfo {
  width: number;
  height: number;
}

export interface CheckOptions {
  /** Image paths inside the export ("images/…") with their real size. */
  images: ReadonlyMap<string, ImageInfo>;
  /** Theme name per site slug, and the accents each theme allows. */
  themeOfSite: ReadonlyMap<string, string>;
  accents: Readonly<Record<string, readonly string[]>>;
}

export function checkDataset(docs: readonly Doc[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Doc>();
  for (const doc of docs) {
    if (byId.has(doc._id)) problems.push(`${doc._id}: _id er brukt to ganger`);
    byId.set(doc._id, doc);
  }
  const slugs = new Map<string, string>();

  for (const doc of docs) {
    const where = (path: string): string => `${doc._id} (${doc._type}) ${path}`;
    const isDraft = !isPublicId(doc._id);

    if (typeof doc.title === 'string' && doc.title.length > 90) problems.push(`${where('title')}: tittelen er over 90 tegn`);
    if (typeof doc.summary === 'string' && doc.summary.length > 200) problems.push(`${where('summary')}: sammendraget er over 200 tegn (${doc.summary.length})`);
    if (typeof doc.startsAt === 'string' && typeof doc.endsAt === 'string' && instantOf(doc.endsAt) < instantOf(doc.startsAt)) {
      problems.push(`${where('endsAt')}: slutter før det starter`);
    }
    const price = doc.price as { amount?: number } | undefined;
    if (price && typeof price.amount === 'number' && price.amount < 0) problems.push(`${where('price.amount')}: prisen er negativ`);

    const slug = (doc.slug as { current?: string } | undefined)?.current;
    if (slug !== undefined && !isDraft) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(`${where('slug')}: «${slug}» er ikke URL-trygg`);
      const scope = SITE_SCOPED.has(doc._type) ? (doc.site as { _ref?: string } | undefined)?._ref ?? '?' : '*';
      const key = `${doc._type}|${scope}|${slug}`;
      const other = slugs.get(key);
      if (other) problems.push(`${where('slug')}: «${slug}» er også brukt av ${other}`);
      slugs.set(key, doc._id);
    }

    if (doc._type === 'campaign') {
      const site = ((doc.site as { _ref: string })._ref ?? '').replace(/^site\./, '');
      const theme = options.themeOfSite.get(site);
      const allowed = theme ? options.accents[theme] ?? [] : [];
      if (!allowed.includes(doc.accent as string)) problems.push(`${where('accent')}: «${String(doc.accent)}» er ikke en aksentfarge i temaet til ${site}`);
    }

    walk(doc, [], (path, key, value, parent) => {
      const field = path.join('.');
      if (key === '_ref' && typeof value === 'string') {
        const target = byId.get(value);
        const owner = [...path].reverse().find((p) => !/^\d+$/.test(p) && p !== '_ref') ?? '';
        const expected = REF_TARGETS[owner];
        if (!target || value.startsWith('drafts.')) problems.push(`${where(field)}: viser til «${value}», som ikke finnes`);
        else if (expected && !expected.includes(target._type)) problems.push(`${where(field)}: viser til en ${target._type}, ventet ${expected.join(' eller ')}`);
      }
      if (URL_FIELDS.has(key) && typeof value === 'string' && !/^(https?:\/\/|mailto:|tel:)/.test(value)) {
        problems.push(`${where(field)}: «${value}» er ikke en http(s)-, mailto- eller tel-adresse`);
      }
      if (TIME_FIELDS.has(key) && typeof value === 'string') {
        const offset = /([+-]\d{2}:\d{2})$/.exec(value)?.[1];
        if (!offset) problems.push(`${where(field)}: «${value}» mangler UTC-forskyvning`);
        else if (offset !== osloOffsetAt(instantOf(value))) problems.push(`${where(field)}: «${value}» har feil forskyvning for Oslo`);
      }
      if (key === '_sanityAsset' && typeof value === 'string') {
        const path2 = value.replace(/^image@file:\/\/\.\//, '');
        const info = options.images.get(path2);
        const image = parent as { alt?: string; decorative?: boolean };
        if (!info) problems.push(`${where(field)}: bildefilen ${path2} finnes ikke`);
        if (!image.decorative && !(image.alt ?? '').trim()) problems.push(`${where(field)}: bildet mangler alt-tekst`);
        if (image.decorative && image.alt !== '') problems.push(`${where(field)}: et dekorativt bilde skal ha tom alt-tekst`);
        const named = /-(\d+)x(\d+)\.\w+$/.exec(path2);
        if (info && named && (Number(named[1]) !== info.width || Number(named[2]) !== info.height)) {
          problems.push(`${where(field)}: filnavnet sier ${named[1]}x${named[2]}, bildet er ${info.width}x${info.height}`);
        }
        if (info && path.some((p) => WIDE_IMAGE_FIELDS.has(p)) && info.width < 1200) {
          problems.push(`${where(field)}: delings- og toppbilder må være minst 1200 piksler brede`);
        }
      }
    });
  }
  return problems;
}

type Visitor = (path: string[], key: string, value: unknown, parent: unknown) => void;

function walk(value: unknown, path: string[], visit: Visitor): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, String(i)], visit));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      visit([...path, key], key, inner, value);
      walk(inner, [...path, key], visit);
    }
  }
}
