/** Lengths: summaries fit in lists and feeds, titles fit on a share card. */
import type { Rule } from '../types.ts';
import { characterCount } from '../values.ts';

export const SUMMARY_MAX = 200;
/**
 * A 1200 × 630 share card has room for about three lines of 30 characters of title at a
 * size readable in a feed: up to 70 characters sits comfortably, 70–90 gets tight (and
 * search results start cutting it), over 90 does not fit.
 */
export const TITLE_SHARE_CARD_FIT = 70;
export const TITLE_MAX = 90;

export const summaryMaxLength: Rule = {
  id: 'summary.maxLength',
  severity: 'error',
  appliesTo: ['event', 'article'],
  description: `Kort beskrivelse / ingress er høyst ${SUMMARY_MAX} tegn.`,
  check(document) {
    if (typeof document.summary !== 'string') return [];
    const length = characterCount(document.summary.trim());
    if (length <= SUMMARY_MAX) return [];
    return [
      {
        field: 'summary',
        message: `Teksten er ${length} tegn, men kan være høyst ${SUMMARY_MAX}, for den vises i lister, nyhetsstrømmer og på delingskort. Kort den ned med ${length - SUMMARY_MAX} tegn; resten kan stå i hovedteksten.`,
      },
    ];
  },
};

const TITLED = ['event', 'campaign', 'article', 'page'];

export const titleMaxLength: Rule = {
  id: 'title.maxLength',
  severity: 'error',
  appliesTo: TITLED,
  description: `Titler er høyst ${TITLE_MAX} tegn, så de får plass på delingskort og i søkeresultater.`,
  check(document) {
    if (typeof document.title !== 'string') return [];
    const length = characterCount(document.title.trim());
    if (length <= TITLE_MAX) return [];
    return [
      {
        field: 'title',
        message: `Tittelen er ${length} tegn, men kan være høyst ${TITLE_MAX} for å få plass på delingskort og i søkeresultater. Kort den ned, og flytt detaljer til beskrivelsen.`,
      },
    ];
  },
};

export const titleShareCardFit: Rule = {
  id: 'title.shareCardFit',
  severity: 'warning',
  appliesTo: TITLED,
  description: `Titler over ${TITLE_SHARE_CARD_FIT} tegn får trang plass på delingskort.`,
  check(document) {
    if (typeof document.title !== 'string') return [];
    const length = characterCount(document.title.trim());
    if (length <= TITLE_SHARE_CARD_FIT || length > TITLE_MAX) return [];
    return [
      {
        field: 'title',
        message: `Tittelen er ${length} tegn. Over ${TITLE_SHARE_CARD_FIT} tegn får den trang plass på delingskortet og kan bli kuttet i søkeresultater – en kortere tittel synes bedre.`,
      },
    ];
  },
};
