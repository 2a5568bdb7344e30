/**
 * What the publish gate asks Sanity, through @sanity/client: who a token belongs to
 * (`GET /users/me` with the editor's own token), a document's draft and published versions
 * (with the gate's server token), and publishing a draft (the Actions API,
 * `sanity.action.document.publish`, with the server token and the draft revision the gate
 * checked, so a draft changed after the check is not published).
 */
import { createClient, type SanityClient } from '@sanity/client';
import type { LiveSettings } from '../shared/content/source.ts';
import type { SanityDocument } from '../shared/content/dataset.ts';

export interface SanityUserInfo {
  id: string;
  name?: string;
  email?: string;
}

export interface GateSanity {
  /** The user a token belongs to; undefined for an unknown, expired or anonymous token. */
  whoIs(token: string): Promise<SanityUserInfo | undefined>;
  /** The draft (`drafts.<id>`) and published versions of a document. */
  versions(publishedId: string): Promise<{ draft?: SanityDocument; published?: SanityDocument }>;
  /** Publishes the draft, if it is still at the revision the gate checked. */
  publish(publishedId: string, draftRevision: string | undefined): Promise<{ transactionId: string }>;
}

export interface GateSanitySettings extends Omit<LiveSettings, 'token'> {
  /** A token with the Editor role: reads drafts and publishes. Never sent to a browser. */
  writeToken: string;
}

function client(settings: Omit<LiveSettings, 'token'>, token: string): SanityClient {
  return createClient({
    projectId: settings.projectId,
    dataset: settings.dataset,
    apiVersion: settings.apiVersion,
    token,
    useCdn: false,
    ...(settings.apiHost ? { apiHost: settings.apiHost, useProjectHostname: false } : {}),
  });
}

export function gateSanity(settings: GateSanitySettings): GateSanity {
  const server = client(settings, settings.writeToken).withConfig({ perspective: 'raw' });
  return {
    async whoIs(token) {
      try {
        const me = (await client(settings, token).users.getById('me')) as Partial<SanityUserInfo> | null;
        // An anonymous request gets `{}`: nobody.
        return me && typeof me.id === 'string' && me.id ? { id: me.id, name: me.name, email: me.email } : undefined;
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 401 || (error as { statusCode?: number }).statusCode === 403) return undefined;
        throw error;
      }
    },
    async versions(publishedId) {
      const found = await server.fetch<SanityDocument[]>('*[_id in [$id, $draft]]', { id: publishedId, draft: `drafts.${publishedId}` });
      return { draft: found.find((doc) => doc._id === `drafts.${publishedId}`), published: found.find((doc) => doc._id === publishedId) };
    },
    async publish(publishedId, draftRevision) {
      const result = await server.action({
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${publishedId}`,
        publishedId,
        ...(draftRevision ? { ifDraftRevisionId: draftRevision } : {}),
      });
      return { transactionId: result.transactionId };
    },
  };
}

/** The gate's Sanity settings from the environment: a live project and SANITY_API_WRITE_TOKEN. */
export function gateSettingsFromEnv(live: LiveSettings | undefined, env = process.env): GateSanitySettings | undefined {
  const writeToken = env.SANITY_API_WRITE_TOKEN;
  if (!live || !writeToken) return undefined;
  const { token: _read, ...rest } = live;
  return { ...rest, writeToken };
}
