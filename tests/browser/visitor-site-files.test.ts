/**
 * Over every built page of every site (no browser needed, but the built sites are):
 * HTML + CSS stay within 60 KB gzip, pages without islands load no JavaScript but the alert
 * banner, every internal link, stylesheet, script and image resolves to a built file (so the
 * whole site navigates without JavaScript), and sitemap and robots.txt are right.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listSiteSlugs, loadSiteConfig } from '../../shared/config/site.ts';
import { siteData } from '../../shared/content/site-data.ts';
import { inlineScripts, scriptsOf, siteDir } from './visitor-support.ts';

const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === '_astro' || entry === 'pagefind' || entry === '.prerender') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (entry.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The built file a site path is served from, as the server resolves it. */
function fileFor(root: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidate = join(root, clean);
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  if (existsSync(candidate)) return candidate;
  return existsSync(`${candidate}.html`) ? `${candidate}.html` : undefined;
}

const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&'));

for (const site of listSiteSlugs()) {
  const root = siteDir(site);

  test(`${site}: HTML + CSS of every page is at most 60 KB gzip`, () => {
    let largest = { file: '', bytes: 0 };
    const over: string[] = [];
    for (const file of htmlFiles(root)) {
      const html = readFileSync(file, 'utf8');
      const css = attr(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).reduce((n, href) => n + gz(join(root, href)), 0);
      const bytes = gz(file) + css;
      if (bytes > largest.bytes) largest = { file: relative(root, file), bytes };
      if (bytes > 60 * KB) over.push(`${relative(root, file)}: ${(bytes / KB).toFixed(1)} KB`);
    }
    console.log(`  ${site}: largest page ${largest.file} ${(largest.bytes / KB).toFixed(1)} KB gzip (HTML + CSS)`);
    assert.equal(over, []);
  });

  test(`${site}: pages without islands load no JavaScript but the alert banner`, () => {
    const withoutIslands = htmlFiles(root).filter((file) => {
      const path = `/${relative(root, file)}`;
      // Islands: the event list and its facet pages, search, and share buttons on events and campaigns.
      return !/^\/(arrangementer\/(index\.html|side|kategori|sted|for|maned|gratis|i-dag|denne-)|sok\/|kampanjer\/)/.test(path) &&
        !(/^\/arrangementer\/[^/]+\/index\.html$/.test(path) && !path.startsWith('/arrangementer/arkiv/'));
    });
    assert.ok(withoutIslands.some((f) => f.endsWith('om-oss/index.html')), 'editorial pages are among them');
    const alertScripts = scriptsOf(site, join(root, 'om-oss/index.html'));
    const problems: string[] = [];
    for (const file of withoutIslands) {
      const scripts = scriptsOf(site, file).map((s) => relative(root, s));
      const extra = scripts.filter((s) => !alertScripts.map((a) => relative(root, a)).includes(s));
      if (extra.length) problems.push(`${relative(root, file)} loads ${extra.join(', ')}`);
      if (inlineScripts(file).some((code) => code.trim())) problems.push(`${relative(root, file)} has an inline script`);
    }
    assert.equal(problems, []);
    // One file: the banner and Lit (shared/build/banner-chunk-plugin.ts).
    assert.equal(alertScripts.map((s) => basename(s).split('.')[0]), ['AlertBanner'], `only the alert banner and Lit: ${alertScripts.join(', ')}`);
    const bytes = alertScripts.reduce((n, f) => n + gz(f), 0);
    console.log(`  ${site}: the alert banner (on every page) is ${(bytes / KB).toFixed(1)} KB gzip with Lit`);
    assert.ok(bytes <= 8 * KB);
  });

  test(`${site}: every link, stylesheet, script and image on every page resolves`, () => {
    const broken = new Set<string>();
    for (const file of htmlFiles(root)) {
      const html = readFileSync(file, 'utf8');
      const refs = [
        ...attr(html, /<a[^>]*\shref="([^"]+)"/g),
        ...attr(html, /<link[^>]*\shref="([^"]+)"/g),
        ...attr(html, /<script[^>]*\ssrc="([^"]+)"/g),
        ...attr(html, /<img[^>]*\ssrc="([^"]+)"/g),
        ...attr(html, /\ssrcset="([^"]+)"/g).flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
      ];
      const ids = new Set(attr(html, /\sid="([^"]+)"/g));
      for (const ref of refs) {
        if (ref.startsWith('#')) {
          if (ref.length > 1 && !ids.has(ref.slice(1))) broken.add(`${relative(root, file)} → ${ref}`);
          continue;
        }
        if (!ref.startsWith('/') || ref.startsWith('//')) continue;
        if (!fileFor(root, ref)) broken.add(`${relative(root, file)} → ${ref}`);
      }
    }
    assert.equal([...broken].slice(0, 20), []);
  });

  test(`${site}: sitemap lists every page by its canonical URL, robots.txt points to it`, async () => {
    const config = await loadSiteConfig(site);
    const robots = readFileSync(join(root, 'robots.txt'), 'utf8');
    assert.match(robots, new RegExp(`^Sitemap: ${config.url}/sitemap-index\\.xml$`, 'm'));
    assert.not.match(robots, /^Disallow: \/\s*$/m, 'the site is not closed to search engines');
    const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
    const maps = attr(index, /<loc>([^<]+)<\/loc>/g);
    assert.ok(maps.length >= 1);
    const locs = maps.flatMap((m) => {
      assert.ok(m.startsWith(`${config.url}/`), m);
      return attr(readFileSync(join(root, new URL(m).pathname), 'utf8'), /<loc>([^<]+)<\/loc>/g);
    });
    const problems: string[] = [];
    for (const loc of locs) {
      if (!loc.startsWith(`${config.url}/`)) { problems.push(`${loc}: another origin`); continue; }
      const file = fileFor(root, new URL(loc).pathname);
      if (!file) { problems.push(`${loc}: no such page`); continue; }
      const html = readFileSync(file, 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical !== loc) problems.push(`${loc}: its canonical URL is ${canonical}`);
      if (/<meta name="robots" content="noindex"/.test(html)) problems.push(`${loc}: noindex`);
    }
    // And the other way: every page that is its own canonical is listed.
    const listed = new Set(locs);
    for (const file of htmlFiles(root)) {
      const html = readFileSync(file, 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (/<meta name="robots" content="noindex"/.test(html) || file.endsWith('404.html')) continue;
      if (canonical?.startsWith(`${config.url}/`) && !listed.has(canonical)) problems.push(`${canonical}: missing from the sitemap`);
    }
    const data = await siteData(site);
    assert.ok(listed.has(`${config.url}/`) && listed.has(`${config.url}/arrangementer/`));
    assert.ok(data.upcoming.some((e) => listed.has(`${config.url}/arrangementer/${e.slug}/`)));
    assert.equal(problems, []);
  });
}

test.run();
