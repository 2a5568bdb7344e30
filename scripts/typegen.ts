/**
 * `npm run typegen` — regenerates shared/content/sanity.types.ts from the Studio schema and
 * the named queries in shared/content/queries.ts (Sanity TypeGen), so query results are
 * typed from the schema, never by hand. Run it after changing a schema type or a query.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './lib/build-sites.ts';

const studio = join(repoRoot, 'studio');
const sanity = join(repoRoot, 'node_modules/.bin/sanity');
const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1' };
console.log('Extracting the Studio schema…');
execFileSync(sanity, ['schema', 'extract', '--workspace', 'felles', '--path', '../.cache/schema.json', '--force'], { cwd: studio, env, stdio: 'inherit' });
console.log('Generating query result types…');
execFileSync(sanity, ['typegen', 'generate'], { cwd: studio, env, stdio: 'inherit' });
