/**
 * Before browser tests: Chromium present, every site built from the sample dataset with
 * the pinned clock into tests/.tmp/dist, and the Fasett server started on a free port.
 * The tests get FASETT_TEST_ORIGIN_PORT and FASETT_TEST_DIST in their environment.
 */
import { join } from 'node:path';
import { ensureChromium } from './chromium.ts';
import { buildSites, repoRoot } from '../../scripts/lib/build-sites.ts';

export const testDist = join(repoRoot, 'tests/.tmp/dist');

export async function prepareBrowserRun(env: Record<string, string>): Promise<Record<string, string>> {
  ensureChromium();
  console.log('Building every site for the browser tests (pinned clock)…');
  Object.assign(process.env, env, { FASETT_DIST_DIR: testDist });
  // Every site built, whatever an earlier run left in tests/.tmp: the tests read a real build's output.
  const { exitCode, results } = await buildSites({ env: { ...env, FASETT_DIST_DIR: testDist }, quiet: true, force: true });
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.slug}: ${r.report?.pages ?? '?'} pages in ${r.seconds.toFixed(1)} s`);
  if (exitCode !== 0) {
    for (const r of results.filter((x) => !x.ok)) console.log(r.output);
    throw new Error('Building the sites for the browser tests failed');
  }
  return { FASETT_DIST_DIR: testDist };
}
