/**
 * What a built site tells its servers: `<site>/.fasett/serving.json`, written by the build beside
 * the pages it describes, so it is swapped in with them (server/atomic-swap.ts) and a server
 * never pairs a build with another build's policy. Dot-folders are never served.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspSourcesOf } from './csp-sources.ts';
import { NO_INLINE, type CspSources } from './headers.ts';
import { precompressFolder, type PrecompressResult } from './precompress.ts';

export interface ServingManifest {
  csp: CspSources;
}

export const manifestPath = (siteFolder: string) => join(siteFolder, '.fasett', 'serving.json');

export function readServingManifest(siteFolder: string): ServingManifest {
  try {
    const parsed = JSON.parse(readFileSync(manifestPath(siteFolder), 'utf8')) as Partial<ServingManifest>;
    return { csp: { ...NO_INLINE, ...parsed.csp } };
  } catch {
    // A site built before manifests existed: a policy without inline allowances, the safe side.
    return { csp: NO_INLINE };
  }
}

/**
 * The last step of a site's build, after every file is in place: the CSP hashes of its
 * inline code, and the precompressed copies.
 */
export async function finishSiteOutput(siteFolder: string, extraImageOrigins: string[] = []): Promise<{ manifest: ServingManifest; compressed: PrecompressResult }> {
  const csp = cspSourcesOf(htmlFiles(siteFolder));
  csp.images = [...new Set([...csp.images, ...extraImageOrigins])].sort();
  const manifest: ServingManifest = { csp };
  const file = manifestPath(siteFolder);
  mkdirSync(join(siteFolder, '.fasett'), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
  const compressed = await precompressFolder(siteFolder);
  return { manifest, compressed };
}

function* htmlFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield readFileSync(path, 'utf8');
  }
}
