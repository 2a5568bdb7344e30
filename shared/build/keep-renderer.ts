/**
 * Keeps the code a static build rendered its pages with, for the server's warm renderer
 * (server/warm-renderer/). Astro 7 bundles every route into `.prerender/` under the outDir,
 * imports that bundle to render the pages and deletes it afterwards. Through the adapter
 * Prerenderer API (`setPrerenderer`, wrapping Astro's default prerenderer, so the build renders
 * exactly as before) this copies the bundle into `<outDir>/.fasett/renderer/` with what the
 * bundle needs from the build besides itself (each route's stylesheets, the config values that
 * name output files and image URLs) and the path → cacheKey list the build rendered. The folder
 * is part of the build, so it is swapped in and out with the pages it made (server/atomic-swap.ts):
 * whatever a warm process renders with it is what this build would render for the same content.
 * Dot-folders are never served (shared/serving).
 */
import type { AstroConfig, AstroIntegration, AstroPrerenderer } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeDigest } from './code-digest.ts';
import { siteData } from '../content/site-data.ts';
import { assetsUsedBy } from '../content/publication.ts';
import { liveSettingsFromEnv } from '../content/source.ts';

export const RENDERER_DIR = join('.fasett', 'renderer');
export const RENDERER_FILE = 'renderer.json';
export const PAGE_SCRIPT_ID = 'astro:scripts/page.js';

/** What the warm renderer reads (server/warm-renderer/renderer.ts). */
export interface KeptRenderer {
  site: string;
  /** The bundle's entry, relative to `bundle/`. */
  entry: string;
  /** shared/build/code-digest.ts of the code this bundle was built from. */
  code: string;
  origin: string;
  config: {
    base: string;
    format: AstroConfig['build']['format'];
    trailingSlash: AstroConfig['trailingSlash'];
    assets: string;
    assetsPrefix: AstroConfig['build']['assetsPrefix'];
    imageEntrypoint: string;
    redirects: boolean;
    compressHTML: AstroConfig['compressHTML'];
  };
  /** Astro's settings.scripts (inline head scripts) and the page script's bundle. */
  scripts: unknown[];
  pageScript?: string;
  /** Each route's build data, by Astro's page key: only the stylesheets are read at render time. */
  pages: Array<[key: string, { styles: unknown[] }]>;
  /** sites/<slug>/public: a page never overwrites a public file of the same name (Astro's checkPublicConflict). */
  publicDir: string;
  /** The dataset images the bundle imports (shared/content/images-plugin.ts): a page showing another needs the build. */
  images: string[];
  /** Every path the build rendered or reused, with the cacheKey it had. */
  paths: Array<{ pathname: string; component: string; route: string; cacheKey?: string }>;
}

interface BuildInternalsView {
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}

interface BuildAppView {
  setInternals(internals: BuildInternalsView): void;
  getOptions(): { origin: string; settings: { scripts: unknown[] } };
}

/** The prerender bundle's folder: Astro's getPrerenderOutputDirectory (outDir, or <cwd>/.astro when outDir is outside cwd). */
function prerenderDir(outDir: string): string {
  const within = outDir.startsWith(process.cwd());
  return join(within ? outDir : join(process.cwd(), '.astro'), '.prerender');
}

export function keepRenderer(site: string): AstroIntegration['hooks'] {
  let config: AstroConfig | undefined;
  return {
    'astro:config:done': ({ config: done }) => {
      config = done;
    },
    'astro:build:start': ({ setPrerenderer, logger }) => {
      setPrerenderer((fallback: AstroPrerenderer): AstroPrerenderer => {
        let internals: BuildInternalsView | undefined;
        let app: BuildAppView | undefined;
        let paths: KeptRenderer['paths'] = [];
        let folder: string | undefined;
        let entryName: string | undefined;
        return {
          ...fallback,
          name: 'fasett:keep-renderer',
          async setup() {
            const outDir = fileURLToPath(config!.outDir);
            const bundle = prerenderDir(outDir);
            const entry = existsSync(bundle) ? readdirSync(bundle).find((name) => /^prerender-entry.*\.mjs$/.test(name)) : undefined;
            if (entry) {
              // The default prerenderer imports this same module and hands it the build's internals:
              // import it first (one module instance per URL) to see them.
              const module = (await import(pathToFileURL(join(bundle, entry)).href)) as { app?: BuildAppView };
              app = module.app;
              const original = app?.setInternals.bind(app);
              if (app && original) app.setInternals = (value) => ((internals = value), original(value));
            }
            await fallback.setup?.();
            if (!entry || !app || !internals) {
              logger.warn(`warm renderer: the prerender bundle was not found in ${bundle}; the server will rebuild instead of rendering fast`);
              return;
            }
            entryName = entry;
            folder = join(outDir, RENDERER_DIR);
            const partial = `${folder}.${process.pid}.tmp`;
            rmSync(partial, { recursive: true, force: true });
            mkdirSync(partial, { recursive: true });
            cpSync(bundle, join(partial, 'bundle'), { recursive: true });
            rmSync(folder, { recursive: true, force: true });
            renameSync(partial, folder);
          },
          async getStaticPaths() {
            const all = await fallback.getStaticPaths();
            paths = all.map(({ pathname, route, cacheKey }) => ({ pathname, component: route.component, route: route.route, cacheKey }));
            return all;
          },
          async teardown() {
            await fallback.teardown?.();
            if (!folder || !entryName || !app || !internals || !config) return;
            const options = app.getOptions();
            const kept: KeptRenderer = {
              site,
              entry: entryName,
              code: codeDigest(process.env.FASETT_ROOT ?? process.cwd(), process.env),
              origin: options.origin,
              config: {
                base: config.base,
                format: config.build.format,
                trailingSlash: config.trailingSlash,
                assets: config.build.assets,
                assetsPrefix: config.build.assetsPrefix,
                imageEntrypoint: config.image.service.entrypoint,
                redirects: config.build.redirects,
                compressHTML: config.compressHTML,
              },
              publicDir: fileURLToPath(config.publicDir),
              images: await keptImages(site),
              scripts: options.settings.scripts,
              pageScript: internals.entrySpecifierToBundleMap.get(PAGE_SCRIPT_ID),
              pages: [...internals.pagesByKeys].map(([key, data]) => [key, { styles: data.styles }]),
              paths,
            };
            writeFileSync(join(folder, RENDERER_FILE), JSON.stringify(kept));
          },
        };
      });
    },
  };
}

/** The images shared/integration.ts hands the bundle: those the site's shown documents use (none from a live project). */
async function keptImages(site: string): Promise<string[]> {
  if (liveSettingsFromEnv()) return [];
  const { check } = await siteData(site);
  return [...assetsUsedBy(check.index, site, new Set(check.excluded))].sort();
}
