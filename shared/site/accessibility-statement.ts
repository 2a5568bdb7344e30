/**
 * Every site owes its visitors an accessibility statement (forskrift om universell utforming
 * av IKT-løsninger) and a way to report a barrier. A site has a statement when its config
 * links its uustatus entry or it publishes a page at /tilgjengelighetserklaering/; the
 * feedback channel is its `feedbackEmail` or its contact address. `npm run site:new` starts
 * a site with both (statementPage, from the dictionary's template in the site's language);
 * the build warns, naming the site, when either is missing (accessibilityProblems).
 */
import type { SiteConfig } from '../config/define-site.ts';
import { fill, wordsFor, type Locale } from '../i18n/index.ts';
import type { Problem } from '../rules/types.ts';

/** The statement page's slug, and so its address: paths.accessibility(). */
export const STATEMENT_SLUG = 'tilgjengelighetserklaering';

export interface StatementFacts {
  /** The site publishes a page with STATEMENT_SLUG. */
  hasStatementPage: boolean;
  /** The site document's contact e-mail, if any. */
  contactEmail?: string | null;
}

/** Where visitors report a barrier: the config's address, else the site's contact address. */
export const feedbackAddress = (config: Pick<SiteConfig, 'feedbackEmail'>, contactEmail?: string | null) =>
  config.feedbackEmail || contactEmail || undefined;

/** Warnings for the build report: no statement at all, no channel for reporting barriers. */
export function accessibilityProblems(config: Pick<SiteConfig, 'slug' | 'uustatusUrl' | 'feedbackEmail'>, facts: StatementFacts): Problem[] {
  const problems: Problem[] = [];
  const where = { documentId: `site.${config.slug}`, type: 'site', severity: 'warning' as const };
  if (!config.uustatusUrl && !facts.hasStatementPage) {
    problems.push({
      ...where,
      field: 'uustatusUrl',
      rule: 'site.accessibilityStatement',
      message:
        `Nettstedet «${config.slug}» har ingen tilgjengelighetserklæring. Legg lenken til erklæringen i uustatus i sites/${config.slug}/site.config.ts (uustatusUrl), ` +
        `eller publiser en side med adressen /${STATEMENT_SLUG}/ (npm run site:new lager en mal).`,
    });
  }
  if (!feedbackAddress(config, facts.contactEmail)) {
    problems.push({
      ...where,
      field: 'feedbackEmail',
      rule: 'site.accessibilityFeedback',
      message:
        `Nettstedet «${config.slug}» har ingen adresse der besøkende kan melde fra om feil og barrierer. ` +
        `Sett feedbackEmail i sites/${config.slug}/site.config.ts, eller en e-postadresse under Kontakt i nettstedets dokument.`,
    });
  }
  return problems;
}

/** Portable Text: one block of plain text (a heading or a paragraph), or a paragraph with a mailto link. */
function block(key: string, text: string, style: 'normal' | 'h2' = 'normal', email?: string) {
  if (!email || !text.includes(email)) {
    return { _type: 'block', _key: key, style, markDefs: [], children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }] };
  }
  const [before, after] = [text.slice(0, text.indexOf(email)), text.slice(text.indexOf(email) + email.length)];
  return {
    _type: 'block',
    _key: key,
    style,
    markDefs: [{ _type: 'link', _key: `${key}l`, href: `mailto:${email}` }],
    children: [
      { _type: 'span', _key: `${key}a`, text: before, marks: [] },
      { _type: 'span', _key: `${key}b`, text: email, marks: [`${key}l`] },
      { _type: 'span', _key: `${key}c`, text: after, marks: [] },
    ],
  };
}

/**
 * The statement page a new site starts with, in its language: which rules apply, its status,
 * how to report a barrier (to the feedback address), and where to complain. A `page` document
 * in Sanity's export format, to import with the site document or to paste into the Studio.
 */
export function statementPage(site: { slug: string; title: string; feedbackEmail: string; locale: Locale }) {
  const w = wordsFor(site.locale).statement;
  const values = { site: site.title, email: site.feedbackEmail };
  return {
    _id: `page.${site.slug}.${STATEMENT_SLUG}`,
    _type: 'page',
    title: w.title,
    slug: { _type: 'slug', current: STATEMENT_SLUG },
    site: { _type: 'reference', _ref: `site.${site.slug}` },
    seo: { description: fill(w.description, values) },
    body: [
      block('intro', fill(w.intro, values)),
      block('rulesh', w.rulesHeading, 'h2'),
      block('rules', w.rules),
      block('statush', w.statusHeading, 'h2'),
      block('status', w.status),
      block('reporth', w.reportHeading, 'h2'),
      block('report', fill(w.report, values), 'normal', site.feedbackEmail),
      block('complainth', w.complaintHeading, 'h2'),
      block('complaint', w.complaint),
    ],
  };
}
