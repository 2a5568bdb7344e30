/**
 * A local stand-in for Sanity's query HTTP API (GET and POST /vX/data/query/<dataset>),
 * answering from a dataset in export format with groq-js, as the hosted lake would after
 * `sanity dataset import`. Lets the live source be tested without the internet.
 *
 * Perspectives are written from Sanity's documentation ("Drafts and versions", "Perspectives"),
 * not from Fasett's own code, so the stand-in can disagree with Fasett's view of what is public:
 *   published   only documents at the root path: no `drafts.`, no `versions.` documents
 *   drafts      each draft in place of its published document (under the published id, with
 *               `_originalId`), other published documents as they are; no versions
 *               (`previewDrafts` is its old name)
 *   raw         everything, side by side (the default before API version 2025-02-19)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import type { Dataset } from '../../shared/content/dataset.ts';

export interface StandIn {
  url: string;
  requests: Array<{ method: string; path: string; perspective: string }>;
  close(): Promise<void>;
}

export async function startSanityStandIn(dataset: Dataset, options: { token?: string } = {}): Promise<StandIn> {
  const isDraft = (id: string) => id.startsWith('drafts.');
  const isVersion = (id: string) => id.startsWith('versions.');
  const published = dataset.documents.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id));
  const overlaid = new Map(published.map((doc) => [doc._id, doc]));
  for (const doc of dataset.documents) {
    if (isDraft(doc._id)) overlaid.set(doc._id.slice('drafts.'.length), { ...doc, _id: doc._id.slice('drafts.'.length), _originalId: doc._id });
  }
  const drafts = [...overlaid.values()];
  const requests: StandIn['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!match) return send(404, { error: 'Not found' });
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) return send(401, { error: 'Unauthorized' });
    let query = url.searchParams.get('query') ?? '';
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
    if (req.method === 'POST') {
      const body = JSON.parse(await new Promise<string>((resolve) => {
        let text = '';
        req.on('data', (c) => (text += c));
        req.on('end', () => resolve(text));
      })) as { query: string; params?: Record<string, unknown> };
      query = body.query;
      Object.assign(params, body.params ?? {});
    }
    // Since API version 2025-02-19 a query without a perspective reads the published one.
    const version = /^\/v([\d-]+)\//.exec(url.pathname)?.[1];
    const perspective = url.searchParams.get('perspective') ?? (version && version >= '2025-02-19' ? 'published' : 'raw');
    requests.push({ method: req.method ?? 'GET', path: url.pathname, perspective });
    const documents = perspective === 'drafts' || perspective === 'previewDrafts' ? drafts : perspective === 'published' ? published : dataset.documents;
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
