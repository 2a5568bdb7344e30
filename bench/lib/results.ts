/**
 * The figures one run produces (bench/results.json), the targets from issue 7 for 10,000 events
 * and 12 sites on the 2-core machine, and the table printed at the end of a run.
 */

export interface Figures {
  fullBuildSeconds: number;
  pages: number;
  pagesPerSecond: number;
  peakRssMiB: number;
  bareAstroMsPerPage: number;
  fasettMsPerPage: number;
  overheadRatio: number;
  overheadRatioWithContent: number;
  cardsRendered: number;
  cardMsCold: number;
  cardFloorMs: number;
  cardRatio: number;
  warmBuildSeconds: number;
  cardsRenderedWarm: number;
  warmForcedSeconds: number;
  oneEventSeconds: number;
  oneEventRebuildSeconds: number;
  pagesRewrittenOneEvent: number;
  datasetLoadMs: number;
  alertJsSeconds: number;
  alertServedSeconds: number;
  alertJsFloorSeconds: number;
  alertStaticSeconds: number;
  largestPageKB: number;
}

export const FIGURE_NAMES: Array<keyof Figures> = [
  'fullBuildSeconds',
  'pages',
  'pagesPerSecond',
  'peakRssMiB',
  'bareAstroMsPerPage',
  'fasettMsPerPage',
  'overheadRatio',
  'overheadRatioWithContent',
  'cardsRendered',
  'cardMsCold',
  'cardFloorMs',
  'cardRatio',
  'warmBuildSeconds',
  'cardsRenderedWarm',
  'warmForcedSeconds',
  'oneEventSeconds',
  'oneEventRebuildSeconds',
  'pagesRewrittenOneEvent',
  'datasetLoadMs',
  'alertJsSeconds',
  'alertServedSeconds',
  'alertJsFloorSeconds',
  'alertStaticSeconds',
  'largestPageKB',
];

/** Issue 7's targets, and the publish-speed issue's; they are stated for 10,000 events and 12 sites. */
export const TARGETS: Partial<Record<keyof Figures, { max: number }>> = {
  overheadRatio: { max: 2.0 },
  cardRatio: { max: 1.2 },
  fullBuildSeconds: { max: 900 },
  warmBuildSeconds: { max: 60 },
  cardsRenderedWarm: { max: 0 },
  oneEventSeconds: { max: 5 },
  oneEventRebuildSeconds: { max: 15 },
  alertJsSeconds: { max: 2 },
  alertStaticSeconds: { max: 60 },
  peakRssMiB: { max: 4096 },
};

const LABELS: Record<keyof Figures, string> = {
  fullBuildSeconds: 'cold build, all sites (s)',
  pages: 'pages (HTML)',
  pagesPerSecond: 'pages per second (cold)',
  peakRssMiB: 'peak RSS, process tree (MiB)',
  bareAstroMsPerPage: 'bare Astro, ms per page',
  fasettMsPerPage: 'Fasett, ms per page',
  overheadRatio: 'overhead ratio (Fasett ÷ bare)',
  overheadRatioWithContent: 'overhead with content layer, rulebook',
  cardsRendered: 'cards rendered (cold)',
  cardMsCold: 'ms per card (cold)',
  cardFloorMs: 'ms per card, satori+sharp floor',
  cardRatio: 'card ratio (cold ÷ floor)',
  warmBuildSeconds: 'warm build, no change (s)',
  cardsRenderedWarm: 'cards rendered (warm)',
  warmForcedSeconds: 'warm, every site built (s)',
  oneEventSeconds: 'one event edited, served (s)',
  oneEventRebuildSeconds: 'one event edited, rebuilt (s)',
  pagesRewrittenOneEvent: 'pages rewritten (one event)',
  datasetLoadMs: 'dataset load (ms)',
  alertJsSeconds: 'alert shown in a page, 12 sites (s)',
  alertServedSeconds: 'alerts.json served, 12 sites (s)',
  alertJsFloorSeconds: 'slowest page load alone, floor (s)',
  alertStaticSeconds: 'alert in every static page (s)',
  largestPageKB: 'largest page (KB)',
};

/** Rounds a figure for results.json: counts stay whole, the rest keeps what is meaningful. */
export function rounded(figures: Figures): Figures {
  const out = { ...figures };
  for (const name of FIGURE_NAMES) {
    const value = figures[name];
    out[name] = Number.isInteger(value) ? value : Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  }
  return out;
}

export function formatTable(figures: Figures, atTargetScale: boolean): string {
  const rows = FIGURE_NAMES.map((name) => {
    const target = TARGETS[name];
    const value = figures[name];
    const verdict = !target ? '' : value <= target.max ? 'ok' : 'MISSED';
    return [LABELS[name], name, String(value), target ? `≤ ${target.max}` : '', atTargetScale ? verdict : verdict && `(${verdict})`];
  });
  const header = ['measure', 'field', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), '  ' + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
