import {
  accessibilityPage, contactPage, ownPages,
} from './content/pages.ts';
import { ARTICLES, DRAFT_ARTICLE } from './content/articles.ts';
import { CAMPAIGNS, type CampaignSeed } from './content/campaigns.ts';
import { APPELSINIA_EVENTS } from './content/events-appelsinia.ts';
import { BYDELSHUS_EVENTS } from './content/events-bydelshus.ts';
import { IBSENBIBLIOTEKET_EVENTS } from './content/events-ibsenbiblioteket.ts';
import { ALERTS, SERVICE_LINKS } from './content/notices.ts';
import { AUDIENCES, CATEGORIES, VENUES } from './content/places.ts';
import { BASE_SITES } from './content/sites.ts';
import { FREE, SITE_SLUGS, THEME_ACCENTS, type EventSeed, type SiteSlug } from './content/types.ts';
import {
  articleDocument, campaignDocument, crossListingDocuments, eventDocument, eventsFromSeed, pageDocument, parseOccurrence, refs,
  siteDocument, startInstant, termDocument, venueDocument, when, type BuildContext, type Doc,
} from './documents.ts';
import { instantOf } from './oslo-time.ts';
import { slugify } from './slug.ts';

export const EVENT_SEEDS: Record<SiteSlug, readonly EventSeed[]> = {
  bydelshus: BYDELSHUS_EVENTS,
  appelsinia: APPELSINIA_EVENTS,
  ibsenbiblioteket: IBSENBIBLIOTEKET_EVENTS,
};

/** Events by "<site>/<title slug>", every occurrence in date order: campaigns pick from it. */
export type EventIndex = Map<string, Doc[]>;

export interface SampleResult {
  docs: Doc[];
  eventIndex: EventIndex;
  /** Slugs taken per site, so scale mode can add events without collisions. */
  takenSlugs: Map<string, Set<string>>;
}

/** "7. desember 2026" for a local date, as written in running text. */
export function norwegianDate(localDate: string): string {
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return `${d}. ${months[m - 1]} ${y}`;
}

function campaignEventIds(ctx: BuildContext, site: string, seed: CampaignSeed, index: EventIndex): string[] {
  const from = instantOf(when(ctx, seed.from));
  const to = instantOf(when(ctx, seed.to));
  const ids: string[] = [];
  for (const target of seed.events) {
    const key = target.includes('/') ? target : `${site}/${target}`;
    const occurrences = index.get(key);
    if (!occurrences) throw new Error(`Kampanjen «${seed.title}» viser til et ukjent arrangement «${target}»`);
    const picked = occurrences.length === 1 ? occurrences : occurrences.filter((e) => startInstant(e) >= from && startInstant(e) <= to);
    ids.push(...picked.map((e) => e._id));
  }
  return ids;
}

export function buildSample(ctx: BuildContext): SampleResult {
  const docs: Doc[] = [];
  const eventIndex: EventIndex = new Map();
  const takenSlugs = new Map<string, Set<string>>();

  docs.push(...VENUES.map(venueDocument));
  docs.push(...CATEGORIES.map((c) => termDocument('category', c)));
  docs.push(...AUDIENCES.map((a) => termDocument('audience', a)));

  for (const site of SITE_SLUGS) {
    const seed = BASE_SITES[site];
    docs.push(siteDocument(ctx, seed));
    const updated = norwegianDate(ctx.cal.date('2026-11-02'));
    for (const page of [...ownPages(site), contactPage(seed), accessibilityPage(seed, updated)]) {
      docs.push(pageDocument(ctx, seed, page));
    }
    const taken = new Set<string>();
    takenSlugs.set(site, taken);
    for (const eventSeed of EVENT_SEEDS[site]) {
      const events = eventsFromSeed(ctx, site, eventSeed, taken);
      eventIndex.set(`${site}/${slugify(eventSeed.title)}`, events);
      docs.push(...events);
    }
    for (const article of ARTICLES[site]) docs.push(articleDocument(ctx, site, article));
  }

  // Campaigns last: they may feature events from other sites.
  for (const site of SITE_SLUGS) {
    for (const campaign of CAMPAIGNS[site]) {
      if (!THEME_ACCENTS[BASE_SITES[site].theme].includes(campaign.accent)) {
        throw new Error(`Kampanjen «${campaign.title}» bruker aksentfargen «${campaign.accent}», som temaet ${site} ikke har`);
      }
      docs.push(campaignDocument(ctx, site, campaign, campaignEventIds(ctx, site, campaign, eventIndex)));
    }
  }

  for (const alert of ALERTS) {
    docs.push({
      _id: `alert.${alert.slug}`,
      _type: 'alert',
      title: alert.title,
      message: alert.message,
      severity: alert.severity,
      sites: refs(`alert.${alert.slug}`, 'sites', alert.sites.map((s) => `site.${s}`)),
      startsAt: when(ctx, alert.from),
      endsAt: when(ctx, alert.to),
      link: alert.link,
    });
  }

  for (const link of SERVICE_LINKS) {
    const id = `serviceLink.${link.slug}`;
    docs.push({
      _id: id,
      _type: 'serviceLink',
      title: link.title,
      url: link.url,
      description: link.description,
      audiences: refs(id, 'audiences', link.audiences.map((a) => `audience.${a}`)),
      sites: refs(id, 'sites', link.sites.map((s) => `site.${s}`)),
    });
  }

  docs.push(...crossListingDocuments(docs));
  docs.push(...drafts(ctx, docs));
  return { docs, eventIndex, takenSlugs };
}

/**
 * Unpublished work in progress, for preview: an edited event, an edited campaign,
 * a brand-new event and a brand-new article — and a content release for the spring
 * programme (its release document and one event only in it), as Sanity's Content
 * Releases store them. A public build must never show any of them.
 */
function drafts(ctx: BuildContext, published: readonly Doc[]): Doc[] {
  const byId = new Map(published.map((d) => [d._id, d]));
  const draftOf = (id: string, changes: Record<string, unknown>): Doc => {
    const original = byId.get(id);
    if (!original) throw new Error(`Utkastet viser til et ukjent dokument «${id}»`);
    return { ...structuredClone(original), _id: `drafts.${id}`, ...changes };
  };

  const concert = byId.get('event.bydelshus.julekonsert-med-gulset-kor') as Doc;
  const ibsendagene = byId.get('campaign.ibsenbiblioteket.ibsendagene-2027') as Doc;
  const newEventSeed: EventSeed = {
    title: 'Konsert med vinnerne av Bandbattle',
    when: ['2027-03-26 19:00-22:00'],
    venue: 'appelsinia',
    categories: ['konsert'],
    audiences: ['unge'],
    image: 'scenelys',
    price: FREE,
    summary: 'Vinnerne av delfinalen i Bandbattle Telemark spiller sin første hele konsert på Appelsinia, med to lokale oppvarmingsband.',
    body: [
      'Bandet som vant [delfinalen](event:bandbattle-telemark-delfinale) i februar, får hele scenen for seg selv denne kvelden.',
    ],
  };
  return [
    draftOf(concert._id, {
      title: 'Julekonsert med Gulset kor og kulturskolen',
      summary: 'Gulset kor og strykere fra Skien kulturskole synger og spiller inn julen, med kjente og nye julesanger og allsang til slutt.',
    }),
    draftOf(ibsendagene._id, {
      hero: { ...(ibsendagene.hero as Record<string, unknown>), subheading: 'Konsert, byvandring, lesninger og samtaler om Ibsens Skien' },
    }),
    eventDocument(ctx, {
      site: 'appelsinia',
      seed: newEventSeed,
      occurrence: parseOccurrence(ctx, newEventSeed.when[0] as string),
      slug: slugify(newEventSeed.title),
      linkSite: 'appelsinia',
    }, 'drafts.'),
    articleDocument(ctx, DRAFT_ARTICLE.site, DRAFT_ARTICLE.seed, 'drafts.'),
    { _id: `_.releases.${SPRING_RELEASE}`, _type: 'system.release', name: SPRING_RELEASE, state: 'active', metadata: { title: 'Vårprogrammet 2027', releaseType: 'undecided' } },
    eventDocument(ctx, {
      site: 'ibsenbiblioteket',
      seed: springEventSeed,
      occurrence: parseOccurrence(ctx, springEventSeed.when[0] as string),
      slug: slugify(springEventSeed.title),
      linkSite: 'ibsenbiblioteket',
    }, `versions.${SPRING_RELEASE}.`),
  ];
}

const SPRING_RELEASE = 'rVaarprogram2027';
const springEventSeed: EventSeed = {
  title: 'Vårens lesesirkel starter',
  when: ['2027-03-03 18:00-19:30'],
  venue: 'ibsenbiblioteket',
  categories: ['foredrag'],
  audiences: ['voksne'],
  image: 'kaffekopp',
  price: FREE,
  summary: 'Lesesirkelen for voksne starter opp igjen: vi leser og snakker om én roman i måneden, med kaffe og god tid.',
  body: ['Bli med i bibliotekets lesesirkel. Vi møtes første onsdag i måneden.'],
};
