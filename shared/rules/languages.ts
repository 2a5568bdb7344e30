/**
 * The languages a document or a passage may be marked as (WCAG 2.1 3.1.1 and 3.1.2: screen
 * readers switch pronunciation by the `lang` attribute). A closed list rather than any BCP 47
 * tag: the codes are the ones a Norwegian municipality publishes in, each checked by the
 * rulebook, offered by name in the Studio and the only values the build ever writes as `lang`.
 * Plain TypeScript: the Studio bundle, the rulebook and the pages share it.
 */
export interface Language {
  /** BCP 47 code in its canonical form, as written in `lang`. */
  value: string;
  /** The language's name in bokmål, the Studio's language. */
  title: string;
  /** Written right to left: the marked element also gets `dir="rtl"`. */
  rtl?: true;
}

export const LANGUAGES: readonly Language[] = [
  { value: 'nb', title: 'Norsk bokmål' },
  { value: 'nn', title: 'Norsk nynorsk' },
  { value: 'no', title: 'Norsk (uten å skille bokmål og nynorsk)' },
  { value: 'se', title: 'Nordsamisk' },
  { value: 'smj', title: 'Lulesamisk' },
  { value: 'sma', title: 'Sørsamisk' },
  { value: 'fkv', title: 'Kvensk' },
  { value: 'en', title: 'Engelsk' },
  { value: 'sv', title: 'Svensk' },
  { value: 'da', title: 'Dansk' },
  { value: 'fi', title: 'Finsk' },
  { value: 'de', title: 'Tysk' },
  { value: 'fr', title: 'Fransk' },
  { value: 'es', title: 'Spansk' },
  { value: 'pl', title: 'Polsk' },
  { value: 'lt', title: 'Litauisk' },
  { value: 'uk', title: 'Ukrainsk' },
  { value: 'ru', title: 'Russisk' },
  { value: 'ar', title: 'Arabisk', rtl: true },
  { value: 'fa', title: 'Persisk', rtl: true },
  { value: 'ur', title: 'Urdu', rtl: true },
  { value: 'ps', title: 'Pashto', rtl: true },
  { value: 'so', title: 'Somali' },
  { value: 'ti', title: 'Tigrinja' },
  { value: 'tr', title: 'Tyrkisk' },
  { value: 'vi', title: 'Vietnamesisk' },
  { value: 'th', title: 'Thai' },
];

const byCode = new Map(LANGUAGES.map((language) => [language.value, language]));

/** The listed language with this exact code, or undefined (a typo, another case, an unlisted code). */
export function languageOf(code: unknown): Language | undefined {
  return typeof code === 'string' ? byCode.get(code) : undefined;
}

export function isKnownLanguage(code: unknown): code is string {
  return languageOf(code) !== undefined;
}
