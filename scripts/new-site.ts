/**
 * `npm run site:new -- <slug> [--title "…"] [--theme <name>] [--url https://…] [--locale nb|nn]
 * [--feedback-email adresse]` — scaffolds sites/<slug>/ for a new tenant. The site then needs
 * its `site` document (_id `site.<slug>`) and its accessibility statement page in the dataset:
 * the command writes both to sites/<slug>/starter-content.ndjson and prints them.
 */
import { readArgs, value } from './lib/args.ts';
import { scaffoldSite } from './lib/scaffold-site.ts';

const args = readArgs();
const slug = value(args, '_');
if (!slug) {
  console.error(
    'Usage: npm run site:new -- <slug> [--title "Navn"] [--theme base] [--url https://<slug>.skien.kommune.no] [--locale nb|nn] [--feedback-email adresse@skien.kommune.no]',
  );
  process.exit(2);
}
try {
  const result = await scaffoldSite({
    slug,
    title: value(args, 'title'),
    theme: value(args, 'theme'),
    url: value(args, 'url'),
    locale: value(args, 'locale'),
    feedbackEmail: value(args, 'feedback-email'),
  });
  console.log(`Created ${result.folder}/`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log(
    `\nNext: add these documents to the dataset — the site and its accessibility statement (sites/${slug}/starter-content.ndjson; ` +
      `\`sanity dataset import\`, or create them in the Studio):\n${JSON.stringify(result.siteDocument)}\n${JSON.stringify(result.statementDocument)}`,
  );
  console.log(`\nVisitors report accessibility barriers to ${result.siteDocument.contact.email} (feedbackEmail in site.config.ts); link the uustatus entry there (uustatusUrl) once it is published.`);
  console.log(`\nThen: npm run build -- --site ${slug}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
