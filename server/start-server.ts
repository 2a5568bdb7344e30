import { listSiteSlugs } from '../shared/config/site.ts';
import { createFasettServer } from './app.ts';
import { distDir } from '../scripts/lib/build-sites.ts';

export interface StartOptions {
  watch?: boolean;
  port?: number;
  host?: string;
}

export async function startServer(options: StartOptions = {}) {
  const port = options.port ?? Number(process.env.PORT ?? 4321);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const sites = listSiteSlugs();
  const server = createFasettServer({ distDir, sites: () => sites, port });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  console.log(`\nFasett serves ${sites.length} sites:`);
  for (const slug of sites) console.log(`  http://${slug}.localhost:${port}/`);
  console.log(`  (list of sites: http://localhost:${port}/)\n`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
