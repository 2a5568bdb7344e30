import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldSite } from '../../../scripts/lib/scaffold-site.ts';
import { loadSiteConfig } from '../../../shared/config/site.ts';
import { readArgs, values, flag } from '../../../scripts/lib/args.ts';

async function rejects(run: () => Promise<unknown>, pattern: RegExp) {
  const error = await run().then(() => undefined, (e: Error) => e);
  assert.ok(error, 'expected an error');
  assert.match(error!.message, pattern);
}

const dir = mkdtempSync(join(tmpdir(), 'fasett-sites-'));

test('scaffolding a site writes a config that loads, with the chosen theme and URL', async () => {
  const result = await scaffoldSite({ slug: 'kulturskolen', title: 'Kulturskolen', theme: 'base', dir });
  assert.ok(existsSync(join(result.folder, 'site.config.ts')));
  assert.match(readFileSync(join(result.folder, 'site.config.ts'), 'utf8'), "defineSite({\n  slug: 'kulturskolen'");
  const config = await loadSiteConfig('kulturskolen', dir);
  assert.is(config.url, 'https://kulturskolen.skien.kommune.no');
  assert.is(config.theme, 'base');
  assert.equal(result.siteDocument, { _id: 'site.kulturskolen', _type: 'site', title: 'Kulturskolen', slug: { _type: 'slug', current: 'kulturskolen' } });
});

test('a taken slug, a bad slug or an unknown theme is refused with a clear message', async () => {
  await rejects(() => scaffoldSite({ slug: 'kulturskolen', dir }), /exists already/);
  await rejects(() => scaffoldSite({ slug: 'Kultur Skolen', dir }), /not a valid site slug/);
  await rejects(() => scaffoldSite({ slug: 'ny', theme: 'rosa', dir }), /Unknown theme "rosa"/);
});

test('a site config whose slug does not match its folder is refused', async () => {
  await rejects(() => loadSiteConfig('finnes-ikke', dir), /No site "finnes-ikke"/);
});

test('build arguments: --site repeated or comma-separated, flags, positionals', () => {
  const args = readArgs(['x', '--site', 'a', '--site=b,c', '--strict']);
  assert.equal(values(args, 'site'), ['a', 'b', 'c']);
  assert.ok(flag(args, 'strict'));
  assert.equal(values(args, '_'), ['x']);
});

test.run();
