/**
 * `npm run validate` — runs the rulebook over every published document of the dataset
 * (the sample, `CONTENT_DATASET=<folder or .tar.gz>`, or a live project when
 * SANITY_PROJECT_ID/SANITY_DATASET are set) with exactly the context the build uses
 * (themes from the site configs, image sizes read from the files), and prints every
 * problem once. Builds nothing. Exits 1 when any document has an error, 2 when the
 * dataset cannot be read.
 *
 *   --json     print the report as JSON instead: { source, checkedAt, documents, problems }
 *   --site s   only the problems that concern site s (its own, cross-listed and shared documents)
 */
import { readArgs, flag, value } from './lib/args.ts';

process.env.SANITY_TELEMETRY_DISABLED ??= '1';

const args = readArgs();
const asJson = flag(args, 'json');
const onlySite = value(args, 'site');

async function main(): Promise<number> {
  const started = performance.now();
  const [{ getSource }, { checkContent }, { loadAllSiteConfigs }, rulebook] = await Promise.all([
    import('../shared/content/index.ts'),
    import('../shared/content/content-check.ts'),
    import('../shared/config/site.ts'),
    import('../shared/rules/index.ts'),
  ]);

  let source;
  try {
    source = await getSource();
  } catch (error) {
    console.error(`Kan ikke lese datasettet: ${(error as Error).message}`);
    return 2;
  }
  const configs = await loadAllSiteConfigs();
  const check = await checkContent(source, new Map(configs.map((config) => [config.slug, config])));
  const problems = onlySite ? check.problemsFor(onlySite) : check.problems;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const blocked = new Set(errors.map((problem) => problem.documentId));

  if (asJson) {
    const report = { source: source.description, checkedAt: new Date().toISOString(), documents: check.documentsChecked, problems };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    // Errors first, then warnings; within each, by document so one document's problems stand together.
    const ordered = [...problems].sort(
      (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.documentId.localeCompare(b.documentId),
    );
    for (const problem of ordered) console.log(rulebook.formatProblem(problem));
    if (ordered.length) console.log('');
    console.log(
      `${source.description}${onlySite ? ` · nettsted ${onlySite}` : ''}: ${check.documentsChecked} dokumenter sjekket på ${seconds} s — ` +
        `${errors.length} feil i ${blocked.size} dokumenter (publiseres ikke), ${warnings} advarsler.`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
