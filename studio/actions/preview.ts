/**
 * "Forhåndsvis": every document gets an action that opens its draft preview on the
 * Fasett server in a new tab. The server asks for the preview secret once per browser
 * (the link with ?secret=… from whoever runs Fasett); the Studio never holds the secret.
 */
import { EyeOpenIcon } from '@sanity/icons/EyeOpen';
import { definePlugin, type DocumentActionComponent, type WorkspaceOptions } from 'sanity';
import { STUDIO_SITES } from '../sites.ts';
import { previewUrl, type PreviewableDocument } from './preview-url.ts';

const base = process.env.SANITY_STUDIO_PREVIEW_URL;

function previewActionFor(fallbackSite: string | undefined): DocumentActionComponent {
  const action: DocumentActionComponent = (props) => {
    const doc = (props.draft ?? props.published ?? { _id: props.id, _type: props.type }) as PreviewableDocument;
    const url = previewUrl(doc, { base, fallbackSite });
    return {
      label: 'Forhåndsvis',
      icon: EyeOpenIcon,
      title: url ? 'Åpne utkastet slik det blir seende ut på nettstedet' : 'Gi dokumentet en adresse (slug) og et nettsted først',
      disabled: !url,
      onHandle: () => {
        if (url) window.open(url, '_blank', 'noopener');
        props.onComplete();
      },
    };
  };
  return action;
}

/** Adds the action to a workspace; a site's workspace previews shared documents on its own site. */
export function withPreviewAction(workspace: WorkspaceOptions): WorkspaceOptions {
  const fallbackSite = STUDIO_SITES.some((site) => site.slug === workspace.name) ? workspace.name : STUDIO_SITES[0]?.slug;
  const plugin = definePlugin({
    name: 'fasett-preview',
    document: { actions: (previous) => [...previous, previewActionFor(fallbackSite)] },
  });
  return { ...workspace, plugins: [...(workspace.plugins ?? []), plugin()] };
}
