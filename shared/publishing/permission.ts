/**
 * Who may publish what — one pure function, used by the server's publish gate (which
 * enforces it: server/publish-gate.ts) and by the Studio (which explains a refusal before the
 * editor tries: studio/actions/gated-publish.ts). Sanity plans without custom roles cannot
 * limit a role to some documents, so institution editors get the Contributor role (drafts
 * only) and publish through the gate, which asks this function.
 *
 *   - a site's own documents (event, campaign, page, article), its settings and menu (the
 *     `site` document) and its acceptances of cross-listings (`crossListing`): editors of that
 *     site — before and after the change, so a document cannot be moved away from, or onto,
 *     another site;
 *   - an event's cross-listings (`alsoOn`) to other sites are requests: publishing them
 *     shows nothing there until the host accepts (shared/content/publication.ts);
 *   - alerts, shared taxonomies (venues, categories, audiences) and service links: central
 *     editors only. Central editors may publish anything.
 */
import { CROSS_LISTING_TYPE, publishedIdOf, refId, siteSlugOf, type Placement } from '../content/publication.ts';

/** An editor as the gate knows them: who Sanity says they are, and where Fasett's membership lets them publish. */
export interface Publisher {
  /** The Sanity user id (`/users/me`). */
  id: string;
  name?: string;
  /** The municipality's central editors: every site, alerts and the shared registers. */
  central: boolean;
  /** Slugs of the sites this editor publishes to. */
  sites: readonly string[];
}

export type Verdict =
  | {
      allowed: true;
      /** The sites whose content this publish changes (what the audit trail records). */
      sites: string[];
      /** Cross-listings asked for: shown on those sites once they accept. */
      requested: string[];
    }
  | {
      allowed: false;
      /** The site the editor may not publish to, when one is to blame. */
      site?: string;
      sites: string[];
      /** Why, in Norwegian, naming the site. */
      message: string;
    };

/** Owned by one site through `site`. */
const SITE_TYPES = new Set(['event', 'campaign', 'page', 'article', 'site', CROSS_LISTING_TYPE]);

/** Shared by every site: only central editors publish them. The noun names them in messages. */
const CENTRAL_TYPES: Readonly<Record<string, string>> = {
  alert: 'Varsler',
  venue: 'Steder',
  category: 'Kategorier',
  audience: 'Målgrupper',
  serviceLink: 'Tjenestelenker',
};

const refList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(refId).filter((id): id is string => id !== undefined) : [];

/** The sites a version of a document places it on by its own fields (cross-listings apart). */
function placedOn(doc: Placement, allSites: readonly string[]): string[] {
  if (SITE_TYPES.has(doc._type) && doc._type !== 'site') {
    const own = siteSlugOf(refId(doc.site));
    return own ? [own] : [];
  }
  if (doc._type === 'site') return doc._id ? [siteSlugOf(publishedIdOf(doc._id))].filter((s): s is string => !!s) : [];
  if (doc._type === 'alert' || doc._type === 'serviceLink') {
    const listed = refList(doc.sites).map(siteSlugOf).filter((s): s is string => !!s);
    return listed.length ? listed : [...allSites];
  }
  return [...allSites];
}

export interface VerdictInput {
  publisher: Publisher;
  /** The version to publish (the draft). */
  next: Placement;
  /** The version published now, if any: a move away from a site touches that site too. */
  current?: Placement | null;
  /** Every site Fasett builds. */
  sites: readonly string[];
  /** A site's name for messages; default: its slug with a capital. */
  titleOf?: (slug: string) => string;
}

const capitalised = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

export function publishVerdict(input: VerdictInput): Verdict {
  const { publisher, next, current, sites } = input;
  const titleOf = input.titleOf ?? capitalised;
  const touched = [...new Set([...placedOn(next, sites), ...(current ? placedOn(current, sites) : [])])].sort();
  const hosts = next._type === 'event' ? refList(next.alsoOn).map(siteSlugOf).filter((s): s is string => !!s && sites.includes(s)) : [];
  const requested = [...new Set(hosts)].filter((slug) => !touched.includes(slug)).sort();
  if (publisher.central) return { allowed: true, sites: touched, requested: [] };

  const shared = CENTRAL_TYPES[next._type];
  if (shared !== undefined) {
    const site = touched.find((slug) => !publisher.sites.includes(slug));
    const where = next._type === 'alert' || next._type === 'serviceLink'
      ? (touched.length === sites.length && sites.length > 1 ? 'alle nettstedene' : touched.map(titleOf).join(', '))
      : 'alle nettstedene';
    return {
      allowed: false,
      site,
      sites: touched,
      message: `${shared} publiseres bare av kommunens sentrale redaktører, fordi de vises på ${where}. Be en sentral redaktør publisere.`,
    };
  }
  if (!SITE_TYPES.has(next._type)) {
    return { allowed: false, sites: touched, message: `Dokumenter av typen «${next._type}» publiseres bare av kommunens sentrale redaktører.` };
  }
  if (!placedOn(next, sites).length) {
    return { allowed: false, sites: touched, message: 'Dokumentet hører ikke til noe nettsted. Velg nettstedet det hører til før du publiserer.' };
  }
  const foreign = touched.find((slug) => !publisher.sites.includes(slug));
  if (foreign !== undefined) {
    const movedAway = current && placedOn(current, sites).includes(foreign) && !placedOn(next, sites).includes(foreign);
    return {
      allowed: false,
      site: foreign,
      sites: touched,
      message: movedAway
        ? `Dokumentet hører til ${titleOf(foreign)}, og du kan ikke publisere for ${titleOf(foreign)}. Bare redaktørene der kan flytte det.`
        : `Du kan ikke publisere for ${titleOf(foreign)}. Dokumentet hører til ${titleOf(foreign)}; bare redaktørene der kan publisere det.`,
    };
  }
  return { allowed: true, sites: touched, requested };
}

/** What the Studio says under «Publiser» when a publish would be allowed with cross-listings asked for. */
export function requestedNote(requested: readonly string[], titleOf: (slug: string) => string = capitalised): string | undefined {
  if (!requested.length) return undefined;
  return `Vises på ${requested.map(titleOf).join(', ')} først når redaktørene der godtar det under «Delt hit».`;
}
