import { defineConfig, type WorkspaceOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { schemaTypes } from './schemaTypes/index.ts';
import { STUDIO_SITES, type StudioSite } from './sites.ts';
import { withPreviewAction } from './actions/preview.ts';
import { withGatedPublish } from './actions/gated-publish.ts';
import { isSiteDocumentTemplate, sharedStructure, sharedTemplates, siteStructure, siteTemplates } from './structure.ts';

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'fasett-local';
const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

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
      newDocumentOptions: (prev) => prev.filter((item) => !isSiteDocumentTemplate(item.templateId)),
    },
  };
}

/** The shared area: venues, categories, audiences, alerts, service links and every site's settings. */
const sharedWorkspace: WorkspaceOptions = {
  name: 'felles',
  title: 'Felles',
  basePath: '/felles',
  projectId,
  dataset,
  plugins: [structureTool({ title: 'Innhold', structure: sharedStructure(STUDIO_SITES) })],
  schema: { types: schemaTypes, templates: sharedTemplates(STUDIO_SITES) },
  document: {
    // A site document is opened from «Nettsteder» under its fixed id (site.<slug>), never created from «+ Ny».
    newDocumentOptions: (prev) => prev.filter((item) => !isSiteDocumentTemplate(item.templateId)),
  },
};

export default defineConfig([...STUDIO_SITES.map(siteWorkspace), sharedWorkspace].map(withPreviewAction).map(withGatedPublish));
