/**
 * A local stand-in for Sanity's HTTP API, answering from a dataset in export format with
 * groq-js, as the hosted lake would after `sanity dataset import`. Lets the live source and
 * the publish gate be tested without the internet. Written from Sanity's documentation, not
 * from Fasett's own code, so the stand-in can disagree with Fasett:
 *
 *   GET/POST /vX/data/query/<dataset>   queries, with perspectives ("Drafts and versions",
 *                                       "Perspectives"):
 *     published   only documents at the root path: no `drafts.`, no `versions.` documents
 *     drafts      each draft in place of its published document (under the published id, with
 *                 `_originalId`), other published documents as they are; no versions
 *                 (`previewDrafts` is its old name)
 *     raw         everything, side by side (the default before API version 2025-02-19)
 *   GET /vX/users/me                    the user a token belongs to ({id, name, email,
 *                                       profileImage, role, provider}); `{}` without a token,
 *                                       401 for a token Sanity does not know
 *   POST /vX/data/mutate/<dataset>      createOrReplace / delete (what a Studio writes)
 *   POST /vX/data/actions/<dataset>     the Actions API: `sanity.action.document.publish`
 *                                       ({draftId, publishedId, ifDraftRevisionId?,
 *                                       ifPublishedRevisionId?}) → {transactionId}
 *
 * Tokens carry one of Sanity's project roles ("Roles" in the access docs): administrator,
 * editor and developer read and write everything; contributor reads everything and writes
 * drafts only — it may not publish; viewer only reads. A request without a token reads the
 * published perspective of a public dataset and writes nothing.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import type { Dataset, SanityDocument } from '../../shared/content/dataset.ts';

export type StandInRole = 'administrator' | 'editor' | 'developer' | 'contributor' | 'viewer';

export interface StandInUser {
  id: string;
  name: string;
  email: string;
  role: StandInRole;
}

export interface StandIn {
  url: string;
  requests: Array<{ method: string; path: string; perspective: string }>;
  /** Every action and mutation the stand-in carried out, in order, with the user who sent it. */
  writes: Array<{ kind: 'action' | 'mutation'; user: string; body: unknown }>;
  /** The dataset as it is now (published and drafts). */
  document(id: string): SanityDocument | undefined;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** One token that reads everything (administrator), as a read token for builds. */
  token?: string;
  /** Tokens and the users (with roles) they belong to. */
  users?: Record<string, StandInUser>;
}

const WRITERS = new Set<StandInRole>(['administrator', 'editor', 'developer']);

const newRev = () => randomBytes(11).toString('base64url');

export async function startSanityStandIn(dataset: Dataset, options: StandInOptions = {}): Promise<StandIn> {
  const isDraft = (id: string) => id.startsWith('drafts.');
  const isVersion = (id: string) => id.startsWith('versions.');
  // Documents keep what the export gave them; every write gives the written document a new `_rev`.
  const store = new Map<string, SanityDocument>(dataset.documents.map((doc) => [doc._id, doc]));
  const users: Record<string, StandInUser> = { ...options.users };
  if (options.token) users[options.token] = { id: 'standin-reader', name: 'Bygg', email: 'bygg@example.invalid', role: 'administrator' };
  const tokensRequired = Object.keys(users).length > 0 && !!options.token;

  const views = (perspective: string): SanityDocument[] => {
    const all = [...store.values()];
    const published = all.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id));
    if (perspective === 'published') return published;
    if (perspective === 'drafts' || perspective === 'previewDrafts') {
      const overlaid = new Map(published.map((doc) => [doc._id, doc]));
      for (const doc of all) if (isDraft(doc._id)) overlaid.set(doc._id.slice('drafts.'.length), { ...doc, _id: doc._id.slice('drafts.'.length), _originalId: doc._id });
      return [...overlaid.values()];
    }
    return all;
  };

  const requests: StandIn['requests'] = [];
  const writes: StandIn['writes'] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const user = bearer ? users[bearer] : undefined;
    if (bearer && !user) return send(401, { statusCode: 401, error: 'Unauthorized', message: 'Session not found' });

    if (/^\/v[\w-]+\/users\/me$/.test(url.pathname)) {
      if (!user) return send(200, {});
      return send(200, { id: user.id, name: user.name, email: user.email, profileImage: null, role: user.role, roles: [{ name: user.role, title: user.role }], provider: 'sanity' });
    }

    const actions = /^\/v[\w-]+\/data\/actions\/([\w-]+)$/.exec(url.pathname);
    if (actions && req.method === 'POST') {
      if (!user) return send(401, { statusCode: 401, error: 'Unauthorized', message: 'Authentication required' });
      const body = JSON.parse(await readBody(req)) as { actions?: Array<Record<string, unknown>> };
      const list = body.actions ?? [];
      // All or nothing: every action is checked before any is applied.
      const apply: Array<() => void> = [];
      for (const [index, action] of list.entries()) {
        const fail = (status: number, description: string) => send(status, { error: { type: 'actionError', description, items: [{ error: { type: 'actionError', description }, index }] } });
        if (action.actionType !== 'sanity.action.document.publish') return fail(400, `Action type ${String(action.actionType)} is not supported by the stand-in`);
        if (!WRITERS.has(user.role)) return fail(403, 'Insufficient permissions; permission "update" required');
        const draftId = String(action.draftId ?? action.versionId ?? '');
        const publishedId = String(action.publishedId ?? '');
        if (!isDraft(draftId) || draftId.slice('drafts.'.length) !== publishedId) return fail(400, 'The draft id must be drafts.<publishedId>');
        const draft = store.get(draftId);
        if (!draft) return fail(409, `Document "${draftId}" does not exist`);
        if (action.ifDraftRevisionId !== undefined && draft._rev !== action.ifDraftRevisionId) return fail(409, `Document "${draftId}" has unexpected revision ID ("${String(draft._rev)}"), expected "${String(action.ifDraftRevisionId)}"`);
        const published = store.get(publishedId);
        if (action.ifPublishedRevisionId !== undefined && published?._rev !== action.ifPublishedRevisionId) return fail(409, `Document "${publishedId}" has unexpected revision ID`);
        apply.push(() => {
          store.set(publishedId, { ...draft, _id: publishedId, _rev: newRev(), _updatedAt: new Date().toISOString() });
          store.delete(draftId);
        });
      }
      for (const run of apply) run();
      writes.push({ kind: 'action', user: user.id, body });
      return send(200, { transactionId: newRev() });
    }

    const mutate = /^\/v[\w-]+\/data\/mutate\/([\w-]+)$/.exec(url.pathname);
    if (mutate && req.method === 'POST') {
      if (!user) return send(401, { statusCode: 401, error: 'Unauthorized', message: 'Authentication required' });
      const body = JSON.parse(await readBody(req)) as { mutations?: Array<Record<string, { _id?: string; id?: string } & Record<string, unknown>>> };
      const mutations = body.mutations ?? [];
      for (const mutation of mutations) {
        const [kind, value] = Object.entries(mutation)[0] ?? [];
        const id = String(value?._id ?? value?.id ?? '');
        const allowed = WRITERS.has(user.role) || (user.role === 'contributor' && isDraft(id));
        if (!allowed) return send(403, { error: { type: 'mutationError', description: `Insufficient permissions; permission "${kind === 'delete' ? 'delete' : 'update'}" required for "${id}"` } });
        if (kind !== 'createOrReplace' && kind !== 'delete') return send(400, { error: { type: 'mutationError', description: `Mutation ${String(kind)} is not supported by the stand-in` } });
      }
      for (const mutation of mutations) {
        const [kind, value] = Object.entries(mutation)[0]!;
        if (kind === 'delete') store.delete(String(value.id));
        else store.set(String(value._id), { ...(value as SanityDocument), _rev: newRev(), _updatedAt: new Date().toISOString() });
      }
      writes.push({ kind: 'mutation', user: user.id, body });
      return send(200, { transactionId: newRev(), results: mutations.map((m) => ({ id: String(Object.values(m)[0]?._id ?? Object.values(m)[0]?.id), operation: 'update' })) });
    }

    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname);
    if (!match) return send(404, { error: 'Not found' });
    if (tokensRequired && !user) return send(401, { error: 'Unauthorized' });
    let query = url.searchParams.get('query') ?? '';
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
    if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query: string; params?: Record<string, unknown> };
      query = body.query;
      Object.assign(params, body.params ?? {});
    }
    // Since API version 2025-02-19 a query without a perspective reads the published one.
    const version = /^\/v([\d-]+)\//.exec(url.pathname)?.[1];
    let perspective = url.searchParams.get('perspective') ?? (version && version >= '2025-02-19' ? 'published' : 'raw');
    // Without a token only what is published can be read, whatever is asked.
    if (!user) perspective = 'published';
    requests.push({ method: req.method ?? 'GET', path: url.pathname, perspective });
    const documents = views(perspective);
    const byId = new Map(documents.map((d) => [d._id, d]));
    try {
      const started = performance.now();
      const value = await evaluate(parse(query, { params }), { dataset: documents, params, dereference: ({ _ref }) => byId.get(_ref) ?? null });
      send(200, { query, result: await value.get(), ms: Math.round(performance.now() - started) });
    } catch (error) {
      send(400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    writes,
    document: (id) => store.get(id),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
