/** The shape of a document: every field holds the kind of value the content model says, and the required ones are filled in. */
import { CONTENT_MODEL, DOCUMENT_TYPES, type FieldSpec } from '../model.ts';
import type { Finding, Rule } from '../types.ts';
import { dateOf, hasText, isObject, joinPath, quote, refOf, timeOf, type PlainObject } from '../values.ts';
import { labelOf, walkDocument } from '../walk.ts';

function describe(value: unknown): string {
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return 'et tall';
  if (typeof value === 'boolean') return 'ja/nei';
  if (Array.isArray(value)) return 'en liste';
  if (isObject(value)) return 'et objekt';
  return typeof value;
}

const EXPECTED: Record<FieldSpec['kind'], string> = {
  string: 'tekst',
  text: 'tekst',
  url: 'en nettadresse (tekst)',
  number: 'et tall',
  boolean: 'ja/nei',
  datetime: 'en dato med klokkeslett',
  date: 'en dato',
  slug: 'en adresse (slug)',
  reference: 'en henvisning til et annet dokument',
  image: 'et bilde',
  geopoint: 'en kartposisjon',
  portableText: 'formatert tekst',
  object: 'en gruppe felter',
  array: 'en liste',
};

/** Why a value does not fit its spec, or undefined when it does. */
function typeProblem(value: unknown, spec: FieldSpec, label: string): string | undefined {
  const wrong = () => `«${label}» skal være ${EXPECTED[spec.kind]}, men er ${describe(value)}. Fyll ut feltet på nytt i Studio.`;
  switch (spec.kind) {
    case 'string':
    case 'text':
    case 'url':
      return typeof value === 'string' ? undefined : wrong();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong();
    case 'datetime':
      if (typeof value !== 'string') return wrong();
      return timeOf(value) === undefined
        ? `«${label}» er ikke en gyldig dato med klokkeslett (${quote(value)}). Velg dato og tid i datovelgeren.`
        : undefined;
    case 'date':
      if (typeof value !== 'string') return wrong();
      return dateOf(value) === undefined ? `«${label}» er ikke en gyldig dato (${quote(value)}). Velg dagen i datovelgeren.` : undefined;
    case 'slug':
      return isObject(value) && (value.current === undefined || typeof value.current === 'string')
        ? undefined
        : `«${label}» har feil format (${describe(value)}). Trykk «Generer» ved adressefeltet for å lage den på nytt.`;
    case 'reference':
      return isObject(value) && (value._ref === undefined || typeof value._ref === 'string') ? undefined : wrong();
    case 'image':
    case 'object':
      return isObject(value) ? undefined : wrong();
    case 'geopoint':
      return isObject(value) && typeof value.lat === 'number' && typeof value.lng === 'number' ? undefined : wrong();
    case 'array':
      return Array.isArray(value) ? undefined : wrong();
    case 'portableText':
      return Array.isArray(value) ? undefined : wrong();
  }
}

export const fieldType: Rule = {
  id: 'field.type',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description: 'Hvert felt har riktig slags verdi (tekst, tall, dato, henvisning …).',
  check(document) {
    const found: Finding[] = [];
    walkDocument(document, (node) => {
      const { path, value, spec } = node;
      const problem = typeProblem(value, spec, labelOf(node));
      if (problem) found.push({ field: path, message: problem });
      if (spec.kind === 'portableText' && Array.isArray(value)) {
        value.forEach((item, index) => {
          if (!isObject(item) || typeof item._type !== 'string') {
            found.push({
              field: joinPath(path, index),
              message: `Et avsnitt i «${labelOf(node)}» er ødelagt (mangler type). Slett avsnittet og skriv det inn på nytt.`,
            });
          }
        });
      }
    });
    return found;
  },
};

/** Missing = not there, or there but empty (blank text, a slug or reference with nothing in it). */
function isMissing(value: unknown, spec: FieldSpec): boolean {
  if (value === undefined || value === null) return true;
  switch (spec.kind) {
    case 'string':
    case 'text':
    case 'url':
      return typeof value === 'string' && !hasText(value);
    case 'slug':
      return isObject(value) && (value.current === undefined || (typeof value.current === 'string' && !hasText(value.current)));
    case 'reference':
      return isObject(value) && refOf(value) === undefined && (value._ref === undefined || typeof value._ref === 'string');
    default:
      return false;
  }
}

const HINTS: Record<string, string> = {
  title: 'Skriv en tittel.',
  name: 'Skriv navnet.',
  slug: 'Trykk «Generer» ved adressefeltet.',
  site: 'Velg hvilket nettsted dokumentet hører til.',
  startsAt: 'Velg dato og klokkeslett.',
  publishedAt: 'Velg publiseringsdato.',
  message: 'Skriv hva som har skjedd og hva besøkende skal gjøre.',
  url: 'Lim inn hele adressen, f.eks. https://…',
  label: 'Skriv teksten som skal vises.',
  platform: 'Skriv navnet på tjenesten, f.eks. instagram.',
  summary: 'Skriv én eller to setninger; de vises i lister, nyhetsstrømmer og på delingskort.',
  venue: 'Velg hvor arrangementet holdes, så publikum finner fram.',
  image: 'Legg inn et bilde; det brukes øverst på siden og på delingskort.',
};

function hint(path: string): string {
  const last =
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .at(-1) ?? path;
  return HINTS[last] ?? 'Fyll ut feltet.';
}

/** Calls `report` for every field marked by `flag` that is missing, at the top and inside present objects. */
function missingFields(
  document: PlainObject & { _type: string },
  flag: 'required' | 'recommended',
  report: (path: string, label: string) => void,
) {
  const top = CONTENT_MODEL[document._type];
  if (!top) return;
  const checkObject = (object: PlainObject, fields: Readonly<Record<string, FieldSpec>>, base: string, labels: readonly string[]) => {
    for (const [name, spec] of Object.entries(fields)) {
      if (spec[flag] && isMissing(object[name], spec)) report(joinPath(base, name), labelOf({ labels: [...labels, spec.label] }));
    }
  };
  checkObject(document, top, '', []);
  walkDocument(document as never, ({ path, value, spec, labels }) => {
    if (spec.kind === 'object' && spec.fields && isObject(value)) checkObject(value, spec.fields, path, labels);
  });
}

export const fieldRequired: Rule = {
  id: 'field.required',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description: 'Felt som må fylles ut for at dokumentet kan vises (tittel, adresse, nettsted, starttid …).',
  check(document) {
    const found: Finding[] = [];
    missingFields(document, 'required', (path, label) => {
      found.push({ field: path, message: `«${label}» mangler. ${hint(path)}` });
    });
    return found;
  },
};

export const fieldRecommended: Rule = {
  id: 'field.recommended',
  severity: 'warning',
  appliesTo: DOCUMENT_TYPES,
  description: 'Felt som bør fylles ut fordi lister, kart og delingskort blir dårligere uten.',
  check(document) {
    const found: Finding[] = [];
    missingFields(document, 'recommended', (path, label) => {
      found.push({ field: path, message: `«${label}» er ikke fylt ut. ${hint(path)}` });
    });
    return found;
  },
};

export const fieldAllowedValue: Rule = {
  id: 'field.allowedValue',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description: 'Felt med faste valg (status, alvorlighet, type faktaboks) har et av de tillatte valgene.',
  check(document) {
    const found: Finding[] = [];
    walkDocument(document, (node) => {
      const { path, value, spec } = node;
      if (spec.values && typeof value === 'string' && !spec.values.includes(value)) {
        found.push({
          field: path,
          message: `«${labelOf(node)}» har en ukjent verdi (${quote(value)}). Velg et av valgene i listen.`,
        });
      }
    });
    return found;
  },
};
