/**
 * Languages: a document's language and every passage or phrase marked as another language
 * holds a code from the list (shared/rules/languages.ts). An unknown code would become a `lang`
 * a screen reader cannot use (or reads in the wrong voice), so it is an error here and the
 * build never writes it.
 */
import { DOCUMENT_TYPES } from '../model.ts';
import { LANGUAGES, isKnownLanguage } from '../languages.ts';
import type { Finding, Rule } from '../types.ts';
import { quote } from '../values.ts';
import { labelOf, walkDocument } from '../walk.ts';

/** A close match for a code an editor may have typed: another case, or a region added ("en-GB", "SE"). */
function suggestion(code: string): string | undefined {
  const base = code.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language.value === base)?.title;
}

export const languageKnown: Rule = {
  id: 'language.known',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description: 'Språket til et dokument, et avsnitt eller et uttrykk er et av språkene i listen (nordsamisk, engelsk …).',
  check(document) {
    const found: Finding[] = [];
    walkDocument(document, (node) => {
      const { path, value, spec } = node;
      if (!spec.language || typeof value !== 'string' || isKnownLanguage(value)) return;
      // An empty optional field means "the site's language"; a required one is field.required's.
      if (value === '') return;
      const near = suggestion(value);
      found.push({
        field: path,
        message:
          `«${labelOf(node)}» har en ukjent språkkode (${quote(value)}), så skjermlesere vet ikke hvordan teksten skal uttales. ` +
          (near ? `Mente du ${near}? ` : '') +
          'Velg språket i listen.',
      });
    });
    return found;
  },
};
