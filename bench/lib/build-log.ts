/**
 * Reads what `astro build` prints at the info level: one line per generated route with the
 * time Astro measured for it ("├─ /arrangementer/x/index.html (+12ms)"), "(cached)" or
 * "(restored)" for a route the incremental build skipped, and one line per image the image
 * pipeline wrote ("▶ /_astro/x.webp (before: 13kB, after: 4kB) (+27ms) (36/468)" or
 * "(reused cache entry)"). The benchmark adds these up instead of guessing from wall time.
 */

export interface RouteTiming {
  path: string;
  /** Astro's own measure: render plus write of this one route. Undefined when skipped. */
  ms?: number;
  skipped: boolean;
}

export interface BuildLogSummary {
  routes: RouteTiming[];
  imagesEncoded: number;
  imagesReused: number;
  /** Sum of the per-image times: images are encoded several at a time, so this exceeds the phase's wall time. */
  imagesMs: number;
  /** Wall time of Astro's phases ("generating static routes" … "✓ Completed in 1m 28s."). */
  routesPhaseMs?: number;
  imagesPhaseMs?: number;
  /** Wall time of putting the share cards in place after the pages ("share cards: N in place, M drawn now (X s)"). */
  cardsPhaseMs?: number;
  /** Cards the build drew itself (not found in the cache) in that phase. */
  cardsDrawn?: number;
  /** The search index was put back unchanged rather than built ("search index: N pages (unchanged, reused)"). */
  searchIndexReused?: boolean;
}

const ANSI = /\x1b\[[0-9;]*m/g;
const ROUTE = /[├└]─\s+(\S+)\s+(?:\(\+([\d.]+)(ms|s)\)|\((cached|restored)\))/;
const LONG_ROUTE = /[├└]─\s+(\S+)\s+\(\+(\d+)m\s+(\d+)s\)/;
const IMAGE = /▶\s+\S+\s+\((reused cache entry|before:[^)]*)\)\s+\(\+([\d.]+)(ms|s)\)/;

const CARDS_PHASE = /share cards: (\d+) in place, (\d+) drawn now \(([\d.]+) s\)/;
const SEARCH_INDEX = /search index: \d+ pages( \(unchanged, reused\))?/;

const COMPLETED = /✓ Completed in (?:(\d+)m (\d+)s|([\d.]+)(ms|s))/;

const toMs = (value: string, unit: string) => (unit === 's' ? Number(value) * 1000 : Number(value));

export function parseBuildLog(text: string): BuildLogSummary {
  const routes: RouteTiming[] = [];
  let imagesEncoded = 0;
  let imagesReused = 0;
  let imagesMs = 0;
  let phase: 'routes' | 'images' | undefined;
  let routesPhaseMs: number | undefined;
  let imagesPhaseMs: number | undefined;
  let cardsPhaseMs: number | undefined;
  let cardsDrawn: number | undefined;
  let searchIndexReused: boolean | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(ANSI, '');
    if (line.includes('generating static routes')) phase = 'routes';
    else if (line.includes('generating optimized images')) phase = 'images';
    const completed = phase && COMPLETED.exec(line);
    if (completed) {
      const ms = completed[1] ? (Number(completed[1]) * 60 + Number(completed[2])) * 1000 : toMs(completed[3]!, completed[4]!);
      if (phase === 'routes') routesPhaseMs = ms;
      else imagesPhaseMs = ms;
      phase = undefined;
      continue;
    }
    const cardsPhase = CARDS_PHASE.exec(line);
    if (cardsPhase) {
      cardsDrawn = Number(cardsPhase[2]);
      cardsPhaseMs = Number(cardsPhase[3]) * 1000;
      continue;
    }
    const search = SEARCH_INDEX.exec(line);
    if (search) {
      searchIndexReused = !!search[1];
      continue;
    }
    const route = ROUTE.exec(line);
    if (route) {
      const [, path, value, unit, skipped] = route;
      routes.push(skipped ? { path: path!, skipped: true } : { path: path!, ms: toMs(value!, unit!), skipped: false });
      continue;
    }
    const long = LONG_ROUTE.exec(line);
    if (long) {
      routes.push({ path: long[1]!, ms: (Number(long[2]) * 60 + Number(long[3])) * 1000, skipped: false });
      continue;
    }
    const image = IMAGE.exec(line);
    if (image) {
      if (image[1] === 'reused cache entry') imagesReused += 1;
      else imagesEncoded += 1;
      imagesMs += toMs(image[2]!, image[3]!);
    }
  }
  return { routes, imagesEncoded, imagesReused, imagesMs, routesPhaseMs, imagesPhaseMs, cardsPhaseMs, cardsDrawn, searchIndexReused };
}

/** Share-card routes (/kort/…png), on the preview server; a static build puts cards in place after the pages. */
export const isCardRoute = (path: string) => path.startsWith('/kort/') && path.endsWith('.png');
/** An HTML page (what a visitor opens), as opposed to a feed, a calendar file or a card. */
export const isHtmlRoute = (path: string) => path.endsWith('.html');

/** Totals of a parsed log: pages, cards and everything else (feeds, calendars, robots.txt). */
export function routeTotals(summary: BuildLogSummary) {
  const sum = (list: RouteTiming[]) => list.reduce((n, r) => n + (r.ms ?? 0), 0);
  const html = summary.routes.filter((r) => isHtmlRoute(r.path));
  const cards = summary.routes.filter((r) => isCardRoute(r.path));
  const other = summary.routes.filter((r) => !isHtmlRoute(r.path) && !isCardRoute(r.path));
  return {
    routes: summary.routes.length,
    skipped: summary.routes.filter((r) => r.skipped).length,
    htmlPages: html.length,
    htmlRendered: html.filter((r) => !r.skipped).length,
    htmlMs: sum(html),
    cardRoutes: cards.length,
    cardRouteMs: sum(cards),
    otherRoutes: other.length,
    otherMs: sum(other),
    /** The slowest HTML page: a page that draws a card or runs a query shows up here. */
    slowestHtml: html.reduce<RouteTiming | undefined>((max, r) => ((r.ms ?? 0) > (max?.ms ?? -1) ? r : max), undefined),
  };
}
