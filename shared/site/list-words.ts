/** The event list's words in a site's language: what the list pages say, and what they hand <event-filter> (shared/elements/event-query.ts ListWords). */
import type { ListWords } from '../elements/event-query.ts';
import { wordsFor, type Locale } from '../i18n/index.ts';

export function listWordsFor(locale: Locale): ListWords {
  const words = wordsFor(locale);
  const { time, place, price, originalTime, watchStream, streamOf } = words.event;
  return { locale, filter: words.filter, list: words.list, card: { time, place, price, originalTime, watchStream, streamOf } };
}
