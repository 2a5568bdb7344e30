/**
 * The site's interface language: bokmål (`nb`) or nynorsk (`nn`), from its config, and its one
 * dictionary (nb.ts, nn.ts).
 */
import type { Dictionary } from './dictionary.ts';
import type { Locale } from './locales.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

export { around, fill, plural, type Dictionary, type PluralForms } from './dictionary.ts';
export { LOCALES, intlLocale, isLocale, ogLocale, type Locale } from './locales.ts';

const dictionaries: Record<Locale, Dictionary> = { nb, nn };

/** The visitor's words in the site's language. */
export const wordsFor = (locale: Locale): Dictionary => dictionaries[locale];
