/**
 * `npm run build` — builds every site (or `--site <slug>`) into dist/<slug>/, in parallel
 * up to the core count, each `astro build` in its own process with FASETT_SITE set.
 * Shows progress per site and ends with a summary table; problems from the rulebook are
 * printed once even when several sites share the document. `--strict` exits non-zero
 * when any document has an error (for content CI). A site whose code, content and time facts
 * are those of its last build is not built again (scripts/lib/site-inputs.ts); `--force` builds
 * it anyway. Last, dist/_nginx/fasett.conf: the nginx configuration for what is built
 * (shared/serving/nginx.ts; FASETT_NGINX_LISTEN, FASETT_NGINX_UPSTREAM, FASETT_EDITOR_HOST).
 */
import { buildSites, distDir } from './lib/build-sites.ts';
import { flag, readArgs, values } from './lib/args.ts';
import { writeNginxConfig } from '../shared/serving/nginx.ts';

const args = readArgs();
const result = await buildSites({ sites: values(args, 'site'), strict: flag(args, 'strict'), force: flag(args, 'force') });
if (result.results.some((r) => r.ok)) console.log(`  nginx configuration → ${await writeNginxConfig(distDir())}  (README: Deploying with nginx)`);
process.exitCode = result.exitCode;
