/**
 * Site folders for every site in the scale dataset's sites.json, in a folder of their own that
 * the builds read through FASETT_SITES_DIR. The three real sites keep their own configuration
 * (URL, theme, accessibility statement) and favicon; the extra sites take the theme the
 * generator gave them in sites.json (the three themes in turn — their campaigns' accents are
 * keys of that theme) and the favicon of the real site with the same theme.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig, listSiteSlugs, type SiteConfig } from '../../shared/config/site.ts';
import type { BenchSite } from './scale-dataset.ts';
export async function writeBenchSites(sites: BenchSite[], dir: string, codeRoot: string): Promise<void> {
  const realSitesDir = join(codeRoot, 'sites');
  const realSlugs = listSiteSlugs(realSitesDir);
  const real = new Map<string, SiteConfig>();
  for (const slug of realSlugs) real.set(slug, await loadSiteConfig(slug, realSitesDir));
  const siteForTheme = new Map([...real.values()].map((config) => [config.theme, config.slug]));

  for (const site of sites) {
    const folder = join(dir, site.slug);
    mkdirSync(folder, { recursive: true });
    const own = real.get(site.slug);
    const config = own ?? {
      slug: site.slug,
      url: `https://${site.slug}.skien.kommune.no`,
      theme: site.theme,
      feedbackEmail: 'tilgjengelighet@skien.kommune.no',
    };
    writeFileSync(join(folder, 'site.config.ts'), configModule(config, codeRoot));
    const publicFrom = join(realSitesDir, own ? site.slug : (siteForTheme.get(site.theme) ?? realSlugs[0]!), 'public');
    if (existsSync(publicFrom)) cpSync(publicFrom, join(folder, 'public'), { recursive: true });
  }
}

function configModule(config: Partial<SiteConfig> & { slug: string; url: string; theme: string }, codeRoot: string): string {
  const fields = {
    slug: config.slug,
    url: config.url,
    theme: config.theme,
    ...(config.locale && config.locale !== 'nb' ? { locale: config.locale } : {}),
    ...(config.uustatusUrl ? { uustatusUrl: config.uustatusUrl } : {}),
    ...(config.feedbackEmail ? { feedbackEmail: config.feedbackEmail } : {}),
    ...(config.features ? { features: config.features } : {}),
  };
  const defineSite = JSON.stringify(join(codeRoot, 'shared', 'config', 'site.ts'));
  return `// Written by bench/lib/bench-sites.ts for one benchmark run.\nimport { defineSite } from ${defineSite};\n\nexport default defineSite(${JSON.stringify(fields, null, 2)});\n`;
}
