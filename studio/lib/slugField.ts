import { defineField, type SlugValidationContext } from 'sanity'
import { slugify, SLUG_MAX_LENGTH } from '../../shared/rules/slugify.ts'
import { slugScopeOf } from '../../shared/rules/scope.ts'
import { API_VERSION } from './apiVersion.ts'
import { publishedId } from './documentId.ts'

/**
 * True when no other document of the same type (and, for a site's own documents, the
 * same site) uses this slug. The document's own draft and published version don't count.
 */
export async function isSlugUnique(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context
  if (!document) return true
  const id = publishedId(document._id)
  const type = document._type
  const siteRef = (document as { site?: { _ref?: unknown } }).site?._ref
  const perSite = slugScopeOf(type) === 'site'
  const client = getClient({ apiVersion: API_VERSION })
  const query = perSite
    ? `!defined(*[_type == $type && slug.current == $slug && site._ref == $site && !(_id in [$id, $draft]) && !(_id in path("versions.**"))][0]._id)`
    : `!defined(*[_type == $type && slug.current == $slug && !(_id in [$id, $draft]) && !(_id in path("versions.**"))][0]._id)`
  return client.fetch<boolean>(query, {
    type,
    slug,
    id,
    draft: `drafts.${id}`,
    site: typeof siteRef === 'string' ? siteRef : '',
  })
}

interface SlugFieldOptions {
  /** the field the slug is generated from */
  source?: string
  description?: string
  group?: string | string[]
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
  })
}
