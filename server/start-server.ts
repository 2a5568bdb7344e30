/**
 * Starts the Fasett server: every built site on its host names, and on the editor host the
 * editors' loop — draft preview, the publish webhook, scheduled rebuilds, /api/status, and
 * with `watch` the dataset watcher. HOST and PORT override 127.0.0.1:4321 (PORT=0: any free
 * port, printed). SIGTERM or SIGINT stops it: no new connections, a running rebuild is killed
 * (its requests stay in the journal and are built at the next start), then exit.
 */
import type { AddressInfo } from 'node:net';
import { loadAllSiteConfigs } from '../shared/config/site.ts';
import { createFasettServer } from './app.ts';
import { distDir } from '../scripts/lib/build-sites.ts';
import { createEditorLoop } from './editor-loop.ts';
import { editorHostsFrom, hostRoutes } from './hosts.ts';

export interface StartOptions {
  watch?: boolean;
  port?: number;
  host?: string;
}

/** How long open connections may take to finish once the server is told to stop. */
const STOP_GRACE_MS = 5000;

export async function startServer(options: StartOptions = {}) {
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const configs = await loadAllSiteConfigs();
  const sites = configs.map((config) => config.slug);
  const hosts = hostRoutes(configs, editorHostsFrom());
  let port = options.port ?? Number(process.env.PORT ?? 4321);
  const editorOrigin = () => process.env.FASETT_EDITOR_URL ?? `http://${hosts.editorHosts[0] ?? 'localhost'}:${port}`;
  const editor = await createEditorLoop({ distDir, sites, watch: options.watch, editorOrigin });
  const server = createFasettServer({ distDir, sites: () => sites, hosts, port: () => port, handlers: editor.handlers });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const editorHost = hosts.editorHosts[0] ?? 'localhost';
  const origin = `http://${editorHost}:${port}`;
  console.log(`\nFasett serves ${sites.length} sites:`);
  for (const slug of sites) console.log(`  ${hosts.namesOf(slug).map((name) => `http://${name}:${port}/`).join('  ')}`);
  console.log(`  (list of sites: ${origin}/; any other host name gets 404)\n`);
  console.log(`Editors (on ${hosts.editorHosts.join(', ')} only):`);
  const secret = editor.preview.generated ? editor.preview.secret : '<PREVIEW_SECRET>';
  console.log(`  preview      ${origin}/preview/${sites[0] ?? '<site>'}/?secret=${secret}`);
  if (editor.preview.generated) console.log('               (PREVIEW_SECRET is not set: this secret lasts until the server stops)');
  console.log(`  webhook      POST ${origin}/api/publish${editor.webhookConfigured ? '' : '  (SANITY_WEBHOOK_SECRET is not set: every webhook gets 401)'}`);
  console.log(`  publish gate POST ${origin}/api/gate/publish  (publication log: ${origin}/redaksjon/publiseringer/<site>/)`);
  console.log(`  status       ${origin}/api/status  (build errors: with the preview cookie or Authorization: Bearer <PREVIEW_SECRET>)`);
  console.log(`  content      ${editor.content.description}${options.watch && editor.content.kind === 'dataset' ? ' (watched: changes rebuild the sites they touch)' : ''}`);
  const next = editor.scheduler.upcoming(1)[0];
  if (next) console.log(`  next rebuild ${next.at.toISOString()} (${next.reasons[0]}${next.reasons.length > 1 ? ` and ${next.reasons.length - 1} more` : ''})`);
  console.log('');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const pending = editor.journal.pending().length;
    console.log(`${signal}: stopping${pending ? ` (${pending} publish request${pending === 1 ? '' : 's'} not built yet: built at the next start)` : ''}`);
    editor.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return server;
}
