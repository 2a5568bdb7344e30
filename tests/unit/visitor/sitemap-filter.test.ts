/** The sitemap keeps only this site's canonical pages: a cross-listed event belongs to its owner's sitemap. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sitemapFilter } from '../../../shared/routes/sitemap-filter.ts';
import { siteData } from '../../../shared/content/site-data.ts';

process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';

test('cross-listed events are left out, owned pages kept', async () => {
  const data = await siteData('bydelshus');
  const keep = await sitemapFilter('bydelshus');
  const crossListed = data.events.filter((e) => e.site?.slug !== 'bydelshus');
  const owned = data.events.filter((e) => e.site?.slug === 'bydelshus');
  assert.ok(crossListed.length > 0, 'the sample cross-lists events onto bydelshus');
  for (const e of crossListed) assert.is(keep(`${data.config.url}/arrangementer/${e.slug}/`), false, e.slug!);
  for (const e of owned) assert.is(keep(`${data.config.url}/arrangementer/${e.slug}/`), true, e.slug!);
  assert.is(keep(`${data.config.url}/`), true);
  assert.is(keep(`${data.config.url}/arrangementer/kategori/konsert/`), true);
});

test.run();
