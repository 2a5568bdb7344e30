/**
 * The one adapter between the rulebook and Sanity's validation: a document type's
 * `validation` runs every shared rule on the document being edited and turns each
 * problem into a marker on the field it names (errors block publishing, warnings don't).
 * The rules themselves live in shared/rules and are never restated in the schema.
 */
import type { CustomValidatorResult, DocumentRule, Path, ValidationContext } from 'sanity';
import { validateDocument, type Problem, type Severity } from '../../shared/rules/index.ts';
import { studioRuleContext } from './studioContext.ts';

/** "body[2].markDefs[0].href" → ["body", {_key}, "markDefs", {_key}, "href"], keyed where the document has keys. */
export function toSanityPath(field: string, document: unknown): Path {
  const path: Path = [];
  let current: unknown = document;
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) {
      const index = Number(match[2]);
      const item: unknown = Array.isArray(current) ? current[index] : undefined;
      const key = typeof item === 'object' && item !== null ? (item as { _key?: unknown })._key : undefined;
      path.push(typeof key === 'string' ? { _key: key } : index);
      current = item;
    } else if (match[1] !== undefined) {
      path.push(match[1]);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[match[1]] : undefined;
    }
  }
  return path;
}

// Both severities read the same run: validation asks twice per pass with the same document object.
const runs = new WeakMap<object, Promise<Problem[]>>();

function problemsFor(context: ValidationContext): Promise<Problem[]> {
  const document = context.document;
  if (!document) return Promise.resolve([]);
  let run = runs.get(document);
  if (!run) {
    run = validateDocument(document, studioRuleContext(context.getClient));
    runs.set(document, run);
  }
  return run;
}

async function markers(severity: Severity, context: ValidationContext): Promise<CustomValidatorResult> {
  const problems = (await problemsFor(context)).filter((problem) => problem.severity === severity);
  if (problems.length === 0) return true;
  return problems.map((problem) => ({
    message: `${problem.message} [${problem.rule}]`,
    path: toSanityPath(problem.field, context.document),
  }));
}

/** `validation: rulebookValidation()` on a document type. */
export function rulebookValidation() {
  return (rule: DocumentRule) => [
    rule.custom((_value, context) => markers('error', context)).error(),
    rule.custom((_value, context) => markers('warning', context)).warning(),
  ];
}
