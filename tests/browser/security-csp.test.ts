/**
 * Every page type of every site, loaded in Chromium with the Content-Security-Policy the
 * server sends (from the hashes the build computed), after its islands have drawn — the
 * filtered list, search hits, alerts — counts no CSP violation, and the policy is really
 * there and strict (no 'unsafe-inline', no framing).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
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

/** Runs in every page before its own code: keeps each violation the browser reports. */
const record = () => {
  const w = window as typeof window & { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sample ? `«${e.sample}»` : ''} (${e.sourceFile}:${e.lineNumber})`);
  });
};

let pagesChecked = 0;
for (const site of listSiteSlugs()) {
  test(`${site}: 0 CSP violations on every page type`, async () => {
    const violations: string[] = [];
    const page = await openPage(browser);
    await page.addInitScript(record);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    for (const type of await pageTypes(site)) {
      const response = await page.goto(server.url(site, type.path));
      const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      assert.match(csp, /frame-ancestors 'none'/, `${type.name}: the policy is sent`);
      assert.not.match(csp, /'unsafe-inline'|'unsafe-eval'/, `${type.name}: no blanket allowance`);
      await visit(page, server.url(site, type.path), type);
      // Scroll through, so lazy images and anything drawn on view load too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => (window as typeof window & { __cspViolations: string[] }).__cspViolations);
      violations.push(...found.map((v) => `${type.name} (${type.path}): ${v}`));
      pagesChecked += 1;
    }
    assert.equal(violations, [], `${violations.length} CSP violations:\n${violations.join('\n')}`);
  });
}

test('every page type was checked', () => {
  assert.ok(pagesChecked >= listSiteSlugs().length * 15, `${pagesChecked} pages`);
});

test.run();
