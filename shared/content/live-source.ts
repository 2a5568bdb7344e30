/** A live Sanity project as a ContentSource, through @sanity/client. */
import { createClient, type SanityClient } from '@sanity/client';
import type { ContentSource, LiveSettings, Perspective, QueryParams } from './source.ts';

export function liveSource(settings: LiveSettings, perspective: Perspective = 'published'): ContentSource {
  const client: SanityClient = createClient({
    projectId: settings.projectId,
    dataset: settings.dataset,
    apiVersion: settings.apiVersion,
    token: settings.token,
    useCdn: false,
    perspective,
    ...(settings.apiHost ? { apiHost: settings.apiHost, useProjectHostname: false } : {}),
  });
  return {
    kind: 'live',
    description: `sanity:${settings.projectId}/${settings.dataset} (${perspective})`,
    project: { projectId: settings.projectId, dataset: settings.dataset },
    fetch<Result>(query: string, params: QueryParams = {}) {
      return client.fetch<Result>(query, params as Record<string, never>);
    },
    withPerspective(next: Perspective) {
      return liveSource(settings, next);
    },
    assetFile() {
      return undefined;
    },
  };
}
