/**
 * The floor: a minimal Astro project, written by the benchmark into the run's bare/ folder and built
 * with the installed astro, that renders as many pages as Fasett did, each about as heavy
 * (the same average HTML bytes), with a layout, a header, a footer and a list of item
 * components — but no data layer, no rulebook, no images, no cards, no integrations: the page
 * data is made up from the page number in getStaticPaths. What Astro itself costs per page, with
 * the build settings Fasett uses (directory format, compressed HTML, inlined small stylesheets,
 * the incremental build with a cache key per page, starting from an empty cache).
 *
 * The page weight is calibrated first: a two-page build (no items, and 50 items) gives the
 * bytes of the bare page and of one item, so the real build can aim at Fasett's average.
 *
 * The pages are split over `copies` projects built at once, as the page step (pages-only.ts)
 * builds one site per core: Astro's per-route times are wall times, and a page rendered while
 * another build shares the cores takes longer than one rendered on a quiet machine. Both sides
 * of the ratio are measured under the same load.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBuildLog, routeTotals } from './build-log.ts';
import { astroBin, repoRoot } from './work-dirs.ts';

export interface BareResult {
  pages: number;
  msPerPage: number;
  averagePageBytes: number;
  itemsPerPage: number;
  seconds: number;
  /** Projects built at once (the pages split between them). */
  copies: number;
}

const CALIBRATION_ITEMS = 50;

const layout = `---
interface Props { title: string; description: string }
const { title, description } = Astro.props;
const nav = ['Arrangementer', 'Kampanjer', 'Nyheter', 'Om oss', 'Åpningstider og kontakt', 'Følg med'];
---
<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
    <link rel="canonical" href={new URL(Astro.url.pathname, Astro.site)} />
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="/">Bare</a>
      <nav aria-label="Hovedmeny"><ul>{nav.map((label, i) => <li><a href={\`/side-\${i}/\`}>{label}</a></li>)}</ul></nav>
    </header>
    <main id="innhold"><slot /></main>
    <footer class="site-footer"><p>Skien kommune · Postboks 3158 · 3707 Skien</p><p><a href="/tilgjengelighet/">Tilgjengelighetserklæring</a></p></footer>
  </body>
</html>
<style>
  .site-header { display: flex; gap: 1rem; justify-content: space-between; padding: 1rem; }
  .site-header ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
  .site-footer { border-top: 1px solid #ccc; margin-top: 2rem; padding: 1rem; }
</style>
`;

const item = `---
interface Props { n: number; title: string; when: string; where: string; summary: string }
const { n, title, when, where, summary } = Astro.props;
---
<article class="item">
  <h3><a href={\`/item/\${n}/\`}>{title}</a></h3>
  <p class="meta"><time datetime={when}>{when}</time> · {where}</p>
  <p>{summary}</p>
</article>
<style>
  .item { border: 1px solid #ddd; border-radius: 0.5rem; padding: 1rem; }
  .meta { color: #555; }
</style>
`;

const page = `---
import Layout from '../layouts/Layout.astro';
import Item from '../components/Item.astro';
import plan from '../plan.json';

export function getStaticPaths() {
  return plan.pages.map((items, n) => ({ params: { slug: \`side-\${n}\` }, props: { n, items }, cacheKey: \`\${n} \${items}\` }));
}
const { n, items } = Astro.props;
const words = ['konsert', 'foredrag', 'verksted', 'utstilling', 'lesesirkel', 'kurs', 'teater', 'kino'];
const list = Array.from({ length: items }, (_, i) => {
  const k = (n * 31 + i * 7) % 997;
  return {
    n: k,
    title: \`\${words[k % 8]} nummer \${k} i bydelshuset\`,
    when: \`2027-\${String((k % 12) + 1).padStart(2, '0')}-\${String((k % 28) + 1).padStart(2, '0')}T18:00:00+01:00\`,
    where: \`Sal \${(k % 5) + 1}, Skien\`,
    summary: \`Et arrangement for alle som liker \${words[(k + 3) % 8]} og \${words[(k + 5) % 8]}. Gratis inngang, ingen påmelding.\`,
  };
});
---
<Layout title={\`Side \${n}\`} description={\`Oversikt nummer \${n} over arrangementer i Skien.\`}>
  <h1>Side {n}</h1>
  <p>Her finner du arrangementer, kurs og åpne tilbud. Listen er laget uten datalag: bare Astro.</p>
  <section class="list">{list.map((entry) => <Item {...entry} />)}</section>
</Layout>
`;

function writeProject(dir: string, itemsPerPage: number[]): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  for (const sub of ['src/pages', 'src/layouts', 'src/components']) mkdirSync(join(dir, sub), { recursive: true });
  // The build settings Fasett's astro.config.mjs uses, incremental build included (each page
  // is also written to the cache), with a cache emptied before each build as the page step's is.
  rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { site: 'https://bare.example', cacheDir: './.astro-cache', build: { format: 'directory', inlineStylesheets: 'auto' }, compressHTML: true, devToolbar: { enabled: false }, experimental: { incrementalBuild: true } };\n",
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fasett-bench-bare', private: true, type: 'module' }, null, 2) + '\n');
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), layout);
  writeFileSync(join(dir, 'src/components/Item.astro'), item);
  writeFileSync(join(dir, 'src/pages/[slug].astro'), page);
  writeFileSync(join(dir, 'src/plan.json'), JSON.stringify({ pages: itemsPerPage }));
}

function astroBuild(dir: string): Promise<{ output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--root', dir], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolvePromise({ output, seconds: (performance.now() - started) / 1000 }) : reject(new Error(`bare astro build failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

const pageBytes = (dir: string, n: number) => readFileSync(join(dir, 'dist', `side-${n}`, 'index.html')).length;

/** A project folder that finds the installed astro (through a link, outside the repository). */
function projectDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const modules = join(dir, 'node_modules');
  if (relative(repoRoot, dir).startsWith('..') && !existsSync(modules)) symlinkSync(join(repoRoot, 'node_modules'), modules, 'dir');
  return dir;
}

/**
 * Builds `pages` bare pages of about `targetBytes` each, split over `copies` projects built at
 * once; returns Astro's own ms per page.
 */
/**
 * `copies` projects share the pages; `atOnce` of them are built at the same time (default: all).
 * With one project per site, built as many at a time as Fasett builds sites, the wall time is the
 * like-for-like floor for a whole municipality's page build (overheadRatioWithContent).
 */
export async function bareAstro(dir: string, pages: number, targetBytes: number, log: (line: string) => void, copies = 1, atOnce = copies): Promise<BareResult> {
  const calibration = projectDir(join(dir, 'calibration'));
  writeProject(calibration, [0, CALIBRATION_ITEMS]);
  await astroBuild(calibration);
  const base = pageBytes(calibration, 0);
  const perItem = (pageBytes(calibration, 1) - base) / CALIBRATION_ITEMS;
  const itemsPerPage = Math.max(0, Math.round((targetBytes - base) / perItem));
  log(`    bare page ${base} B + ${perItem.toFixed(0)} B per item → ${itemsPerPage} items for ~${Math.round(targetBytes / 1024)} KB; ${copies} project${copies === 1 ? '' : 's'}, ${Math.min(atOnce, copies)} built at once`);

  const projects = Array.from({ length: copies }, (_, i) => {
    const project = projectDir(join(dir, `copy-${i + 1}`));
    const share = Math.floor(pages / copies) + (i < pages % copies ? 1 : 0);
    writeProject(project, Array.from({ length: share }, () => itemsPerPage));
    return project;
  });
  const started = performance.now();
  const queue = [...projects];
  const builds: Array<Awaited<ReturnType<typeof astroBuild>>> = [];
  await Promise.all(
    Array.from({ length: Math.min(atOnce, projects.length) }, async () => {
      for (let project = queue.shift(); project; project = queue.shift()) builds.push(await astroBuild(project));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const totals = builds.map(({ output }) => routeTotals(parseBuildLog(output)));
  const htmlPages = totals.reduce((n, t) => n + t.htmlPages, 0);
  const htmlMs = totals.reduce((n, t) => n + t.htmlMs, 0);
  const sample = Array.from({ length: Math.min(pages, 20) }, (_, i) => pageBytes(projects[0]!, i));
  return {
    pages: htmlPages,
    msPerPage: htmlMs / Math.max(1, htmlPages),
    averagePageBytes: Math.round(sample.reduce((a, b) => a + b, 0) / sample.length),
    itemsPerPage,
    seconds,
    copies,
  };
}
