import { defineField, type SlugValidationContext } from 'sanity';
import { slugify, SLUG_MAX_LENGTH } from '../../shared/rules/slugify.ts';
import { slugScopeOf } from '../../shared/rules/scope.ts';
import { studioRuleContext } from '../validation/studioContext.ts';

/**
 * True when no other document of the same type (and, for a site's own documents, the
 * same site) uses this slug. Asks the same question as the rulebook's slug.uniquePerSite,
 * through the same Studio context, so the two never disagree.
 */
async function isSlugUnique(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context;
  if (!document) return true;
  const siteRef = (document as { site?: { _ref?: unknown } }).site?._ref;
  const conflicts = await studioRuleContext(getClient).slugConflicts({
    documentId: document._id,
    type: document._type,
    slug,
    siteId: slugScopeOf(document._type) === 'site' && typeof siteRef === 'string' ? siteRef : undefined,
  });
  return conflicts.length === 0;
}

interface SlugFieldOptions {
  /** the field the slug is generated from */
  source?: string;
  description?: string;
  group?: string | string[];
}

/** The slug field every routable type uses: generated from the title, Norwegian letters spelled out. */
export function slugField({ source = 'title', description, group }: SlugFieldOptions = {}) {
  return defineField({
    name: 'slug',
    title: 'Adresse (slug)',
    type: 'slug',
    group,
    description:
      description ??
      'Siste del av nettadressen. Trykk «Generer» for å lage den fra tittelen. Bare små bokstaver a–z, tall og bindestrek; æ, ø og å skrives ae, o og a.',
    options: {
      source,
      maxLength: SLUG_MAX_LENGTH,
      slugify: (input: string) => slugify(input),
      isUnique: isSlugUnique,
    },
  });
}
