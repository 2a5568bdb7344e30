import { ARTICLES } from './content/articles.ts';
import { ARTWORKS, type ArtworkEntry } from './content/artworks.ts';
import { CAMPAIGNS } from './content/campaigns.ts';
import { accessibilityPage, contactPage, genericPages } from './content/pages.ts';
import { BASE_SITES, EXTRA_SITE_AREAS, type SiteSeed } from './content/sites.ts';
import { SITE_SLUGS, type EventSeed, type EventStatus, type ThemeName } from './content/types.ts';
import {
  articleDocument, campaignDocument, crossListingDocuments, datedSlug, eventDocument, pageDocument, parseOccurrence, siteDocument,
  startInstant, when, type BuildContext, type Doc,
} from './documents.ts';
import { addDays, daysBetween, instantOf } from './oslo-time.ts';
import { createRandom } from './random.ts';
import { norwegianDate, EVENT_SEEDS, type SampleResult } from './sample.ts';
import { slugify } from './slug.ts';

/**
 * Scale mode: the sample grown deterministically to N events over M sites, for builds and
 * benchmarks at realistic size. Extra sites are bydel-2, bydel-3, … with the three themes
 * taken in turn; extra events reuse the sample's texts on new dates and draw their pictures
 * from a pool of about a hundred, as real events reuse venue photos.
 */

export interface ScaleSite {
  slug: string;
  title: string;
  theme: ThemeName;
}

const SIZES = [
  { width: 1600, height: 1067 },
  { width: 1440, height: 960 },
  { width: 2048, height: 1365 },
  { width: 1200, height: 1500 },
] as const;

/** The sample's artworks plus variants (same motif and colours, new composition and size). */
export function imagePool(size = 100): ArtworkEntry[] {
  const pool: ArtworkEntry[] = [...ARTWORKS];
  for (let k = 0; pool.length < size; k++) {
    const base = ARTWORKS[k % ARTWORKS.length] as ArtworkEntry;
    const round = Math.floor(k / ARTWORKS.length) + 1;
    const dims = SIZES[(ARTWORKS.indexOf(base) + round) % SIZES.length] as { width: number; height: number };
    const sameSize = dims.width === base.width && dims.height === base.height;
    const next = SIZES[(ARTWORKS.indexOf(base) + round + 1) % SIZES.length] as { width: number; height: number };
    pool.push({ ...base, ...(sameSize ? next : dims), name: `${base.name}-${round + 1}`, seed: `${base.name}|variant|${round}` });
  }
  return pool;
}

const EXTRA_SHARE_IMAGES = ['huset-i-skumring', 'gronne-aaser', 'elv-bolger', 'solnedgang-fjord', 'bykart', 'lysslynge'];

function scaleSites(count: number): Array<SiteSeed & { area: string | null }> {
  const themes: ThemeName[] = [...SITE_SLUGS];
  const sites: Array<SiteSeed & { area: string | null }> = SITE_SLUGS.slice(0, count).map((s) => ({ ...BASE_SITES[s], area: null }));
  for (let i = sites.length; i < count; i++) {
    const number = i - 1; // the first extra site is bydel-2
    const baseArea = EXTRA_SITE_AREAS[(i - 3) % EXTRA_SITE_AREAS.length] as string;
    const lap = Math.floor((i - 3) / EXTRA_SITE_AREAS.length);
    const area = lap === 0 ? baseArea : `${baseArea} ${lap + 1}`;
    const theme = themes[(i - 3) % themes.length] as ThemeName;
    const slug = `bydel-${number}`;
    sites.push({
      ...BASE_SITES.bydelshus,
      slug,
      title: `Bydelshus ${area}`,
      theme,
      tagline: `Møteplassen for alle på ${area}`,
      email: `${slug}@skien.kommune.no`,
      address: { street: `${area} bydelshus`, postalCode: '3700', city: 'Skien' },
      social: [{ platform: 'facebook', url: `https://www.facebook.com/skienkommune` }],
      shareImage: EXTRA_SHARE_IMAGES[i % EXTRA_SHARE_IMAGES.length] as string,
      navigation: [
        { label: `Om ${area} bydelshus`, page: 'om-oss' },
        { label: 'Åpningstider og kontakt', page: 'apningstider-og-kontakt' },
        { label: 'Skien kommune', url: 'https://www.skien.kommune.no/' },
      ],
      area,
    });
  }
  return sites;
}

interface Template {
  seed: EventSeed;
  /** The first occurrence as written, without a status. */
  when: string;
}

/** Seeds whose text does not speak of a status, so any status can be given to a copy. */
function templatesFor(theme: ThemeName): Template[] {
  return EVENT_SEEDS[theme]
    .filter((seed) => seed.when.every((w) => !/ [a-zA-Z]+$/.test(w)))
    .map((seed) => ({ seed, when: seed.when[0] as string }));
}

/** Moves a "2026-12-05 11:00-15:00" (or multi-day) occurrence to a new start date. */
function moveOccurrence(text: string, newDate: string): string {
  const [date] = text.split(' ') as [string];
  const shift = daysBetween(date, newDate);
  return text.replace(/\d{4}-\d{2}-\d{2}/g, (d) => addDays(d, shift));
}

function pickStatus(roll: number): EventStatus {
  // Roughly what a real programme looks like: nearly everything goes ahead.
  if (roll < 0.03) return 'cancelled';
  if (roll < 0.045) return 'postponed';
  if (roll < 0.06) return 'rescheduled';
  if (roll < 0.09) return 'soldOut';
  if (roll < 0.093) return 'movedOnline';
  return 'scheduled';
}

export interface GrowOptions {
  events: number;
  sites: number;
  poolNames: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

export function growSample(ctx: BuildContext, sample: SampleResult, options: GrowOptions): { docs: Doc[]; sites: ScaleSite[] } {
  const docs = [...sample.docs];
  const baseEvents = docs.filter((d) => d._type === 'event' && !d._id.startsWith('drafts.')).length;
  if (options.events < baseEvents) throw new Error(`--events må være minst ${baseEvents}, så mange har eksempeldatasettet allerede`);
  if (options.sites < SITE_SLUGS.length) throw new Error(`--sites må være minst ${SITE_SLUGS.length}`);

  const sites = scaleSites(options.sites);
  const updated = norwegianDate(ctx.cal.date('2026-11-02'));
  for (const site of sites.slice(SITE_SLUGS.length)) {
    docs.push(siteDocument(ctx, site));
    for (const page of [...genericPages(site, site.area as string), contactPage(site), accessibilityPage(site, updated)]) {
      docs.push(pageDocument(ctx, site, page));
    }
    for (const article of ARTICLES[site.theme]) docs.push(articleDocument(ctx, site.slug, article, '', site.theme));
  }

  const templates = new Map<ThemeName, Template[]>(SITE_SLUGS.map((t) => [t, templatesFor(t)]));
  const taken = sample.takenSlugs;
  const eventsBySite = new Map<string, Doc[]>();
  const extra = options.events - baseEvents;
  for (let i = 0; i < extra; i++) {
    const site = sites[i % sites.length] as (typeof sites)[number];
    const random = createRandom(`scale-event|${i}`);
    const template = random.pick(templates.get(site.theme) as Template[]);
    const newDate = addDays('2026-12-01', random.int(-10, 364));
    const occurrence = { ...parseOccurrence(ctx, moveOccurrence(template.when, newDate)), status: pickStatus(random.next()) };
    let siteSlugs = taken.get(site.slug);
    if (!siteSlugs) taken.set(site.slug, (siteSlugs = new Set()));
    const base = slugify(template.seed.title);
    let slug = datedSlug(base, occurrence.localDate);
    if (siteSlugs.has(slug)) slug = datedSlug(base, occurrence.localDate, true);
    for (let n = 2; siteSlugs.has(slug); n++) slug = `${datedSlug(base, occurrence.localDate, true)}-${n}`;
    siteSlugs.add(slug);
    const others = sites.filter((s) => s.slug !== site.slug);
    const alsoOn = random.chance(0.06) ? [random.pick(others).slug] : [];
    const doc = eventDocument(ctx, {
      site: site.slug,
      seed: template.seed,
      occurrence,
      slug,
      linkSite: site.theme,
      imageName: random.chance(0.06) ? null : random.pick(options.poolNames),
      alsoOn,
    });
    docs.push(doc);
    const list = eventsBySite.get(site.slug) ?? [];
    list.push(doc);
    eventsBySite.set(site.slug, list);
    if ((i + 1) % 2000 === 0 || i + 1 === extra) options.onProgress?.(baseEvents + i + 1, options.events);
  }

  // Campaigns for the extra sites feature their own events inside the campaign window.
  for (const site of sites.slice(SITE_SLUGS.length)) {
    const own = (eventsBySite.get(site.slug) ?? []).slice().sort((a, b) => startInstant(a) - startInstant(b));
    for (const campaign of CAMPAIGNS[site.theme].slice(0, 2)) {
      const from = instantOf(when(ctx, campaign.from));
      const to = instantOf(when(ctx, campaign.to));
      const featured = own.filter((e) => startInstant(e) >= from && startInstant(e) <= to && e.status !== 'cancelled').slice(0, 4);
      docs.push(campaignDocument(ctx, site.slug, campaign, featured.map((e) => e._id), site.theme));
    }
  }

  // Every host accepts the cross-listings, the added ones too: the acceptances are made again over all events.
  const withoutAcceptances = docs.filter((d) => d._type !== 'crossListing');
  withoutAcceptances.push(...crossListingDocuments(withoutAcceptances));
  return { docs: withoutAcceptances, sites: sites.map((s) => ({ slug: s.slug, title: s.title, theme: s.theme })) };
}
