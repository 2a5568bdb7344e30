/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules finds nothing on any page type of any site,
 * in Chromium, after the islands have drawn (the filtered list, search results, alerts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { openPage, pageTypes, visit } from './visitor-support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

for (const site of listSiteSlugs()) {
  test(`${site}: no WCAG 2.1 A/AA violations on any page type`, async () => {
    const problems: string[] = [];
    const types = await pageTypes(site);
    const page = await openPage(browser);
    for (const type of types) {
      const { name, path } = type;
      await visit(page, server.url(site, path), type);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) {
        const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`);
        problems.push(`${name} (${path}): ${v.id} [${v.impact}] ${v.help}\n      ${where.join('\n      ')}`);
      }
    }
    // The filters as links (what a visitor without JavaScript gets): axe needs scripts to run,
    // so the page shows them as it would with scripting off, every group opened.
    for (const path of ['/arrangementer/', types.find((t) => t.name === 'filtrert liste (kategori)')?.path ?? '/arrangementer/gratis/']) {
      await page.goto(server.url(site, path));
      // Through the CSSOM: the site's Content-Security-Policy refuses an injected <style>.
      await page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('.facet-links').forEach((e) => e.style.setProperty('display', 'block', 'important'));
        document.querySelectorAll<HTMLElement>('.filter-form').forEach((e) => e.style.setProperty('display', 'none', 'important'));
      });
      await page.evaluate(() => document.querySelectorAll('.facet-links details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const result = await new AxeBuilder({ page }).include('.facet-links').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) problems.push(`filterlenker (${path}): ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
    await page.context().close();
    assert.ok(types.length >= 15, `only ${types.length} page types found for ${site}`);
    assert.is(problems.length, 0, `axe found:\n  ${problems.join('\n  ')}`);
  });
}

test.run();
