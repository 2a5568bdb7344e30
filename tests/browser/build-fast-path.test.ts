/**
 * The event fast path (server/event-fast-path.ts) serves first exactly what the incremental
 * build then writes. Two sites are built the way the server builds them (staging folder, swapped
 * in); a cross-listed event is retitled in a copy of the dataset; the fast path writes into the
 * served folders; then the server's rebuild builds the sites again. The oracle is that build:
 * every page, list, feed and calendar file of the folder the fast path wrote into must be
 * byte-identical to the build's (so nothing was written wrong and nothing was missed), the
 * precompressed copies too — except what the fast path leaves to the build: the search index,
 * share cards, the sitemap and the build's own bookkeeping.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../scripts/lib/build-sites.ts';
import { createClock } from '../../server/clock.ts';
import { currentBuild } from '../../server/atomic-swap.ts';
import { createEventFastPath, type FastPathRun } from '../../server/event-fast-path.ts';
import { rebuildSites } from '../../server/site-rebuild.ts';
import { RENDERER_DIR, RENDERER_FILE } from '../../shared/build/keep-renderer.ts';

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const SITES = ['appelsinia', 'bydelshus'];
// Owned by Appelsinia, cross-listed on Bydelshus.
const EVENT = 'event.appelsinia.skoytedisko-i-skien-fritidspark';
const SLUG = 'skoytedisko-i-skien-fritidspark';
const NEW_TITLE = 'Skøytedisko med DJ Isfjell i Skien fritidspark';

mkdirSync(join(repoRoot, 'tests/.tmp'), { recursive: true });
const root = mkdtempSync(join(repoRoot, 'tests/.tmp/fast-path-'));
const dataset = join(root, 'dataset');
cpSync(join(repoRoot, 'dataset/sample'), dataset, { recursive: true });
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
const env = { CONTENT_DATASET: dataset };
process.env.CONTENT_DATASET = dataset;
const clock = createClock();
let jobs = 0;
const rebuild = async () => {
  const outcome = await rebuildSites({ id: ++jobs, sites: SITES, reasons: ['test'], requestedAt: new Date(), startedAt: new Date() }, { distDir: () => dist, clock, env });
  const failed = outcome.sites.filter((site) => !site.ok);
  if (failed.length) throw new Error(failed.map((site) => `${site.site}: ${site.error}`).join('\n'));
};

function edit(id: string, change: (doc: Record<string, unknown>) => Record<string, unknown>) {
  const file = join(dataset, 'data.ndjson');
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const updated = lines.map((line) => {
    const doc = JSON.parse(line) as Record<string, unknown>;
    return doc._id === id ? JSON.stringify(change(doc)) : line;
  });
  writeFileSync(file, updated.join('\n') + '\n');
}

/** Pages, lists, feeds and calendars: what the fast path is for. The rest is the build's alone. */
const LEFT_TO_BUILD = [/^pagefind\//, /^kort\//, /^_astro\//, /^sitemap/, /^\.fasett\//, /^\.astro\//];
const isPublished = (file: string) => /\.(html|xml|ics|json|txt)(\.br|\.gz)?$/.test(file) && !LEFT_TO_BUILD.some((re) => re.test(file));

function files(folder: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isPublished(relative(folder, path))) out.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return out;
}

function differences(served: Map<string, Buffer>, built: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [file, bytes] of built) if (!served.get(file)?.equals(bytes)) out.push(served.has(file) ? `differs: ${file}` : `missing: ${file}`);
  for (const file of served.keys()) if (!built.has(file)) out.push(`not in the build: ${file}`);
  return out;
}

await rebuild();
const fastPath = createEventFastPath({ distDir: () => dist, clock, env, log: () => {} });
let run: FastPathRun;
const before = new Map(SITES.map((site) => [site, currentBuild(dist, site)!]));

test.after(() => {
  fastPath.close();
  if (!process.env.FASETT_KEEP_TMP) rmSync(root, { recursive: true, force: true });
});

test('a build keeps the renderer it rendered with, beside its pages and never served', () => {
  for (const site of SITES) {
    const kept = JSON.parse(readFileSync(join(before.get(site)!, RENDERER_DIR, RENDERER_FILE), 'utf8')) as { paths: unknown[]; entry: string };
    assert.ok(kept.paths.length > 50, `${site}: the paths the build rendered are recorded`);
    assert.ok(existsSync(join(before.get(site)!, RENDERER_DIR, 'bundle', kept.entry)));
  }
});

test('a document other than an event is left to the rebuild, and the status says so', async () => {
  const skipped = await fastPath.run({ _id: 'venue.ibsenhuset', _type: 'venue' }, SITES);
  assert.ok(skipped.skipped?.includes('venue'));
  assert.equal(skipped.sites, []);
  assert.is(fastPath.status().recent[0]?.document, 'venue.ibsenhuset');
});

test('a retitled cross-listed event is written into both served sites within seconds', async () => {
  edit(EVENT, (doc) => ({ ...doc, title: NEW_TITLE }));
  run = await fastPath.run({ _id: EVENT, _type: 'event' }, SITES);
  for (const site of run.sites) assert.ok(site.ok, `${site.site}: ${site.reason}`);
  assert.equal(run.sites.map((site) => site.site).sort(), SITES);
  for (const site of SITES) {
    const folder = before.get(site)!;
    assert.is(currentBuild(dist, site), folder, 'written into the folder being served, not a new build');
    const page = readFileSync(join(folder, 'arrangementer', SLUG, 'index.html'), 'utf8');
    assert.ok(page.includes(NEW_TITLE), `${site}: the event page shows the new title`);
    assert.ok(readFileSync(join(folder, 'events.ics'), 'utf8').includes('DJ Isfjell'), `${site}: the calendar has it`);
    assert.ok(readFileSync(join(folder, 'events.json'), 'utf8').includes('DJ Isfjell'), `${site}: events.json has it`);
  }
  await fastPath.settled();
  for (const site of SITES) assert.ok(existsSync(join(before.get(site)!, 'arrangementer', SLUG, 'index.html.br')), `${site}: then its brotli copy`);
  const written = run.sites.reduce((sum, site) => sum + (site.written ?? 0), 0);
  assert.ok(written >= 6 && written < 200, `a handful of files, not the site: ${written}`);
});

test('what the fast path served is byte for byte what the incremental build then writes, and nothing it would change was missed', async () => {
  const served = new Map(SITES.map((site) => [site, files(before.get(site)!)]));
  await rebuild();
  for (const site of SITES) {
    const after = currentBuild(dist, site)!;
    assert.is.not(after, before.get(site), `${site}: the rebuild swapped in a new folder`);
    const diff = differences(served.get(site)!, files(after));
    assert.equal(diff, [], `${site}: ${diff.slice(0, 10).join('\n')}`);
  }
});

test('a bundle from other code than the current is never used: the rebuild alone publishes', async () => {
  const site = 'bydelshus';
  const folder = currentBuild(dist, site)!;
  const file = join(folder, RENDERER_DIR, RENDERER_FILE);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { code: string };
  writeFileSync(file, JSON.stringify({ ...kept, code: 'built-from-other-code' }));
  edit(EVENT, (doc) => ({ ...doc, title: 'Skøytedisko avlyst?' }));
  const page = readFileSync(join(folder, 'arrangementer', SLUG, 'index.html'));
  const refused = await fastPath.run({ _id: EVENT, _type: 'event' }, [site]);
  assert.is(refused.sites[0]?.ok, false);
  assert.match(refused.sites[0]?.reason ?? '', /code changed/);
  assert.ok(readFileSync(join(folder, 'arrangementer', SLUG, 'index.html')).equals(page), 'nothing written');
  assert.match(JSON.stringify(fastPath.status().recent[0]), /code changed/);
});

test.run();
