/**
 * The Studio reads each site's theme from the site's own config, as the build does: a site made
 * with `npm run site:new -- kulturskolen --theme base` offers and checks the base theme's accents,
 * not those of a theme that happens to share its name (there is none) — so the Studio never lets
 * through an accent the build would refuse.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scaffoldSite } from '../../../scripts/lib/scaffold-site.ts';
import { projectRoot } from '../../../shared/config/root.ts';
import { edited, ref } from '../rules/fixtures.ts';

const sitesDir = join(mkdtempSync(join(tmpdir(), 'fasett-sites-')), 'sites');
cpSync(join(projectRoot(), 'sites'), sitesDir, { recursive: true });
// The copied configs import defineSite relative to sites/: point them at the project's.
for (const slug of ['appelsinia', 'bydelshus', 'ibsenbiblioteket']) {
  const file = join(sitesDir, slug, 'site.config.ts');
  writeFileSync(file, readFileSync(file, 'utf8').replace('../../shared/config/define-site.ts', join(projectRoot(), 'shared/config/define-site.ts')));
}
await scaffoldSite({ slug: 'kulturskolen', title: 'Kulturskolen', theme: 'base', dir: sitesDir });
process.env.FASETT_SITES_DIR = sitesDir;
// Imported after FASETT_SITES_DIR is set: the Studio lists the site folders when it loads.
const { STUDIO_SITES, themeOfSite } = await import('../../../studio/sites.ts');
const { studioMarkers } = await import('./support.ts');

test('the Studio takes a site\'s theme from its config', () => {
  assert.ok(STUDIO_SITES.some((site) => site.slug === 'kulturskolen'));
  assert.is(themeOfSite('site.kulturskolen'), 'base');
  assert.is(themeOfSite('site.appelsinia'), 'appelsinia');
  assert.is(themeOfSite('site.finnes-ikke'), undefined);
});

const campaignOnKulturskolen = (accent: string) =>
  edited('campaign.bydelshus.sommer', (d) => {
    d.site = ref('site.kulturskolen');
    d.accent = accent;
  }).concat([{ _id: 'site.kulturskolen', _type: 'site', title: 'Kulturskolen', slug: { _type: 'slug', current: 'kulturskolen' } }]);

test("a campaign on the new site may pick the base theme's accents, and no other", async () => {
  const allowed = campaignOnKulturskolen('fjord');
  const ok = await studioMarkers(allowed.find((d) => d._id === 'campaign.bydelshus.sommer')!, allowed);
  assert.not.ok(ok.some((m) => m.message.includes('campaign.accentFromTheme')), 'fjord is a base accent');
  const refused = campaignOnKulturskolen('appelsin');
  const markers = await studioMarkers(refused.find((d) => d._id === 'campaign.bydelshus.sommer')!, refused);
  assert.ok(markers.some((m) => m.level === 'error' && m.message.includes('campaign.accentFromTheme')), 'appelsin is Appelsinia\'s, not base\'s');
});

test.run();
