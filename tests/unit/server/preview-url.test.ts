/** The Studio's "Forhåndsvis" opens the page the document is shown on, under /preview/<site>/. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { previewUrl } from '../../../studio/actions/preview-url.ts';

const site = (slug: string) => ({ _ref: `site.${slug}` });
const slug = (current: string) => ({ current });

test('each page type maps to its public path on its own site', () => {
  assert.is(previewUrl({ _type: 'event', slug: slug('julekonsert'), site: site('bydelshus') }), 'http://localhost:4321/preview/bydelshus/arrangementer/julekonsert/');
  assert.is(previewUrl({ _type: 'campaign', slug: slug('jul'), site: site('appelsinia') }), 'http://localhost:4321/preview/appelsinia/kampanjer/jul/');
  assert.is(previewUrl({ _type: 'article', slug: slug('nytt'), site: site('ibsenbiblioteket') }), 'http://localhost:4321/preview/ibsenbiblioteket/nyheter/nytt/');
  assert.is(previewUrl({ _type: 'page', slug: slug('om-oss'), site: site('bydelshus') }), 'http://localhost:4321/preview/bydelshus/om-oss/');
  assert.is(previewUrl({ _type: 'page', slug: slug('index'), site: site('bydelshus') }), 'http://localhost:4321/preview/bydelshus/');
});

test('documents without a page preview the home page of their site, or of the workspace', () => {
  assert.is(previewUrl({ _id: 'drafts.site.appelsinia', _type: 'site' }), 'http://localhost:4321/preview/appelsinia/');
  assert.is(previewUrl({ _type: 'alert', sites: [site('ibsenbiblioteket')] }), 'http://localhost:4321/preview/ibsenbiblioteket/');
  assert.is(previewUrl({ _type: 'alert', sites: [] }, { fallbackSite: 'bydelshus' }), 'http://localhost:4321/preview/bydelshus/');
  assert.is(previewUrl({ _type: 'venue' }, { fallbackSite: 'appelsinia' }), 'http://localhost:4321/preview/appelsinia/');
});

test('no slug yet: no preview; the base URL comes from SANITY_STUDIO_PREVIEW_URL', () => {
  assert.is(previewUrl({ _type: 'event', site: site('bydelshus') }), undefined);
  assert.is(previewUrl({ _type: 'event', slug: slug('x'), site: site('bydelshus') }, { base: 'https://forhandsvis.skien.kommune.no/' }), 'https://forhandsvis.skien.kommune.no/preview/bydelshus/arrangementer/x/');
});

test.run();
