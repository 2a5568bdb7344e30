/**
 * References point to existing documents of the right type. A missing owning site is an
 * error (the document has no home); other missing targets are warnings (the page renders
 * without the venue, category or event); a target of the wrong type is an error.
 */
import { DOCUMENT_TYPES, TYPE_NOUNS } from '../model.ts';
import type { DocumentSummary, Finding, Rule, RuleContext } from '../types.ts';
import { refOf } from '../values.ts';
import { labelOf, walkDocument, type Visit } from '../walk.ts';

interface ResolvedReference {
  path: string;
  label: string;
  ref: string;
  to: readonly string[];
  target: DocumentSummary | undefined;
}

async function resolveReferences(document: Parameters<Rule['check']>[0], context: RuleContext): Promise<ResolvedReference[]> {
  const nodes: Visit[] = [];
  walkDocument(document, (node) => {
    if (node.spec.kind === 'reference' && refOf(node.value) !== undefined) nodes.push(node);
  });
  return Promise.all(
    nodes.map(async (node) => {
      const { path, value, spec } = node;
      const ref = refOf(value) as string;
      return { path, label: labelOf(node), ref, to: spec.to ?? [], target: await context.getDocument(ref) };
    }),
  );
}

const nouns = (types: readonly string[]) => types.map((type) => TYPE_NOUNS[type] ?? type).join(' eller ');
const isOwningSite = (path: string) => path === 'site';

export const referenceSite: Rule = {
  id: 'reference.site',
  severity: 'error',
  appliesTo: ['event', 'campaign', 'page', 'article'],
  description: 'Dokumentets nettsted finnes og er et nettsted.',
  async check(document, context) {
    const found: Finding[] = [];
    for (const { path, ref, target } of await resolveReferences(document, context)) {
      if (!isOwningSite(path)) continue;
      if (target === undefined) {
        found.push({ field: path, message: `Nettstedet dokumentet hører til (${ref}) finnes ikke. Velg nettstedet på nytt.` });
      } else if (target._type !== 'site') {
        found.push({
          field: path,
          message: `«Nettsted» peker på ${TYPE_NOUNS[target._type] ?? target._type}, ikke et nettsted. Velg nettstedet på nytt.`,
        });
      }
    }
    return found;
  },
};

export const referenceExists: Rule = {
  id: 'reference.exists',
  severity: 'warning',
  appliesTo: DOCUMENT_TYPES,
  description: 'Henvisninger (sted, kategorier, målgrupper, arrangementer, sider, nettsteder) peker på dokumenter som finnes.',
  async check(document, context) {
    const found: Finding[] = [];
    for (const { path, label, ref, to, target } of await resolveReferences(document, context)) {
      if (isOwningSite(path) || target !== undefined) continue;
      found.push({
        field: path,
        message: `«${label}» peker på ${nouns(to)} som ikke finnes (lenger) eller ikke er publisert (${ref}), og vises derfor ikke. Velg på nytt eller fjern henvisningen.`,
      });
    }
    return found;
  },
};

export const referenceRightType: Rule = {
  id: 'reference.rightType',
  severity: 'error',
  appliesTo: DOCUMENT_TYPES,
  description: 'Henvisninger peker på riktig type dokument (sted → sted, kategori → kategori, «vis også på» → nettsted …).',
  async check(document, context) {
    const found: Finding[] = [];
    for (const { path, label, to, target } of await resolveReferences(document, context)) {
      if (isOwningSite(path) || target === undefined || to.includes(target._type)) continue;
      found.push({
        field: path,
        message: `«${label}» skal peke på ${nouns(to)}, men peker på ${TYPE_NOUNS[target._type] ?? target._type}. Fjern henvisningen og velg på nytt.`,
      });
    }
    return found;
  },
};
