/**
 * `npm run site:new -- <slug> [--title "…"] [--theme <name>] [--url https://…]` — scaffolds
 * sites/<slug>/ for a new tenant. The site then needs a `site` document with _id
 * `site.<slug>` in the dataset (the command prints it, ready to import or paste into the Studio).
 */
import { readArgs, value } from './lib/args.ts';
import { scaffoldSite } from './lib/scaffold-site.ts';

const args = readArgs();
const slug = value(args, '_');
if (!slug) {
  console.error('Usage: npm run site:new -- <slug> [--title "Navn"] [--theme base] [--url https://<slug>.skien.kommune.no]');
  process.exit(2);
}
try {
  const result = await scaffoldSite({ slug, title: value(args, 'title'), theme: value(args, 'theme'), url: value(args, 'url') });
  console.log(`Created ${result.folder}/`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log(`\nNext: add this site document to the dataset (or create it in the Studio):\n${JSON.stringify(result.siteDocument)}`);
  console.log(`\nThen: npm run build -- --site ${slug}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
