/** One workspace per site plus the shared one; a site's new documents belong to it from the start. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import config from '../../../studio/sanity.config.ts';
import { STUDIO_SITES, titleFromSlug } from '../../../studio/sites.ts';
import { listSiteSlugs } from '../../../shared/config/site.ts';
import { SHARED, SITE_OWNED, sharedTemplates, siteTemplates } from '../../../studio/structure.ts';
import type { Template } from 'sanity';

const workspaces = config as unknown as Array<{
  name: string;
  title: string;
  basePath: string;
  projectId: string;
  dataset: string;
  schema: { templates?: (prev: Template[]) => Template[] };
  document?: { newDocumentOptions?: (prev: Array<{ templateId: string }>, context: unknown) => Array<{ templateId: string }> };
}>;

test('a workspace per site folder, and the shared one', () => {
  assert.equal(
    workspaces.map((w) => [w.title, w.basePath]),
    [
      ['Appelsinia', '/appelsinia'],
      ['Bydelshus', '/bydelshus'],
      ['Ibsenbiblioteket', '/ibsenbiblioteket'],
      ['Felles', '/felles'],
    ],
  );
  // A new folder under sites/ is a new workspace: the list comes from the folders themselves.
  assert.equal(
    STUDIO_SITES.map((s) => s.slug),
    listSiteSlugs(),
  );
  assert.is(STUDIO_SITES.length + 1, workspaces.length);
  for (const workspace of workspaces) {
    assert.is(workspace.projectId, process.env.SANITY_STUDIO_PROJECT_ID || 'fasett-local');
    assert.is(workspace.dataset, process.env.SANITY_STUDIO_DATASET || 'production');
  }
});

const defaults: Template[] = ['site', 'event', 'venue', 'category', 'audience', 'campaign', 'page', 'article', 'alert', 'serviceLink'].map(
  (type) => ({ id: type, title: type, schemaType: type, value: {} }),
);

test("in a site's workspace, new events, campaigns, pages and news belong to that site", async () => {
  const site = STUDIO_SITES.find((s) => s.slug === 'appelsinia')!;
  const templates = siteTemplates(site)(defaults);
  for (const { type } of SITE_OWNED) {
    const own = templates.filter((t) => t.schemaType === type);
    assert.equal(
      own.map((t) => t.id),
      [`${type}-appelsinia`],
      `only the site's template for ${type}`,
    );
    const value = typeof own[0]!.value === 'function' ? await own[0]!.value({}, {} as never) : own[0]!.value;
    assert.equal(value.site, { _type: 'reference', _ref: 'site.appelsinia' });
  }
  // Shared documents are still created as usual.
  for (const { type } of SHARED)
    assert.ok(
      templates.some((t) => t.id === type),
      type,
    );
});

test('the global "new" menu of a site workspace never offers a second site document', () => {
  const workspace = workspaces.find((w) => w.name === 'bydelshus')!;
  const offered = workspace.document!.newDocumentOptions!(
    [{ templateId: 'event-bydelshus' }, { templateId: 'site-bydelshus' }, { templateId: 'venue' }],
    { creationContext: { type: 'global' } },
  );
  assert.equal(
    offered.map((o) => o.templateId),
    ['event-bydelshus', 'venue'],
  );
});

test('the shared workspace creates site documents only under their fixed ids', () => {
  const templates = sharedTemplates(STUDIO_SITES)(defaults);
  assert.not.ok(
    templates.some((t) => t.id === 'site'),
    'no free "new site"',
  );
  assert.equal(
    templates.filter((t) => t.schemaType === 'site').map((t) => t.id),
    STUDIO_SITES.map((s) => `site-${s.slug}`),
  );
  const felles = workspaces.find((w) => w.name === 'felles')!;
  const offered = felles.document!.newDocumentOptions!([{ templateId: 'site-bydelshus' }, { templateId: 'alert' }], {});
  assert.equal(
    offered.map((o) => o.templateId),
    ['alert'],
  );
});

test('a workspace is named after its site folder', () => {
  assert.is(titleFromSlug('ibsenbiblioteket'), 'Ibsenbiblioteket');
  assert.is(titleFromSlug('skien-kulturhus'), 'Skien kulturhus');
});

test.run();
