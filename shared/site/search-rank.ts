/**
 * The order of search results, over Pagefind's relevance: a result where the query is a whole
 * word («jul») before one where it is only part of a word («juli»); then upcoming events and
 * campaigns that are on or coming, then pages and news, then past ones; Pagefind's score last. Pure, so it is tested without a browser.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content?: string;
  /** `sprak`: the page's own language, when it is not the site's (a code from shared/rules/languages.ts). */
  meta: { title?: string; type?: string; dato?: string; tid?: string; sprak?: string };
}

export interface Hit {
  score: number;
  data: PagefindResultData;
}

/** Letters and digits in any script: what a word is made of. */
const WORD = '[\\p{L}\\p{N}]';

/** Whether every word of the query stands as a whole word in the text. */
export function wholeWordMatch(text: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase();
  return words.length > 0 && words.every((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!${WORD})${escaped}(?!${WORD})`, 'u').test(lower);
  });
}

function timeGroup(hit: Hit): number {
  if (hit.data.meta.tid === 'kommende') return 0;
  if (hit.data.meta.tid === 'tidligere') return 2;
  return 1;
}

export function rankHits(hits: Hit[], query: string): Hit[] {
  const keyed = hits.map((hit, index) => {
    const text = `${hit.data.meta.title ?? ''} ${hit.data.content ?? hit.data.excerpt.replace(/<[^>]*>/g, '')}`;
    return { hit, index, whole: wholeWordMatch(text, query) ? 0 : 1, group: timeGroup(hit) };
  });
  keyed.sort((a, b) => a.whole - b.whole || a.group - b.group || b.hit.score - a.hit.score || a.index - b.index);
  return keyed.map((k) => k.hit);
}
