/** Whole documents: readable at all, and of a type the sites know. */
import { DOCUMENT_TYPES } from '../model.ts';
import type { Rule } from '../types.ts';
import { quote } from '../values.ts';

export const documentMalformed: Rule = {
  id: 'document.malformed',
  severity: 'error',
  appliesTo: ['*'],
  description: 'Et dokument har _id og _type som tekst.',
  check() {
    return [{ field: '', message: 'Dokumentet mangler id eller type og kan ikke leses. Be en utvikler se på datasettet.' }];
  },
};

export const documentUnknownType: Rule = {
  id: 'document.unknownType',
  severity: 'warning',
  appliesTo: ['*'],
  description: `Dokumenter av ukjent type hoppes over (kjente typer: ${DOCUMENT_TYPES.join(', ')}).`,
  check(document) {
    return [
      {
        field: '_type',
        message: `Dokumenttypen ${quote(document._type)} er ukjent for nettstedene, så dokumentet brukes ikke. Be en utvikler se på det hvis det skulle vært med.`,
      },
    ];
  },
};
