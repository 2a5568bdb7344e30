/**
 * The few pieces of Astro's own build code the warm renderer calls, so a page it renders takes
 * the same steps as in `astro build`: renderPath (request URL, response → bytes, output file),
 * StaticPaths (every route's getStaticPaths with its cacheKey), renderForPrerender, and the
 * helpers behind the build's `addStaticImage` (an image's output name and URL). They are not in
 * Astro's public exports: imported by file from the pinned package (package-lock.json), and the
 * renderer refuses to start when one is missing (then every publish takes the full rebuild).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(astroDist, path)).href) as Promise<T>;

export interface RouteData {
  route: string;
  component: string;
  type: string;
  distURL?: URL[];
}

export interface PathWithRoute {
  pathname: string;
  route: RouteData;
  cacheKey?: string;
}

export interface AstroInternals {
  renderPath(options: Record<string, unknown>): Promise<{ body: Buffer | string; outFile: URL } | null>;
  StaticPaths: new (app: unknown) => { getAll(): Promise<PathWithRoute[]> };
  renderForPrerender(app: unknown, request: Request, options: { routeData: RouteData }): Promise<{ response: Response }>;
  hashTransform(options: Record<string, unknown>, entrypoint: string, hashProperties: string[]): string;
  propsToFilename(path: string, options: Record<string, unknown>, hash: string): string;
  createPlaceholderURL(url: string): URL;
  stringifyPlaceholderURL(url: URL): string;
  getAssetsPrefix(extension: string, prefix: unknown): string;
  isESMImportedImage(src: unknown): src is { src: string };
  removeBase(path: string, base: string): string;
  prependForwardSlash(path: string): string;
  joinPaths(...paths: string[]): string;
}

export async function astroInternals(): Promise<AstroInternals> {
  const [generate, staticPaths, prerender, hash, url, prefix, assetUtils, paths] = await Promise.all([
    load<Pick<AstroInternals, 'renderPath'>>('core/build/generate.js'),
    load<Pick<AstroInternals, 'StaticPaths'>>('runtime/prerender/static-paths.js'),
    load<Pick<AstroInternals, 'renderForPrerender'>>('core/app/prerender.js'),
    load<Pick<AstroInternals, 'hashTransform' | 'propsToFilename'>>('assets/utils/hash.js'),
    load<Pick<AstroInternals, 'createPlaceholderURL' | 'stringifyPlaceholderURL'>>('assets/utils/url.js'),
    load<Pick<AstroInternals, 'getAssetsPrefix'>>('assets/utils/getAssetsPrefix.js'),
    load<Pick<AstroInternals, 'isESMImportedImage'>>('assets/utils/index.js'),
    load<Pick<AstroInternals, 'removeBase' | 'prependForwardSlash' | 'joinPaths'>>('core/path.js'),
  ]);
  const found: AstroInternals = {
    renderPath: generate.renderPath,
    StaticPaths: staticPaths.StaticPaths,
    renderForPrerender: prerender.renderForPrerender,
    hashTransform: hash.hashTransform,
    propsToFilename: hash.propsToFilename,
    createPlaceholderURL: url.createPlaceholderURL,
    stringifyPlaceholderURL: url.stringifyPlaceholderURL,
    getAssetsPrefix: prefix.getAssetsPrefix,
    isESMImportedImage: assetUtils.isESMImportedImage,
    removeBase: paths.removeBase,
    prependForwardSlash: paths.prependForwardSlash,
    joinPaths: paths.joinPaths,
  };
  const missing = Object.entries(found).filter(([, value]) => typeof value !== 'function').map(([name]) => name);
  if (missing.length) throw new Error(`this Astro version lacks what the warm renderer uses: ${missing.join(', ')}`);
  return found;
}
