import { fill, wordsFor, type Locale } from '../i18n/index.ts';

/** Age ranges as a visitor reads them: "0–5 år", "Fra 13 år" (nynorsk «Frå 13 år»), "Til 12 år". */
export function formatAgeRange(range: { min?: number | null; max?: number | null } | null | undefined, locale: Locale = 'nb'): string | undefined {
  if (!range) return undefined;
  const { min, max } = range;
  const words = wordsFor(locale).format;
  const has = (n: number | null | undefined): n is number => typeof n === 'number';
  if (has(min) && has(max)) return fill(words.ageRange, { min, max });
  if (has(min)) return fill(words.ageFrom, { min });
  if (has(max)) return fill(words.ageTo, { max });
  return undefined;
}
