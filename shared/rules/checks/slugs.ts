/** Slugs: the last part of a URL, so URL-safe, never a path, and one document per address. */
import { CONTENT_MODEL, TYPE_LABELS } from '../model.ts';
import { SLUG_PATTERN } from '../slugify.ts';
import { reservedEventSlugs, reservedSlugs } from '../../site/reserved.ts';
import { slugScopeOf } from '../scope.ts';
import type { Rule } from '../types.ts';
import { publishedIdOf, refOf, slugOf, quote } from '../values.ts';

const SLUGGED_TYPES = Object.keys(CONTENT_MODEL).filter((type) => CONTENT_MODEL[type]?.slug);

/** "/" or "..": a slug that would climb or reach into other folders of the site. */
function looksLikePath(slug: string): boolean {
  return slug.includes('/') || slug.includes('\\') || slug.includes('..');
}

export const slugNotPath: Rule = {
  id: 'slug.notPath',
  severity: 'error',
  appliesTo: SLUGGED_TYPES,
  description: 'Adressen (slug) er ett ord-ledd, aldri en sti med «/» eller «..».',
  check(document) {
    const slug = slugOf(document.slug);
    if (slug === undefined || !looksLikePath(slug)) return [];
    return [
      {
        field: 'slug',
        message: `Adressen ${quote(slug)} inneholder «/», «\\» eller «..», som gjør den til en sti. Bruk bare bokstaver, tall og bindestrek – trykk «Generer».`,
      },
    ];
  },
};

export const slugUrlSafe: Rule = {
  id: 'slug.urlSafe',
  severity: 'error',
  appliesTo: SLUGGED_TYPES,
  description: 'Adressen (slug) har bare små bokstaver a–z, tall og enkle bindestreker.',
  check(document) {
    const slug = slugOf(document.slug);
    // An empty slug is field.required's; a path is slug.notPath's.
    if (slug === undefined || slug.trim() === '' || looksLikePath(slug) || SLUG_PATTERN.test(slug)) return [];
    return [
      {
        field: 'slug',
        message: `Adressen ${quote(slug)} kan ikke brukes i en nettadresse. Bruk bare små bokstaver a–z, tall og bindestrek (æ, ø, å skrives ae, o, a) – trykk «Generer» for å lage den fra tittelen.`,
      },
    ];
  },
};

/** Addresses the site uses for its own pages; "index" is the page that fills the home page. */
const RESERVED: Record<string, ReadonlySet<string>> = {
  page: new Set([...reservedSlugs].filter((slug) => slug !== 'index')),
  event: reservedEventSlugs,
};

export const slugNotReserved: Rule = {
  id: 'slug.notReserved',
  severity: 'error',
  appliesTo: Object.keys(RESERVED),
  description: 'Adressen (slug) er ikke en av nettstedets egne adresser (lister, arkiv, feeder, søk).',
  check(document) {
    const slug = slugOf(document.slug);
    if (slug === undefined || !RESERVED[document._type]?.has(slug)) return [];
    return [
      {
        field: 'slug',
        message: `Adressen ${quote(slug)} brukes allerede av nettstedet selv${document._type === 'event' ? ' (en av arrangementslistene)' : ''}, så siden ville ikke kunne vises. Velg en annen adresse, f.eks. med et ord til.`,
      },
    ];
  },
};

export const slugUniquePerSite: Rule = {
  id: 'slug.uniquePerSite',
  severity: 'error',
  appliesTo: SLUGGED_TYPES,
  description: 'To dokumenter av samme type på samme nettsted kan ikke ha samme adresse.',
  async check(document, context) {
    const slug = slugOf(document.slug);
    if (slug === undefined || slug.trim() === '') return [];
    const perSite = slugScopeOf(document._type) === 'site';
    const siteId = perSite ? refOf(document.site) : undefined;
    if (perSite && siteId === undefined) return []; // no site yet: field.required says so
    const conflicts = await context.slugConflicts({ documentId: document._id, type: document._type, slug, siteId });
    if (conflicts.length === 0) return [];
    const where = perSite ? ' på dette nettstedet' : '';
    return [
      {
        field: 'slug',
        message: `Adressen ${quote(slug)} er allerede brukt av ${conflicts.length === 1 ? 'et annet dokument' : `${conflicts.length} andre dokumenter`} av samme type${where} (${conflicts.slice(0, 3).join(', ')}). Velg en annen adresse, f.eks. med år eller sted på slutten.`,
      },
    ];
  },
};

export const siteIdMatchesSlug: Rule = {
  id: 'site.idMatchesSlug',
  severity: 'error',
  appliesTo: ['site'],
  description: `Et nettsteds dokument-id er «site.<slug>», så ${TYPE_LABELS.site} og mappen under sites/ hører sammen.`,
  check(document) {
    const slug = slugOf(document.slug);
    if (slug === undefined || slug.trim() === '') return [];
    const id = publishedIdOf(document._id);
    if (id === `site.${slug}`) return [];
    return [
      {
        field: 'slug',
        message: `Nettstedets adresse ${quote(slug)} passer ikke med dokument-id-en ${quote(id)}. Adressen skal være den samme som mappenavnet under sites/ og endres ikke etter lansering – be en utvikler om hjelp.`,
      },
    ];
  },
};
