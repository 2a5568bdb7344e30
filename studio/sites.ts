/**
 * The sites the Studio has a workspace for. Adding a site to Fasett is one line here
 * (slug = folder under sites/ and the `site.<slug>` document id; title = workspace name).
 */
export interface StudioSite {
  slug: string
  title: string
}

export const STUDIO_SITES: StudioSite[] = [
  { slug: 'bydelshus', title: 'Bydelshus' },
  { slug: 'appelsinia', title: 'Appelsinia' },
  { slug: 'ibsenbiblioteket', title: 'Ibsenbiblioteket' },
]

export function siteDocumentId(slug: string): string {
  return `site.${slug}`
}
