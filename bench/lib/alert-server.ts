/**
 * The server of the alert benchmark (bench/lib/alert-fast-path.ts), in a process of its own as in
 * production: the editors' loop and the static sites over the benchmark's served folders, and
 * nothing else on its event loop. The benchmark's own work — polling alerts.json for every site,
 * driving Chromium, reading every page afterwards — runs in the parent, so it never holds up the
 * requests it measures.
 *
 * Started with fork() and the options as JSON in argv[2]. It sends { port } once its event renderer
 * is warm (a server that has been running), and answers the parent's questions by message:
 *   { id, ask: 'last' }     → { id, answer: the last alert write (AlertFeedsWrite) }
 *   { id, ask: 'settled' }  → { id, answer: null } once every banner replacement is done
 *   { id, ask: 'rss' }      → { id, answer: its resident memory in MiB }
 * The rebuild a webhook queues is held back (a debounce of an hour): it waits for the banners in
 * production anyway (server/editor-loop.ts).
 */
import type { AddressInfo } from 'node:net';

export interface AlertServerOptions {
  dist: string;
  sites: string[];
  webhookSecret: string;
}

export type AlertServerQuestion = { id: number; ask: 'last' | 'settled' | 'rss' };

const options = JSON.parse(process.argv[2]!) as AlertServerOptions;
const { loadAllSiteConfigs } = await import('../../shared/config/site.ts');
const { createFasettServer } = await import('../../server/app.ts');
const { hostRoutes } = await import('../../server/hosts.ts');
const { createEditorLoop } = await import('../../server/editor-loop.ts');

const editor = await createEditorLoop({
  distDir: () => options.dist,
  sites: options.sites,
  webhookSecret: options.webhookSecret,
  previewSecret: 'bench-preview-secret',
  debounceMs: 60 * 60 * 1000,
  maxWaitMs: 60 * 60 * 1000,
  quiet: true,
  catchUp: false,
});
const configs = (await loadAllSiteConfigs()).filter((config) => options.sites.includes(config.slug));
const server = createFasettServer({ distDir: () => options.dist, sites: () => options.sites, hosts: hostRoutes(configs, ['localhost']), port: 0, handlers: editor.handlers });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
// A server that has been running: its event renderer (server/event-fast-path.ts) is warm, every
// site's bundle loaded, before any editor publishes.
const warmSince = performance.now();
while (editor.fastPath && !editor.fastPath.status().warmedAt && performance.now() - warmSince < 300_000) await new Promise((resolve) => setTimeout(resolve, 250));

process.on('message', async (message: AlertServerQuestion) => {
  const answer =
    message.ask === 'last' ? (editor.alerts.last() ?? null)
    : message.ask === 'rss' ? Math.round(process.memoryUsage().rss / 2 ** 20)
    : (await editor.alerts.settled(), null);
  process.send!({ id: message.id, answer });
});
process.on('disconnect', () => {
  editor.close();
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
process.send!({ port: (server.address() as AddressInfo).port });
