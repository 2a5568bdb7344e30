import { defineConfig, type WorkspaceOptions } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from './schemaTypes/index.ts'
import { STUDIO_SITES, type StudioSite } from './sites.ts'
import { sharedStructure, siteStructure, siteTemplates } from './structure.ts'

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'fasett-local'
const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

/** One workspace per institution: it sees and creates only its own site's documents. */
function siteWorkspace(site: StudioSite): WorkspaceOptions {
  return {
    name: site.slug,
    title: site.title,
    basePath: `/${site.slug}`,
    projectId,
    dataset,
    plugins: [structureTool({ title: 'Innhold', structure: siteStructure(site) })],
    schema: { types: schemaTypes, templates: siteTemplates(site) },
    document: {
      // The global "+ Ny" menu offers this site's templates and the shared types; never a second site document.
      newDocumentOptions: (prev) => prev.filter((item) => item.templateId !== `site-${site.slug}`),
    },
  }
}

/** The shared area: venues, categories, audiences, alerts, service links and every site's settings. */
const sharedWorkspace: WorkspaceOptions = {
  name: 'felles',
  title: 'Felles',
  basePath: '/felles',
  projectId,
  dataset,
  plugins: [structureTool({ title: 'Innhold', structure: sharedStructure(STUDIO_SITES) })],
  schema: { types: schemaTypes },
}

export default defineConfig([...STUDIO_SITES.map(siteWorkspace), sharedWorkspace])
