// One Astro project, many sites: FASETT_SITE picks the tenant this build builds
// (scripts/build.ts runs one `astro build` per site). Routes come from shared/routes
// through the Fasett integration; sites/<slug>/pages holds only what is truly its own.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { fasett } from './shared/integration.ts';
import { sitemapFilter } from './shared/routes/sitemap-filter.ts';
import { loadSiteConfig, sitesDir } from './shared/config/site.ts';
import { fasettPreview } from './server/preview-integration.ts';

// Shared modules also run bundled; they find the project through FASETT_ROOT.
process.env.FASETT_ROOT ??= fileURLToPath(new URL('.', import.meta.url));
const slug = process.env.FASETT_SITE ?? 'bydelshus';
const site = await loadSiteConfig(slug);
const dist = resolve(process.env.FASETT_DIST_DIR ?? 'dist');
// Astro's incremental cache belongs to one output folder: keep one per folder, so a test or
// bench build elsewhere never throws away the cache of dist/.
const distKey = createHash('sha1').update(dist).digest('hex').slice(0, 8);
// FASETT_MODE=preview: the same site rendered on demand by the preview server (server/preview.ts)
// at /preview/<slug>/, drafts laid over published; never deployed.
const preview = process.env.FASETT_MODE === 'preview';
const previewMode = {
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  base: `/preview/${slug}`,
  outDir: resolve(process.env.FASETT_PREVIEW_OUT_DIR ?? join('.cache/preview-build', slug)),
  cacheDir: `./node_modules/.astro/preview-${slug}`,
};

export default defineConfig({
  site: site.url,
  srcDir: join(sitesDir(), slug),
  publicDir: join(sitesDir(), slug, 'public'),
  outDir: join(dist, slug),
  cacheDir: `./node_modules/.astro/${slug}-${distKey}`,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  // Sharp, with one transform cache shared by every site (shared/content/shared-image-service.ts).
  image: { service: { entrypoint: './shared/content/shared-image-service.ts' } },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (shared/site/cache-keys.ts) and code are unchanged are not rendered again.
  experimental: { incrementalBuild: true },
  integrations: [fasett({ site }), sitemap({ filter: await sitemapFilter(slug) })],
  ...(preview ? { ...previewMode, integrations: [fasett({ site, prerender: false }), fasettPreview()] } : {}),
});
