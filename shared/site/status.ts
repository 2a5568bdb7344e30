/** Event status as a visitor reads it, and as schema.org names it. */
import { wordsFor, type Locale } from '../i18n/index.ts';

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'soldOut' | 'movedOnline';

/** What a visitor reads of a status: the label once, the card's badge and note, and a line that explains without repeating the label («Avlyst. Arrangementet blir ikke noe av.»). */
export interface StatusWords {
  label: string;
  card: string;
  cardNote: string;
  explain: string;
}

const SHOWN: ReadonlyArray<Exclude<EventStatus, 'scheduled'>> = ['cancelled', 'postponed', 'rescheduled', 'soldOut', 'movedOnline'];

/** Undefined for a scheduled event (nothing to say) and for a value the content model does not have. */
export function statusInfo(status: string | null | undefined, locale: Locale): StatusWords | undefined {
  const shown = SHOWN.find((s) => s === status);
  return shown ? wordsFor(locale).status[shown] : undefined;
}

export const schemaOrgStatus: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  soldOut: 'https://schema.org/EventScheduled',
  movedOnline: 'https://schema.org/EventMovedOnline',
};
