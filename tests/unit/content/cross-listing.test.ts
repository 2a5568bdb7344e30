/**
 * An event cross-listed to a site where another event already has its address: the site's own
 * event keeps the page, the cross-listed one is left out of that site only (its own site still
 * shows it), and both sites' reports say why, with the document id, the field and the rule.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
const sample = resolve(import.meta.dirname, '../../../dataset/sample');
const lines = readFileSync(join(sample, 'data.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
const published = (type: string, site: string) =>
  lines.find((d) => d._type === type && !d._id.startsWith('drafts.') && d.site?._ref === `site.${site}` && !d.alsoOn?.length && d.status !== 'cancelled')!;

// A bydelshus event, and an Appelsinia event given the same address and cross-listed to bydelshus.
const own = published('event', 'bydelshus');
const guest = published('event', 'appelsinia');
const guestId = guest._id as string;
const slug = own.slug.current as string;
// Bydelshus has accepted the cross-listing, so it would show it but for the address.
const edited = lines.map((d) =>
  d._id === guestId
    ? { ...d, slug: { _type: 'slug', current: slug }, alsoOn: [{ _key: 'x1', _type: 'reference', _ref: 'site.bydelshus' }] }
    : d._id === 'crossListing.bydelshus'
      ? { ...d, accepted: [...d.accepted, { _key: 'x1', _type: 'reference', _ref: guestId, _weak: true }] }
      : d,
);

const dir = mkdtempSync(join(tmpdir(), 'fasett-crosslist-'));
writeFileSync(join(dir, 'data.ndjson'), edited.map((d) => JSON.stringify(d)).join('\n') + '\n');
symlinkSync(join(sample, 'images'), join(dir, 'images'));
symlinkSync(join(sample, 'assets.json'), join(dir, 'assets.json'));
process.env.CONTENT_DATASET = dir;
const { siteData } = await import('../../../shared/content/site-data.ts');

test.after(() => rmSync(dir, { recursive: true, force: true }));

test("the host site's own event keeps the address; the cross-listed one is not shown there", async () => {
  const host = await siteData('bydelshus');
  assert.is(host.eventsBySlug.get(slug)?._id, own._id);
  assert.not.ok(host.events.some((e) => e._id === guestId), 'the cross-listed event is left out of bydelshus');
  assert.is(host.events.filter((e) => e.slug === slug).length, 1, 'one event per address');
});

test('its own site still shows it', async () => {
  const owner = await siteData('appelsinia');
  assert.is(owner.eventsBySlug.get(slug)?._id, guestId);
});

test('both reports name the document, the field and the rule', async () => {
  for (const site of ['bydelshus', 'appelsinia']) {
    const data = await siteData(site);
    const problem = data.check.problemsFor(site).find((p) => p.rule === 'event.alsoOnSlugFree');
    assert.ok(problem, `${site}'s report has the problem`);
    assert.is(problem!.documentId, guestId);
    assert.is(problem!.field, 'alsoOn[0]');
    assert.is(problem!.severity, 'warning');
    assert.match(problem!.message, own._id);
    assert.match(problem!.message, /«bydelshus»/);
  }
});

test.run();
