/**
 * The Studio's schema and validation in plain Node: the compiled schema, and a stand-in
 * for the Studio's client whose `fetch` runs GROQ with groq-js over a set of documents,
 * so custom validation (the rulebook) runs as it does while an editor types.
 */
import { createSchema } from 'sanity';
import { validateDocumentWithWorkspace, type DocumentValidationMarker } from '@sanity/validation';
import { evaluate, parse } from 'groq-js';
import { from } from 'rxjs';
import { schemaTypes } from '../../../studio/schemaTypes/index.ts';

export const schema = createSchema({ name: 'fasett-test', types: schemaTypes as never });

export function fakeClient(documents: readonly unknown[]) {
  const client = {
    async fetch(query: string, params: Record<string, unknown> = {}) {
      const value = await evaluate(parse(query, { params }), { dataset: documents as never, params });
      return value.get();
    },
    withConfig: () => client,
    config: () => ({ projectId: 'fasett-test', dataset: 'test', apiVersion: '2025-01-01' }),
    getDataUrl: () => '',
    observable: {
      fetch: (query: string, params?: Record<string, unknown>) => from(client.fetch(query, params)),
      request: () => from(Promise.resolve(null)),
    },
  };
  return client;
}

/** What the Studio shows for `document` while `documents` are in the Content Lake. */
export async function studioMarkers(
  document: { _id: string; _type: string },
  documents: readonly unknown[],
): Promise<DocumentValidationMarker[]> {
  const client = fakeClient(documents);
  const ids = new Set(documents.map((d) => (d as { _id: string })._id));
  return validateDocumentWithWorkspace({
    document: document as never,
    workspace: { schema, getClient: () => client } as never,
    getDocumentExists: async ({ id }) => ids.has(id),
    // The Studio's own environment: document-level rules keep their levels (error/warning).
    environment: 'studio',
  });
}
