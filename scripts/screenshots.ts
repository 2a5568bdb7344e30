/**
 * `npm run screenshots` — the home page, the event list and an event page of every built site,
 * at 390 px (a phone) and 1280 px (a laptop), as PNGs in docs/screenshots/ — so a change in
 * look shows up in review. Screenshots are the first screen (what a visitor sees before
 * scrolling), served by the project's own server from dist/, in Debian's Chromium.
 *
 *   npm run screenshots                 every site that is built
 *   npm run screenshots -- --site x     one site
 *   npm run screenshots -- --full       whole pages instead of the first screen
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flag, readArgs, value } from './lib/args.ts';
import { distDir, repoRoot } from './lib/build-sites.ts';
import { loadAllSiteConfigs } from '../shared/config/site.ts';
import { startSiteServer } from '../tests/support/site-server.ts';
import { launchChromium } from '../tests/support/chromium.ts';

const args = readArgs();
const only = value(args, 'site');
const full = flag(args, 'full');
const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const WIDTHS = [
  { name: '390', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 1 },
  { name: '1280', viewport: { width: 1280, height: 800 }, isMobile: false, deviceScaleFactor: 1 },
];

/** An upcoming event with a picture: the page most visitors land on from a share. */
function eventPath(site: string): string | undefined {
  const file = join(distDir(), site, 'arrangementer/data.json');
  if (!existsSync(file)) return undefined;
  const list = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<{ url: string; image?: unknown }> };
  return (list.events.find((e) => e.image) ?? list.events[0])?.url;
}

const sites = (await loadAllSiteConfigs()).map((c) => c.slug).filter((s) => (!only || s === only) && existsSync(join(distDir(), s, 'index.html')));
if (sites.length === 0) throw new Error(`No built site${only ? ` "${only}"` : ''} in ${distDir()}: run npm run build first`);

const server = await startSiteServer();
const browser = await launchChromium();
try {
  for (const site of sites) {
    const pages = [
      { name: 'home', path: '/' },
      { name: 'list', path: '/arrangementer/' },
      { name: 'event', path: eventPath(site) },
    ];
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: width.viewport, isMobile: width.isMobile, deviceScaleFactor: width.deviceScaleFactor, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        if (!path) continue;
        await page.goto(server.url(site, path), { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, `${site}-${name}-${width.name}.png`);
        await page.screenshot({ path: file, fullPage: full });
        console.log(`  ${file.slice(repoRoot.length + 1)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
