/**
 * The live source (@sanity/client) against a local stand-in for Sanity's API gives the same
 * answer to every site query as the dataset on disk (groq-js).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDataset, defaultDatasetPath } from '../../../shared/content/dataset.ts';
import { datasetSource } from '../../../shared/content/dataset-source.ts';
import { liveSource } from '../../../shared/content/live-source.ts';
import { siteQueries } from '../../../shared/content/queries.ts';
import { siteData } from '../../../shared/content/site-data.ts';
import { startSanityStandIn } from '../../support/sanity-standin.ts';

const dataset = await loadDataset(defaultDatasetPath());
const standIn = await startSanityStandIn(dataset, { token: 'test-token' });
const disk = datasetSource(dataset);
const live = liveSource({ projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', token: 'test-token', apiHost: standIn.url });

for (const slug of ['bydelshus', 'appelsinia', 'ibsenbiblioteket']) {
  // Each source decides what is public on its own (the stand-in by Sanity's documented
  // published perspective, the disk by publication.ts), and each site's data is loaded whole
  // from it: the ids a site shows are worked out from what each source returned.
  test(`${slug}: every site query gives the same answer from the live client and from disk`, async () => {
    const [fromLive, fromDisk] = await Promise.all([siteData(slug, live), siteData(slug, disk)]);
    for (const name of ['site', 'events', 'campaigns', 'pages', 'articles', 'alerts', 'serviceLinks', 'taxonomy'] as const) {
      assert.equal(fromLive[name], fromDisk[name], `${slug}: ${name}`);
      assert.ok(JSON.stringify(fromDisk[name]).length > 20, `${slug}: ${name} has content`);
    }
    assert.equal(fromLive.check.shownIds(slug), fromDisk.check.shownIds(slug));
    assert.not.ok(fromDisk.check.shownIds(slug).some((id) => id.startsWith('versions.') || id.startsWith('drafts.')));
  });
}

test('every named query runs on both sources with the same parameters', async () => {
  const shown = (await siteData('bydelshus', disk)).check.shownIds('bydelshus');
  for (const [name, query] of Object.entries(siteQueries)) {
    const params = { siteId: 'site.bydelshus', shown };
    assert.equal(await live.fetch(query, params), await disk.fetch(query, params), name);
  }
});

test('the live client asks for the published perspective, so drafts never reach a build', async () => {
  assert.ok(standIn.requests.length > 0);
  assert.ok(standIn.requests.every((r) => r.perspective === 'published'));
  const ids = await live.fetch<string[]>('*[_type == "event"]._id');
  assert.ok(ids.length > 0);
  assert.not.ok(ids.some((id) => id.startsWith('drafts.')));
});

test('the drafts perspective lays drafts over published documents under the published id', async () => {
  const draft = dataset.documents.find(
    (d) => d._id.startsWith('drafts.') && dataset.documents.some((p) => p._id === d._id.slice(7) && p.title !== d.title),
  );
  assert.ok(draft, 'the sample dataset has a draft of a published document with a new title');
  const id = draft!._id.slice(7);
  const query = '*[_id == $id][0].title';
  assert.is(await live.withPerspective('drafts').fetch(query, { id }), draft!.title);
  assert.is(await disk.withPerspective('drafts').fetch(query, { id }), draft!.title);
  assert.is.not(await live.fetch(query, { id }), draft!.title);
});

test.after(() => standIn.close());
test.run();
