/**
 * One site's warm renderer: the prerender bundle its served build rendered with
 * (shared/build/keep-renderer.ts), imported once and kept in memory. For new content it asks
 * every route for its paths and cacheKeys (the same getStaticPaths the build calls), renders the
 * paths whose key differs from the served build's — plus the few routes without a key, which
 * the build renders every time, written only when their bytes changed — and lays the files and
 * then their .br/.gz copies into the served folder, each by rename, so a visitor and nginx get the
 * old file or the new one. The incremental build that follows renders the same paths with the same
 * code from the same content, so it writes the same bytes (tests/unit/server/event-fast-path.test.ts).
 *
 * Refused (the caller then waits for the full rebuild) when the output would not be the build's:
 * a page needing an image the build has not generated, an inline script or style whose hash the
 * served CSP does not allow, a dataset image the bundle does not import, or more pages than a
 * quick path is for. Left to the build, said here once: the search index, share cards, the
 * sitemap, the CSP manifest and the build report.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGE_SCRIPT_ID, RENDERER_DIR, RENDERER_FILE, type KeptRenderer } from '../../shared/build/keep-renderer.ts';
import type { ContentSource } from '../../shared/content/source.ts';
import { currentSiteData, siteRequests } from '../../shared/content/site-data.ts';
import { assetsUsedBy } from '../../shared/content/publication.ts';
import { cspSourcesOf } from '../../shared/serving/csp-sources.ts';
import { readServingManifest } from '../../shared/serving/manifest.ts';
import { compressedCopies, place } from '../../shared/serving/precompress.ts';
import { ENCODINGS, isCompressible } from '../../shared/serving/headers.ts';
import type { AstroInternals, PathWithRoute, RouteData } from './astro-internals.ts';

/** More changed pages than this is no longer one edited event: the rebuild does it. */
export const MAX_FAST_PAGES = 400;

export class FastPathRefused extends Error {}

export interface FastPathResult {
  /** Files written, relative to the site folder (pages, lists, feeds, calendars). */
  written: string[];
  /** Files of paths that no longer exist, removed. */
  removed: string[];
  /** Paths rendered (keyed ones whose key changed, and every unkeyed one). */
  rendered: number;
  ms: number;
}

interface BundleApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  routeCache: { clearAll(): void };
}

interface StaticImages {
  staticImages?: Map<string, { originalSrcPath?: string | undefined; transforms: Map<string, { finalPath: string; transform: unknown }> }>;
  addStaticImage?: unknown;
  recordReferencedImage?: unknown;
}

export interface SiteRenderer {
  site: string;
  /** The build folder (dist/.builds/…/<slug>) whose bundle this is. */
  folder: string;
  code: string;
  render(source: ContentSource): Promise<FastPathResult & { compressed: Promise<void> }>;
}

export async function loadSiteRenderer(folder: string, astro: AstroInternals): Promise<SiteRenderer> {
  const keptDir = join(folder, RENDERER_DIR);
  const file = join(keptDir, RENDERER_FILE);
  if (!existsSync(file)) throw new FastPathRefused(`the served build of ${folder} kept no renderer (built before the fast path existed, or its bundle was not found)`);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptRenderer;
  const module = (await import(pathToFileURL(join(keptDir, 'bundle', kept.entry)).href)) as { app?: BundleApp };
  const app = module.app;
  if (!app) throw new Error(`${kept.entry} exports no app`);
  const outDir = pathToFileURL(folder + sep);
  const settings = {
    buildOutput: 'static',
    adapter: undefined,
    scripts: kept.scripts,
    config: {
      outDir,
      publicDir: pathToFileURL(kept.publicDir + sep),
      base: kept.config.base,
      trailingSlash: kept.config.trailingSlash,
      compressHTML: kept.config.compressHTML,
      build: { format: kept.config.format, assets: kept.config.assets, assetsPrefix: kept.config.assetsPrefix, redirects: kept.config.redirects },
      image: { service: { entrypoint: kept.config.imageEntrypoint } },
    },
  };
  const errors: string[] = [];
  const log = (level: string) => (label: string | null, message: string) => {
    if (level === 'error') errors.push(`${label ?? ''} ${message}`.trim());
  };
  const logger = {
    options: { level: 'warn', destination: { write: (event: { level: string; message: string }) => (event.level === 'error' && errors.push(event.message), true) } },
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
  };
  const options = { settings, origin: kept.origin, routesList: { routes: [] }, logger };
  app.setInternals({
    pagesByKeys: new Map(kept.pages),
    entrySpecifierToBundleMap: new Map(kept.pageScript ? [[PAGE_SCRIPT_ID, kept.pageScript]] : []),
    prerenderEntryFileName: kept.entry,
  });
  app.setOptions(options);
  const prerenderer = { render: (request: Request, { routeData }: { routeData: RouteData }) => astro.renderForPrerender(app, request, { routeData }) };
  const served = new Map(kept.paths.map((path) => [path.pathname, path]));
  const images = new Set(kept.images);

  return {
    site: kept.site,
    folder,
    code: kept.code,
    async render(source) {
      const started = performance.now();
      return siteRequests().run({ site: kept.site, source, preview: false }, async () => {
        errors.length = 0;
        const data = await currentSiteData();
        const newImage = [...assetsUsedBy(data.check.index, kept.site, new Set(data.check.excluded))].find((id) => !images.has(id));
        if (newImage) throw new FastPathRefused(`${newImage} is an image the bundle does not have; the build imports it`);
        const staticImages = useStaticImages(settings.config, astro);
        app.routeCache.clearAll();
        const all = firstOfEachPath(await new astro.StaticPaths(app).getAll());
        const todo = all.filter((path) => path.cacheKey === undefined || served.get(path.pathname)?.cacheKey !== path.cacheKey);
        const keyed = todo.filter((path) => path.cacheKey !== undefined).length;
        if (keyed > MAX_FAST_PAGES) throw new FastPathRefused(`${keyed} pages changed (more than ${MAX_FAST_PAGES}): the rebuild does them`);
        const present = new Set(all.map((path) => path.pathname));
        const files: Array<{ file: string; body: Buffer }> = [];
        for (const path of todo) {
          const result = await astro.renderPath({ prerenderer, pathname: path.pathname, route: path.route, options, logger, collectMetadata: false });
          if (errors.length) throw new Error(`rendering ${path.pathname}: ${errors.join('; ')}`);
          if (!result) continue;
          const target = fileURLToPath(result.outFile);
          const body = Buffer.from(result.body);
          // Unkeyed routes are rendered by every build; written only when they changed.
          if (path.cacheKey === undefined && existsSync(target) && readFileSync(target).equals(body)) continue;
          files.push({ file: target, body });
        }
        const missing = staticImages.paths().find((image) => !existsSync(join(folder, image)));
        if (missing) throw new FastPathRefused(`${missing} is not generated yet; the build makes it`);
        const allowed = readServingManifest(folder).csp;
        const inline = cspSourcesOf(files.filter(({ file }) => file.endsWith('.html')).map(({ body }) => body.toString('utf8')));
        const unknown = [...inline.scripts.filter((hash) => !allowed.scripts.includes(hash)), ...inline.styles.filter((hash) => !allowed.styles.includes(hash))];
        if (unknown.length) throw new FastPathRefused(`inline code the served CSP does not allow (${unknown[0]}); the build hashes it`);
        const vanished = [...served.values()].filter((path) => !present.has(path.pathname));
        const gone = vanished.map((path) => outFileOf(folder, path));
        placeAll(files);
        const compressed = placeCopies(files);
        const removed: string[] = [];
        for (const file of gone) {
          if (!file || !existsSync(file)) continue;
          for (const suffix of ['', ...ENCODINGS.map((e) => e.suffix)]) rmSync(file + suffix, { force: true });
          removed.push(relative(folder, file));
        }
        // The folder now holds these pages: the next publish before the rebuild compares with them.
        for (const path of vanished) served.delete(path.pathname);
        for (const path of todo) served.set(path.pathname, { pathname: path.pathname, component: path.route.component, route: path.route.route, cacheKey: path.cacheKey });
        return { written: files.map(({ file }) => relative(folder, file)), removed, rendered: todo.length, ms: performance.now() - started, compressed };
      });
    },
  };
}

/** generate.js keeps the first route that claims a path (prerenderConflictBehavior). */
function firstOfEachPath(paths: PathWithRoute[]): PathWithRoute[] {
  const seen = new Set<string>();
  return paths.filter(({ pathname }) => {
    const normalized = pathname.replace(/\/$/, '');
    if (seen.has(normalized)) return false;
    seen.add(normalized);
    return true;
  });
}

/** The file a removed path had: the build wrote index.html in its folder, or the endpoint's file. */
function outFileOf(folder: string, path: { pathname: string }): string | undefined {
  const clean = path.pathname.replace(/^\/+|\/+$/g, '');
  if (!clean) return undefined;
  return extname(clean) ? join(folder, clean) : join(folder, clean, 'index.html');
}

/**
 * Astro's build hands image URLs out through globalThis.astroAsset.addStaticImage and generates
 * the files afterwards. The same naming here (vite-plugin-assets.js addStaticImageFactory), so a
 * page names the file the build names; the caller refuses when one of them does not exist yet.
 */
function useStaticImages(config: { base: string; build: { assets: string; assetsPrefix: unknown }; image: { service: { entrypoint: string } } }, astro: AstroInternals) {
  const holder = globalThis as unknown as { astroAsset?: StaticImages };
  const asset = (holder.astroAsset ??= {});
  const used = new Set<string>();
  asset.staticImages = new Map();
  asset.recordReferencedImage = () => {};
  asset.addStaticImage = (options: Record<string, unknown>, hashProperties: string[], originalFSPath: string | undefined) => {
    const src = astro.isESMImportedImage(options.src) ? options.src.src : (options.src as string);
    const prefix = astro.getAssetsPrefix(extname(src), config.build.assetsPrefix);
    const original = astro.removeBase(astro.removeBase(src, config.base), prefix);
    const hash = astro.hashTransform(options, config.image.service.entrypoint, hashProperties);
    const finalPath = astro.prependForwardSlash(
      astro.joinPaths(astro.isESMImportedImage(options.src) ? '' : config.build.assets, astro.prependForwardSlash(astro.propsToFilename(original, options, hash))),
    );
    const forPath = asset.staticImages!.get(original) ?? { originalSrcPath: originalFSPath, transforms: new Map() };
    asset.staticImages!.set(original, forPath);
    forPath.transforms.set(hash, { finalPath, transform: options });
    used.add(finalPath);
    const url = astro.createPlaceholderURL(
      config.build.assetsPrefix ? encodeURI(astro.joinPaths(prefix, finalPath)) : encodeURI(astro.prependForwardSlash(astro.joinPaths(config.base, finalPath))),
    );
    return astro.stringifyPlaceholderURL(url);
  };
  return { paths: () => [...used].map((path) => decodeURI(path).replace(/^\/+/, '')) };
}

/**
 * Each file renamed into place, its old .br/.gz copies removed first: from then on a visitor, and
 * nginx's brotli_static/gzip_static, get the new bytes (uncompressed for a moment). Compressing
 * at the build's settings (brotli 11) takes seconds for a big feed, so it comes after.
 */
function placeAll(files: Array<{ file: string; body: Buffer }>): void {
  for (const { file, body } of files) {
    mkdirSync(dirname(file), { recursive: true });
    for (const { suffix } of ENCODINGS) rmSync(file + suffix, { force: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, body);
    renameSync(partial, file);
  }
}

/**
 * The .br/.gz copies the build makes of these bytes (shared/serving/precompress.ts, through its
 * cache, so the rebuild then finds them made), each linked in by rename. A copy whose file was
 * replaced meanwhile (a later publish) is taken away again: that publish places its own.
 */
async function placeCopies(files: Array<{ file: string; body: Buffer }>): Promise<void> {
  for (const { file, body } of files) {
    if (!isCompressible(file)) continue;
    const copies = await compressedCopies(body, file);
    if (!sameBytes(file, body)) continue;
    for (const copy of copies) place(copy.cached, file + copy.suffix);
    if (!sameBytes(file, body)) for (const copy of copies) rmSync(file + copy.suffix, { force: true });
  }
}

const sameBytes = (file: string, body: Buffer) => {
  try {
    return readFileSync(file).equals(body);
  } catch {
    return false;
  }
};
