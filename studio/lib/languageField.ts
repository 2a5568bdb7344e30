/**
 * The language of a document, of a passage and of a phrase: one dropdown of the languages in
 * shared/rules/languages.ts, named in bokmål with the code beside, so the Studio offers only
 * what the rulebook accepts and the pages can mark.
 */
import { defineField } from 'sanity';
import { LANGUAGES } from '../../shared/rules/languages.ts';

export const languageOptions = {
  list: LANGUAGES.map(({ value, title }) => ({ value, title: `${title} (${value})` })),
  layout: 'dropdown' as const,
};

/** A document's own language; left empty, it is the site's (bokmål). */
export function documentLanguageField(group?: string) {
  return defineField({
    name: 'language',
    title: 'Språk',
    type: 'string',
    group,
    description:
      'Fyll ut bare når tittel, beskrivelse og tekst er på et annet språk enn nettstedet (bokmål), f.eks. nordsamisk. ' +
      'Da merkes siden med språket, og skjermlesere uttaler teksten riktig også der tittelen vises i lister, søk og kalendere. ' +
      'Skriv også bildetekst og alternativ tekst på dette språket. Enkeltord eller avsnitt på et annet språk merker du i teksten med «Annet språk».',
    options: languageOptions,
  });
}
