/**
 * `npm run site:new`: a new site's folder, and the documents it starts with in the dataset —
 * its `site` document and its accessibility statement (a page from the template in the site's
 * language, naming the address where visitors report barriers). Both documents are written to
 * sites/<slug>/starter-content.ndjson (for `sanity dataset import`) and returned for printing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../shared/config/root.ts';
import { sitesDir } from '../../shared/config/site.ts';
import { isLocale, LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { statementPage } from '../../shared/site/accessibility-statement.ts';
import { themeNames } from '../../themes/index.ts';

export interface ScaffoldOptions {
  slug: string;
  title?: string;
  theme?: string;
  url?: string;
  /** The interface language, 'nb' (default) or 'nn'. */
  locale?: string;
  /** Where visitors report accessibility barriers; the statement names it. */
  feedbackEmail?: string;
  dir?: string;
}

/** The municipality's post room answers when a new site has no address of its own yet. */
export const DEFAULT_FEEDBACK_EMAIL = 'postmottak@skien.kommune.no';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;

export async function scaffoldSite(options: ScaffoldOptions) {
  const { slug } = options;
  if (!SLUG.test(slug)) throw new Error(`"${slug}" is not a valid site slug: use lowercase letters, digits and hyphens (e.g. "kulturskolen")`);
  const theme = options.theme ?? 'base';
  const themes = themeNames();
  if (!themes.includes(theme)) throw new Error(`Unknown theme "${theme}". Themes: ${themes.join(', ')}`);
  const url = options.url ?? `https://${slug}.skien.kommune.no`;
  try {
    new URL(url);
  } catch {
    throw new Error(`"${url}" is not an absolute URL`);
  }
  const locale: Locale | undefined = options.locale === undefined ? 'nb' : isLocale(options.locale) ? options.locale : undefined;
  if (!locale) throw new Error(`Unknown language "${options.locale}": use ${LOCALES.join(' (bokmål) or ')} (nynorsk)`);
  const feedbackEmail = options.feedbackEmail ?? DEFAULT_FEEDBACK_EMAIL;
  if (!EMAIL.test(feedbackEmail)) throw new Error(`"${feedbackEmail}" is not an e-mail address (--feedback-email: where visitors report accessibility barriers)`);
  const title = options.title ?? slug;
  const folder = join(options.dir ?? sitesDir(), slug);
  if (existsSync(folder)) throw new Error(`sites/${slug}/ exists already`);
  mkdirSync(join(folder, 'pages'), { recursive: true });
  mkdirSync(join(folder, 'public'), { recursive: true });
  const configModule = relative(folder, join(projectRoot(), 'shared/config/define-site.ts')).split('\\').join('/');
  const config = `import { defineSite } from '${configModule}';

export default defineSite({
  slug: '${slug}',
  url: '${url}',
  theme: '${theme}',
  // The interface language visitors read: 'nb' (bokmål) or 'nn' (nynorsk).
  locale: '${locale}',
  // Where visitors report accessibility barriers; the accessibility statement names the same address.
  feedbackEmail: '${feedbackEmail}',
  // When the statement is published in uustatus, link it here (the footer shows it):
  // uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/…',
});
`;
  const readme = `# ${title}

This folder holds only what is this site's own. Shared pages, layouts and components come from
shared/ through the Fasett integration; the brand comes from themes/${theme}/.

- site.config.ts — URL, theme, language, features, accessibility feedback address
- starter-content.ndjson — the site document and its accessibility statement page, to import
  once into the dataset (\`sanity dataset import\`) or to create in the Studio; edit the
  statement's status section when the site has been checked, and link the uustatus entry in
  site.config.ts (uustatusUrl) when it is published
- pages/ — Astro pages unique to this site (optional)
- public/ — static files unique to this site (favicon, robots extras)
`;
  const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f94"/><text x="16" y="22" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">${slug[0]!.toUpperCase()}</text></svg>\n`;
  const siteDocument = { _id: `site.${slug}`, _type: 'site', title, slug: { _type: 'slug', current: slug }, contact: { email: feedbackEmail } };
  const statementDocument = statementPage({ slug, title, feedbackEmail, locale });
  writeFileSync(join(folder, 'site.config.ts'), config);
  writeFileSync(join(folder, 'README.md'), readme);
  writeFileSync(join(folder, 'starter-content.ndjson'), [siteDocument, statementDocument].map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  writeFileSync(join(folder, 'public', 'favicon.svg'), favicon);
  writeFileSync(join(folder, 'pages', '.gitkeep'), '');
  return {
    folder,
    files: ['site.config.ts', 'README.md', 'starter-content.ndjson', 'public/favicon.svg', 'pages/'],
    siteDocument,
    statementDocument,
  };
}
