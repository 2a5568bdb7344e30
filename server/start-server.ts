/**
 * Starts the Fasett server: every built site by Host header, and the editors' loop —
 * draft preview, the publish webhook, scheduled rebuilds, /api/status, and with `watch`
 * the dataset watcher. HOST and PORT override 127.0.0.1:4321.
 */
import { listSiteSlugs } from '../shared/config/site.ts';
import { createFasettServer } from './app.ts';
import { distDir } from '../scripts/lib/build-sites.ts';
import { createEditorLoop } from './editor-loop.ts';

export interface StartOptions {
  watch?: boolean;
  port?: number;
  host?: string;
}

export async function startServer(options: StartOptions = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 4321);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const sites = listSiteSlugs();
  const editor = await createEditorLoop({ distDir, sites, watch: options.watch });
  const server = createFasettServer({ distDir, sites: () => sites, port, handlers: editor.handlers });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://localhost:${port}`;
  console.log(`\nFasett serves ${sites.length} sites:`);
  for (const slug of sites) console.log(`  http://${slug}.localhost:${port}/`);
  console.log(`  (list of sites: ${origin}/)\n`);
  console.log('Editors:');
  const secret = editor.preview.generated ? editor.preview.secret : '<PREVIEW_SECRET>';
  console.log(`  preview      ${origin}/preview/${sites[0] ?? '<site>'}/?secret=${secret}`);
  if (editor.preview.generated) console.log('               (PREVIEW_SECRET is not set: this secret lasts until the server stops)');
  console.log(`  webhook      POST ${origin}/api/publish${editor.webhookConfigured ? '' : '  (SANITY_WEBHOOK_SECRET is not set: every webhook gets 401)'}`);
  console.log(`  status       ${origin}/api/status`);
  console.log(`  content      ${editor.content.description}${options.watch && editor.content.kind === 'dataset' ? ' (watched: changes rebuild the sites they touch)' : ''}`);
  const next = editor.scheduler.upcoming(1)[0];
  if (next) console.log(`  next rebuild ${next.at.toISOString()} (${next.reasons[0]}${next.reasons.length > 1 ? ` and ${next.reasons.length - 1} more` : ''})`);
  console.log('');
  const stop = () => {
    editor.close();
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
