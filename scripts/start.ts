/**
 * `npm start` — builds the sites that are not built yet, then serves them all at
 * http://<slug>.localhost:4321/ (PORT and HOST override).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listSiteSlugs } from '../shared/config/site.ts';
import { buildSites, distDir } from './lib/build-sites.ts';
import { startServer } from '../server/start-server.ts';

const missing = listSiteSlugs().filter((slug) => !existsSync(join(distDir(), slug, 'index.html')));
if (missing.length) {
  const { exitCode } = await buildSites({ sites: missing });
  if (exitCode !== 0) process.exit(exitCode);
} else {
  console.log('Every site is built (npm run build rebuilds them).');
}
await startServer();
