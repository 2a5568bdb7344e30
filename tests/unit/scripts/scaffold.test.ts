import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldSite } from '../../../scripts/lib/scaffold-site.ts';
import { loadSiteConfig } from '../../../shared/config/site.ts';
import { readArgs, values, flag } from '../../../scripts/lib/args.ts';
import { defineSite, SiteConfigError } from '../../../shared/config/define-site.ts';
import { accessibilityProblems } from '../../../shared/site/accessibility-statement.ts';

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
  assert.is(config.locale, 'nb');
  assert.is(config.feedbackEmail, 'postmottak@skien.kommune.no');
  assert.equal(result.siteDocument, {
    _id: 'site.kulturskolen',
    _type: 'site',
    title: 'Kulturskolen',
    slug: { _type: 'slug', current: 'kulturskolen' },
    contact: { email: 'postmottak@skien.kommune.no' },
  });
});

test('a new site gets an accessibility statement page and a feedback address, in its language', async () => {
  const result = await scaffoldSite({ slug: 'nynorsksenteret', title: 'Nynorsksenteret', locale: 'nn', feedbackEmail: 'uu@skien.kommune.no', dir });
  const config = await loadSiteConfig('nynorsksenteret', dir);
  assert.is(config.locale, 'nn');
  assert.is(config.feedbackEmail, 'uu@skien.kommune.no');
  const page = result.statementDocument;
  assert.is(page._id, 'page.nynorsksenteret.tilgjengelighetserklaering');
  assert.is(page.slug.current, 'tilgjengelighetserklaering');
  assert.equal(page.site, { _type: 'reference', _ref: 'site.nynorsksenteret' });
  assert.is(page.title, 'Tilgjengelegheitserklæring');
  const text = JSON.stringify(page.body);
  assert.match(text, /nettstaden til Nynorsksenteret/);
  assert.match(text, /"href":"mailto:uu@skien.kommune.no"/, 'the statement links the feedback address');
  assert.not.match(text, /\bikke\b|nettstedet/, 'no bokmål in a nynorsk statement');
  // Ready to import: the site document and the statement, one per line.
  const lines = readFileSync(join(result.folder, 'starter-content.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.map((d) => d._id), ['site.nynorsksenteret', 'page.nynorsksenteret.tilgjengelighetserklaering']);
  // A bokmål site's statement is bokmål.
  const nb = await scaffoldSite({ slug: 'bokmalshuset', dir });
  assert.is(nb.statementDocument.title, 'Tilgjengelighetserklæring');
  assert.match(JSON.stringify(nb.statementDocument.body), /nettstedet til bokmalshuset/);
});

test('a site without a statement or a feedback address is warned about, by name', () => {
  const bare = defineSite({ slug: 'kulturskolen', url: 'https://kulturskolen.skien.kommune.no', theme: 'base' });
  const problems = accessibilityProblems(bare, { hasStatementPage: false, contactEmail: null });
  assert.equal(problems.map((p) => [p.documentId, p.rule, p.severity]), [
    ['site.kulturskolen', 'site.accessibilityStatement', 'warning'],
    ['site.kulturskolen', 'site.accessibilityFeedback', 'warning'],
  ]);
  assert.match(problems[0]!.message, /«kulturskolen» har ingen tilgjengelighetserklæring/);
  assert.match(problems[0]!.message, /sites\/kulturskolen\/site.config.ts/);
  // A statement page, or a uustatus link, is enough; the contact address serves for feedback.
  assert.equal(accessibilityProblems(bare, { hasStatementPage: true, contactEmail: 'post@skien.kommune.no' }), []);
  assert.equal(accessibilityProblems({ ...bare, uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/x' }, { hasStatementPage: false, contactEmail: 'a@b.no' }), []);
});

test('the language is nb or nn; anything else names the site and the field', () => {
  const input = { slug: 'kulturskolen', url: 'https://kulturskolen.skien.kommune.no', theme: 'base' };
  assert.is(defineSite(input).locale, 'nb');
  assert.is(defineSite({ ...input, locale: 'nn' }).locale, 'nn');
  try {
    defineSite({ ...input, locale: 'en' as never });
    assert.unreachable('expected a SiteConfigError');
  } catch (error) {
    assert.instance(error, SiteConfigError);
    assert.match((error as Error).message, /sites\/kulturskolen\/site.config.ts: locale "en" is not a language Fasett has: use "nb" or "nn"/);
  }
});

test('a taken slug, a bad slug or an unknown theme is refused with a clear message', async () => {
  await rejects(() => scaffoldSite({ slug: 'kulturskolen', dir }), /exists already/);
  await rejects(() => scaffoldSite({ slug: 'Kultur Skolen', dir }), /not a valid site slug/);
  await rejects(() => scaffoldSite({ slug: 'ny', theme: 'rosa', dir }), /Unknown theme "rosa"/);
  await rejects(() => scaffoldSite({ slug: 'ny', locale: 'sv', dir }), /Unknown language "sv"/);
  await rejects(() => scaffoldSite({ slug: 'ny', feedbackEmail: 'ikke en adresse', dir }), /not an e-mail address/);
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
