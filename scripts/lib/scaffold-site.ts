import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../shared/config/root.ts';
import { sitesDir } from '../../shared/config/site.ts';
import { themeNames } from '../../themes/index.ts';

export interface ScaffoldOptions {
  slug: string;
  title?: string;
  theme?: string;
  url?: string;
  dir?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
});
`;
  const readme = `# ${options.title ?? slug}

This folder holds only what is this site's own. Shared pages, layouts and components come from
shared/ through the Fasett integration; the brand comes from themes/${theme}/.

- site.config.ts — URL, theme, features
- pages/ — Astro pages unique to this site (optional)
- public/ — static files unique to this site (favicon, robots extras)
`;
  const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f94"/><text x="16" y="22" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">${slug[0]!.toUpperCase()}</text></svg>\n`;
  writeFileSync(join(folder, 'site.config.ts'), config);
  writeFileSync(join(folder, 'README.md'), readme);
  writeFileSync(join(folder, 'public', 'favicon.svg'), favicon);
  writeFileSync(join(folder, 'pages', '.gitkeep'), '');
  return {
    folder,
    files: ['site.config.ts', 'README.md', 'public/favicon.svg', 'pages/'],
    siteDocument: { _id: `site.${slug}`, _type: 'site', title: options.title ?? slug, slug: { _type: 'slug', current: slug } },
  };
}
