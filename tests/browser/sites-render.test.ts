/**
 * Three sites, three brands: the home page, an event and a campaign of each site render in
 * Chromium in the site's own theme, with no console errors and no failed requests.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { builtFiles, SITES } from '../support/built.ts';

const server = await startSiteServer();
const browser = await launchChromium();
const looks = new Map<string, { heading: string; footer: string; font: string }>();

const firstPath = (site: string, pattern: RegExp) => {
  const file = builtFiles(site, (p) => pattern.test(p))[0];
  assert.ok(file, `${site} has a page matching ${pattern}`);
  return file!.split(`/${site}`)[1]!.replace(/index\.html$/, '');
};

for (const site of SITES) {
  test(`${site}: home, an event and a campaign render cleanly in the site's own theme`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    const paths = ['/', firstPath(site, /\/arrangementer\/[^/]+\/index\.html$/), firstPath(site, /\/kampanjer\/[^/]+\/index\.html$/)];
    for (const path of paths) {
      const response = await page.goto(server.url(site, path), { waitUntil: 'networkidle' });
      assert.is(response?.status(), 200, `${path} answers 200`);
      assert.ok((await page.locator('h1').first().textContent())?.trim(), `${path} has a heading`);
    }
    await page.goto(server.url(site, '/'), { waitUntil: 'networkidle' });
    looks.set(
      site,
      await page.evaluate(() => ({
        heading: getComputedStyle(document.querySelector('h1')!).color,
        footer: getComputedStyle(document.querySelector('footer')!).backgroundColor,
        font: getComputedStyle(document.querySelector('h1')!).fontFamily,
      })),
    );
    assert.equal(problems, [], 'no console errors, failed requests or 4xx/5xx');
    await context.close();
  });
}

test('each site looks like its own brand: heading colour, footer colour and heading font differ', () => {
  const values = [...looks.values()];
  assert.is(values.length, 3);
  for (const key of ['heading', 'footer', 'font'] as const) {
    assert.is(new Set(values.map((v) => v[key])).size, 3, `${key} differs between the three sites: ${values.map((v) => v[key]).join(' / ')}`);
  }
});

test.after(async () => {
  await browser.close();
  await server.close();
});
test.run();
