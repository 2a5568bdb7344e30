/**
 * A site's build reads and checks only the documents that site shows or links to
 * (shared/content/site-scope.ts). What it publishes must not change: the same problems in its
 * report, the same documents left out, as a check of the whole dataset gives.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadAllSiteConfigs } from '../../../shared/config/site.ts';
import { checkContent } from '../../../shared/content/content-check.ts';
import { loadDataset } from '../../../shared/content/dataset.ts';
import { datasetSource } from '../../../shared/content/dataset-source.ts';
import { mayBelongTo, siteScope } from '../../../shared/content/site-scope.ts';
import { copyDataset, type Doc } from '../../support/dataset-copy.ts';

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';

const ref = (id: string) => ({ _type: 'reference', _ref: id });

test('the scope: the site\'s own documents, those cross-listed or meant for it, shared ones, and what they refer to', () => {
  const docs = [
    { _id: 'own', site: ref('site.a') },
    { _id: 'guest', site: ref('site.b'), alsoOn: [{ _key: 'k', ...ref('site.a') }] },
    { _id: 'elsewhere', site: ref('site.b') },
    { _id: 'linked', site: ref('site.b') },
    { _id: 'page', site: ref('site.a'), body: [{ markDefs: [{ _type: 'internalLink', reference: ref('linked') }] }] },
    { _id: 'alert-all', sites: [] },
    { _id: 'alert-a', sites: [ref('site.a')] },
    { _id: 'alert-b', sites: [ref('site.b')] },
    { _id: 'venue' },
  ];
  assert.equal(
    docs.filter((d) => mayBelongTo(d, 'site.a')).map((d) => d._id),
    ['own', 'guest', 'page', 'alert-all', 'alert-a', 'venue'],
  );
  assert.equal(
    siteScope(docs, 'site.a').map((d) => d._id),
    ['own', 'guest', 'linked', 'page', 'alert-all', 'alert-a', 'venue'],
  );
});

test("a site's check reports the same problems, and leaves out the same documents it shows, as a check of everything", async () => {
  // A broken document on every site (a required title removed), so there is something to find.
  const broken: string[] = [];
  const folder = copyDataset((docs: Doc[]) => {
    for (const site of ['bydelshus', 'appelsinia', 'ibsenbiblioteket']) {
      const event = docs.find((d) => d._type === 'event' && !d._id.startsWith('drafts.') && (d.site as { _ref?: string } | undefined)?._ref === `site.${site}`)!;
      delete event.title;
      broken.push(event._id);
    }
  });
  const source = datasetSource(await loadDataset(folder));
  const configs = new Map((await loadAllSiteConfigs()).map((c) => [c.slug, c]));
  const everything = await checkContent(source, configs);
  for (const id of broken) assert.ok(everything.excluded.includes(id), `${id} is left out`);
  for (const slug of ['bydelshus', 'appelsinia', 'ibsenbiblioteket']) {
    const scoped = await checkContent(source, configs, { site: `site.${slug}` });
    assert.ok(scoped.documentsChecked < everything.documentsChecked, `${slug} checks fewer documents`);
    assert.equal(scoped.problemsFor(slug), everything.problemsFor(slug), `${slug}: the same problems in its report`);
    const shown = new Set(siteScope(await source.fetch<Doc[]>('*'), `site.${slug}`).map((d) => d._id));
    assert.equal(
      scoped.excluded,
      everything.excluded.filter((id) => shown.has(id)),
      `${slug}: the same documents left out among those it shows`,
    );
  }
});

test.run();
