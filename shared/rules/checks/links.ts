/**
 * Links: only web addresses, e-mail and phone. `javascript:`, `data:` and relative or
 * malformed addresses are errors: they either run code in a visitor's browser or lead
 * nowhere. The address is treated as data and never followed or fetched.
 */
import { DOCUMENT_TYPES } from '../model.ts';
import type { Finding, Rule } from '../types.ts';
import { hasText } from '../values.ts';
import { labelOf, walkDocument } from '../walk.ts';

type Allowed = 'web' | 'https' | 'any';

/** Why an address cannot be used, or undefined when it can. */
export function linkProblem(href: string, allowed: Allowed): string | undefined {
  if (!hasText(href)) return 'Adressen er tom. Lim inn hele adressen, f.eks. https://…, eller fjern lenken.';
  if (href !== href.trim()) return 'Adressen begynner eller slutter med mellomrom. Fjern mellomrommene.';
  // Whitespace and control characters are never part of an address; browsers strip some of them, which hides tricks.
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return 'Adressen inneholder mellomrom eller usynlige tegn. Lim den inn på nytt.';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase();
  const allowedText = allowed === 'https' ? 'https://' : allowed === 'web' ? 'https:// (eller http://)' : 'https:// (eller http://), mailto: eller tel:';
  if (scheme === undefined) {
    return `Adressen må være hel og begynne med ${allowedText}. Relative adresser og adresser uten «https://» virker ikke overalt.`;
  }
  if (allowed === 'https' && scheme === 'http') {
    return 'Adressen må begynne med https://, så publikum får en sikker forbindelse. Strømmetjenester (YouTube, Vimeo, Teams) har alltid en https-adresse.';
  }
  if (scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return 'Adressen er ikke en gyldig nettadresse. Kopier den på nytt fra nettleserens adressefelt.';
    }
    if (!href.slice(scheme.length + 1).startsWith('//') || url.hostname === '') {
      return 'Adressen mangler domenenavn. Kopier den på nytt fra nettleserens adressefelt.';
    }
    return undefined;
  }
  if (allowed === 'any' && scheme === 'mailto') {
    return /^mailto:[^@]+@[^@]+\.[^@]+/i.test(href)
      ? undefined
      : 'E-postlenken mangler en gyldig e-postadresse, f.eks. mailto:post@skien.kommune.no.';
  }
  if (allowed === 'any' && scheme === 'tel') {
    return /^tel:\+?[0-9][0-9().-]{2,}$/i.test(href) ? undefined : 'Telefonlenken skal bare ha siffer, f.eks. tel:+4735581000.';
  }
  return `Adresser som begynner med «${scheme}:» er ikke tillatt her. Bruk en adresse som begynner med ${allowedText}.`;
}

export const linkSafeScheme: Rule = {
  id: 'link.safeScheme',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description:
    'Lenker (i tekst, billettlenker, knapper, varsler, meny, tjenestelenker og sosiale medier) er https/http, mailto eller tel – aldri javascript:, data: eller relative adresser. Lenker til strømmer er alltid https.',
  check(document) {
    const found: Finding[] = [];
    walkDocument(document, (node) => {
      const { path, value, spec } = node;
      if (spec.kind !== 'url' || typeof value !== 'string') return;
      // An empty optional field is not a link; a required one is field.required's.
      if (value === '') return;
      const problem = linkProblem(value, spec.links ?? 'any');
      if (problem) found.push({ field: path, message: `«${labelOf(node)}»: ${problem}` });
    });
    return found;
  },
};
