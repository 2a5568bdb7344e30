/**
 * `lang` and `dir` for content in another language than the element around it (WCAG 2.1
 * 3.1.1/3.1.2). Only codes from the rulebook's list are ever written: a document whose code is
 * unknown does not reach a page (language.known is an error), and should one slip through,
 * e.g. in a preview, it is left unmarked rather than marked wrongly.
 */
import { languageOf } from '../rules/languages.ts';

/**
 * The `lang` to put on an element holding content in `docLanguage`, inside an element in
 * `surrounding` (the site's language in a list, the page's inside a page): undefined when they
 * are the same, when the content has no language of its own, or when its code is not listed.
 */
export function langAttr(docLanguage: string | null | undefined, surrounding: string): string | undefined {
  const language = languageOf(docLanguage);
  if (!language || language.value === surrounding) return undefined;
  return language.value;
}

/** Text direction of a language: right to left only for the listed rtl languages. */
export function directionOf(language: string | null | undefined): 'rtl' | 'ltr' {
  return languageOf(language)?.rtl ? 'rtl' : 'ltr';
}

export interface LanguageAttributes {
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

/**
 * Both attributes, to spread on an element (`<h3 {...languageAttributes(event.language, site)}>`):
 * `lang` as langAttr, and `dir` whenever the content runs the other way from its surroundings
 * (Arabic in a Norwegian list, or the Norwegian chrome on an Arabic page).
 */
export function languageAttributes(docLanguage: string | null | undefined, surrounding: string): LanguageAttributes {
  const lang = langAttr(docLanguage, surrounding);
  if (!lang) return {};
  const dir = directionOf(lang);
  return dir === directionOf(surrounding) ? { lang } : { lang, dir };
}

/** The same as HTML attribute text with a leading space ('' when none), for markup built as strings. */
export function languageAttributesHtml(docLanguage: string | null | undefined, surrounding: string): string {
  const { lang, dir } = languageAttributes(docLanguage, surrounding);
  // Listed codes are [a-z]{2,3}: nothing to escape, but the list is the guarantee, not this comment.
  return (lang ? ` lang="${lang}"` : '') + (dir ? ` dir="${dir}"` : '');
}

/** The language a document's page is in: its own when it has a listed one, else the site's. */
export function pageLanguage(docLanguage: string | null | undefined, siteLanguage: string): string {
  return languageOf(docLanguage)?.value ?? siteLanguage;
}
