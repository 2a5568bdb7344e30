/**
 * A Fasett server with the editors' loop for one test file: a copy of the sample dataset
 * (tests edit the copy, never dataset/sample), its own dist folder (seeded from the
 * browser run's build when there is one), known secrets, and helpers to edit a document,
 * send a signed webhook and fetch a page by Host header.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { buildSites, repoRoot } from '../../scripts/lib/build-sites.ts';
import { listSiteSlugs, loadAllSiteConfigs } from '../../shared/config/site.ts';
import { createFasettServer } from '../../server/app.ts';
import { hostRoutes } from '../../server/hosts.ts';
import { createEditorLoop, type EditorLoop, type EditorLoopOptions } from '../../server/editor-loop.ts';

export const WEBHOOK_SECRET = 'test-webhook-secret';
export const PREVIEW_SECRET = 'test-preview-secret';

export interface EditorFixture {
  editor: EditorLoop;
  port: number;
  origin: string;
  dataset: string;
  dist: string;
  /** Rewrites one document in the dataset copy, as a publish in the Studio would. */
  edit(id: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown>;
  doc(id: string): Record<string, unknown>;
  webhook(body: object, secret?: string | null): Promise<{ status: number; body: unknown }>;
  get(site: string, path: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export async function startEditorFixture(
  options: { sites?: string[]; debounceMs?: number; build?: boolean; watch?: boolean } & Pick<EditorLoopOptions, 'gateSanity' | 'editorsFile' | 'studioOrigins'> = {},
): Promise<EditorFixture> {
  process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const sites = options.sites ?? listSiteSlugs();
  // Inside the repository: Astro keeps a build's prerender chunks beside an outDir it contains,
  // and in one shared folder for any outDir outside it.
  mkdirSync(join(repoRoot, 'tests/.tmp'), { recursive: true });
  const root = mkdtempSync(join(repoRoot, 'tests/.tmp/editor-'));
  const dataset = join(root, 'dataset');
  cpSync(join(repoRoot, 'dataset/sample'), dataset, { recursive: true });
  process.env.CONTENT_DATASET = dataset;
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });

  // The browser run built every site from the same dataset and clock: start from a copy of that.
  const prebuilt = process.env.FASETT_DIST_DIR;
  const missing: string[] = [];
  for (const slug of sites) {
    if (prebuilt && existsSync(join(prebuilt, slug, 'index.html'))) cpSync(join(prebuilt, slug), join(dist, slug), { recursive: true, dereference: true });
    else missing.push(slug);
  }
  if (missing.length && options.build !== false) {
    const { exitCode, results } = await buildSites({ sites: missing, quiet: true, env: { FASETT_DIST_DIR: dist } });
    if (exitCode !== 0) throw new Error(`building ${missing.join(', ')} failed:\n${results.map((r) => r.output).join('\n')}`);
  }

  let origin = '';
  const editor = await createEditorLoop({
    distDir: () => dist,
    sites,
    previewSecret: PREVIEW_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    debounceMs: options.debounceMs ?? 300,
    watch: options.watch,
    quiet: !process.env.FASETT_TEST_VERBOSE,
    // The dist is a copy of the browser run's sites without their input keys: nothing to catch up on.
    catchUp: false,
    gateSanity: options.gateSanity,
    editorsFile: options.editorsFile,
    studioOrigins: options.studioOrigins,
    editorOrigin: () => origin,
  });
  const configs = (await loadAllSiteConfigs()).filter((config) => sites.includes(config.slug));
  const server: Server = createFasettServer({ distDir: () => dist, sites: () => sites, hosts: hostRoutes(configs, ['localhost']), port: 0, handlers: editor.handlers });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  const ndjson = join(dataset, 'data.ndjson');
  const readDocs = () => readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

  return {
    editor,
    port,
    origin,
    dataset,
    dist,
    doc: (id) => {
      const found = readDocs().find((d) => d._id === id);
      if (!found) throw new Error(`no document ${id} in the dataset copy`);
      return found;
    },
    edit(id, change) {
      let edited: Record<string, unknown> | undefined;
      const docs = readDocs().map((doc) => (doc._id === id ? (edited = change(doc)) : doc));
      if (!edited) throw new Error(`no document ${id} in the dataset copy`);
      const partial = `${ndjson}.tmp`;
      writeFileSync(partial, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      renameSync(partial, ndjson);
      return edited;
    },
    async webhook(body, secret = WEBHOOK_SECRET) {
      const text = JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(text, Date.now(), secret);
      const response = await fetch(`${origin}/api/publish`, { method: 'POST', body: text, headers });
      return { status: response.status, body: await response.json() };
    },
    get: (site, path) =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, headers: { host: `${site}.localhost:${port}` } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      }),
    async close() {
      editor.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` is true; returns the milliseconds it took. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`not within ${timeoutMs / 1000} s`);
}
