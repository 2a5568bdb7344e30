// One Astro project, many sites: FASETT_SITE picks the tenant this build builds
// (scripts/build.ts runs one `astro build` per site). Routes come from shared/routes
// through the Fasett integration; sites/<slug>/pages holds only what is truly its own.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { join, resolve } from 'node:path';
import { fasett } from './shared/integration.ts';
import { loadSiteConfig, sitesDir } from './shared/config/site.ts';

const slug = process.env.FASETT_SITE ?? 'bydelshus';
const site = await loadSiteConfig(slug);
const dist = resolve(process.env.FASETT_DIST_DIR ?? 'dist');

export default defineConfig({
  site: site.url,
  srcDir: join(sitesDir(), slug),
  publicDir: join(sitesDir(), slug, 'public'),
  outDir: join(dist, slug),
  cacheDir: `./node_modules/.astro/${slug}`,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [fasett({ site }), sitemap()],
});
