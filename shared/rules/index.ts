/**
 * The rulebook: every brand and content rule once, with a machine id, a severity and a
 * Norwegian message. The build runs it over every published document before rendering
 * (documents with errors are left out); the Studio runs it as validation while editing
 * (studio/validation/). Plain TypeScript, no Astro or Sanity imports.
 */
import { documentMalformed, documentUnknownType } from './checks/documents.ts';
import { fieldAllowedValue, fieldRecommended, fieldRequired, fieldType } from './checks/fields.ts';
import { alertEndsAfterStart, campaignEndsAfterStart, eventEndsAfterStart } from './checks/time.ts';
import { siteIdMatchesSlug, slugNotPath, slugNotReserved, slugUniquePerSite, slugUrlSafe } from './checks/slugs.ts';
import { imageAltRequired, imageFileRequired, imageMinWidth, imageSizeUnknown } from './checks/images.ts';
import { summaryMaxLength, titleMaxLength, titleShareCardFit } from './checks/text.ts';
import { linkSafeScheme } from './checks/links.ts';
import { languageKnown } from './checks/language.ts';
import { campaignAccentFromTheme } from './checks/theme.ts';
import { eventAgeRange, priceAmountRequired, priceNotNegative } from './checks/price.ts';
import { referenceExists, referenceRightType, referenceSite } from './checks/references.ts';
import { campaignEventOnSite, crossListingAsked, ctaComplete, eventAlsoOnOwnSite, eventAlsoOnSlugFree, navigationPageOnSite, navigationTarget } from './checks/placement.ts';
import { campaignEventsInProgramme, campaignProgrammeOrder } from './checks/programme.ts';
import { eventPreviousStartRecorded, eventStatusRecorded, eventStreamForOnline, textNoMarkdown } from './checks/status.ts';
import { isKnownType } from './model.ts';
import type { ContentDocument, Problem, Rule, RuleContext } from './types.ts';
import { isObject, isPublicId, isSystemDocument } from './values.ts';

export type {
  ContentDocument,
  CrossListClaim,
  DocumentSummary,
  EventSummary,
  Finding,
  ImageDimensions,
  MaybePromise,
  Problem,
  Rule,
  RuleContext,
  Severity,
  SlugClaim,
} from './types.ts';
export { contextFromDocuments, type DocumentContextOptions } from './documentContext.ts';
export { slugify, SLUG_PATTERN } from './slugify.ts';
export { linkProblem } from './checks/links.ts';
export { MIN_SHARE_IMAGE_WIDTH } from './checks/images.ts';
export { SUMMARY_MAX, TITLE_MAX, TITLE_SHARE_CARD_FIT } from './checks/text.ts';
export { CONTENT_MODEL, DOCUMENT_TYPES } from './model.ts';
export { LANGUAGES, isKnownLanguage, languageOf, type Language } from './languages.ts';

/** Rules about whole documents; validateDocument applies them before the others. */
const documentRules: readonly Rule[] = [documentMalformed, documentUnknownType];

/** Every rule, in the order problems are listed. */
export const rules: readonly Rule[] = [
  ...documentRules,
  fieldType,
  fieldRequired,
  fieldAllowedValue,
  referenceSite,
  referenceRightType,
  referenceExists,
  slugNotPath,
  slugUrlSafe,
  slugNotReserved,
  slugUniquePerSite,
  siteIdMatchesSlug,
  eventEndsAfterStart,
  campaignEndsAfterStart,
  alertEndsAfterStart,
  imageAltRequired,
  imageMinWidth,
  imageSizeUnknown,
  imageFileRequired,
  linkSafeScheme,
  languageKnown,
  campaignAccentFromTheme,
  priceNotNegative,
  priceAmountRequired,
  eventAgeRange,
  summaryMaxLength,
  titleMaxLength,
  titleShareCardFit,
  navigationTarget,
  navigationPageOnSite,
  ctaComplete,
  eventAlsoOnOwnSite,
  eventAlsoOnSlugFree,
  campaignEventOnSite,
  crossListingAsked,
  campaignProgrammeOrder,
  campaignEventsInProgramme,
  eventStatusRecorded,
  eventPreviousStartRecorded,
  eventStreamForOnline,
  textNoMarkdown,
  fieldRecommended,
];

function problem(document: { _id: string; _type: string }, rule: Rule, field: string, message: string): Problem {
  return { documentId: document._id, type: document._type, field, rule: rule.id, severity: rule.severity, message };
}

/**
 * Every problem with one document. Never throws: an unreadable document, an unknown type
 * or a rule that fails are reported as problems too. System documents (`_.…` ids,
 * `sanity.…` types such as image assets) give no problems.
 */
export async function validateDocument(input: unknown, context: RuleContext): Promise<Problem[]> {
  if (!isObject(input) || typeof input._id !== 'string' || typeof input._type !== 'string' || input._id === '') {
    const stub = {
      _id: isObject(input) && typeof input._id === 'string' && input._id !== '' ? input._id : '(uten id)',
      _type: isObject(input) && typeof input._type === 'string' ? input._type : '(uten type)',
    };
    return [
      problem(
        stub,
        documentMalformed,
        '',
        (documentMalformed.check(stub as ContentDocument, context) as { message: string }[])[0]!.message,
      ),
    ];
  }
  const document = input as ContentDocument;
  if (isSystemDocument(document)) return [];
  if (!isKnownType(document._type)) {
    const [finding] = documentUnknownType.check(document, context) as { field: string; message: string }[];
    return [problem(document, documentUnknownType, finding!.field, finding!.message)];
  }

  const found: Problem[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!rule.appliesTo.includes(document._type)) continue;
    let findings;
    try {
      findings = await rule.check(document, context);
    } catch (error) {
      // A failing rule (or a context that cannot answer) must not hide the document's other problems.
      findings = [
        {
          field: '',
          message: `Regelen «${rule.id}» kunne ikke sjekkes (${error instanceof Error ? error.message : String(error)}). Prøv igjen, eller be en utvikler se på det.`,
        },
      ];
    }
    for (const finding of findings) {
      const key = `${rule.id}\u0000${finding.field}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(problem(document, rule, finding.field, finding.message));
    }
  }
  return found;
}

/**
 * Every problem in a set of documents, each once, in document order. Drafts and release
 * versions are skipped (they are never published), as are system documents.
 */
export async function validateDocuments(documents: readonly unknown[], context: RuleContext): Promise<Problem[]> {
  const found: Problem[] = [];
  for (const document of documents) {
    if (isObject(document) && typeof document._id === 'string' && !isPublicId(document._id)) continue;
    found.push(...(await validateDocument(document, context)));
  }
  return found;
}

/** One line per problem for a terminal: control characters in any part are neutralised. */
export function formatProblem(problem: Problem): string {
  const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const level = problem.severity === 'error' ? 'FEIL' : 'ADVARSEL';
  return `${level} ${clean(problem.documentId)} ${clean(problem.field) || '(dokumentet)'} [${problem.rule}] ${clean(problem.message)}`;
}
