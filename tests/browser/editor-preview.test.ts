/**
 * Draft preview in a real browser: the entry URL with the secret sets a cookie and lands on
 * the clean URL showing the draft's title with the preview banner; without the secret, or
 * with a wrong one, the answer is 401 and no content; the public site never shows the draft.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { PREVIEW_SECRET, startEditorFixture, type EditorFixture } from './editor-fixture.ts';

const DRAFT = 'drafts.event.bydelshus.julekonsert-med-gulset-kor';
const PATH = '/preview/bydelshus/arrangementer/julekonsert-med-gulset-kor/';
let fx: EditorFixture;
let browser: Browser;
let draftTitle: string;
let publishedTitle: string;

test.before(async () => {
  fx = await startEditorFixture({ build: false });
  browser = await launchChromium();
  draftTitle = String(fx.doc(DRAFT).title);
  publishedTitle = String(fx.doc(DRAFT.replace(/^drafts\./, '')).title);
});
test.after(async () => {
  await browser?.close();
  await fx?.close();
});

test('the sample dataset has a draft whose title differs from the published one', () => {
  assert.is.not(draftTitle, publishedTitle);
});

test('an editor opens the entry URL and sees the draft, marked as a preview', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${fx.origin}${PATH}?secret=${PREVIEW_SECRET}`);
  // The first request may find the preview build being made; that page reloads itself.
  await page.locator('h1', { hasText: draftTitle }).waitFor({ timeout: 180_000 });
  assert.is(new URL(page.url()).pathname, PATH);
  assert.is(new URL(page.url()).search, '', 'the secret is gone from the address bar');
  assert.ok(await page.getByText('Forhåndsvisning – ikke publisert').isVisible());
  assert.is(await page.locator('meta[name="robots"]').first().getAttribute('content'), 'noindex');

  const response = await page.reload();
  assert.is(response?.status(), 200);
  assert.is(response?.headers()['x-robots-tag'], 'noindex');
  assert.is(response?.headers()['cache-control'], 'no-store');

  const cookie = (await context.cookies()).find((c) => c.name === 'fasett_preview');
  assert.ok(cookie, 'the preview cookie is set');
  assert.ok(cookie.httpOnly);
  assert.is(cookie.sameSite, 'Lax');
  assert.not.ok(cookie.value.includes(PREVIEW_SECRET), 'the cookie does not hold the secret');

  // Links stay in the preview.
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(hrefs.length > 0);
  assert.ok(hrefs.every((href) => href.startsWith('/preview/bydelshus/')), hrefs.filter((h) => !h.startsWith('/preview/')).join(', '));
  await page.locator('main a[href="/preview/bydelshus/arrangementer/"]').first().click();
  await page.waitForURL(`${fx.origin}/preview/bydelshus/arrangementer/`);
  assert.ok(await page.getByText('Forhåndsvisning – ikke publisert').isVisible());
  await context.close();
});

test('without the secret, or with a wrong one: 401 and no content', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const plain = await page.goto(`${fx.origin}${PATH}`);
  assert.is(plain?.status(), 401);
  assert.not.ok((await page.content()).includes(draftTitle));
  const wrong = await page.goto(`${fx.origin}${PATH}?secret=gjett`);
  assert.is(wrong?.status(), 401);
  assert.not.ok((await page.content()).includes(draftTitle));
  assert.is((await context.cookies()).length, 0);
  const forged = await fetch(`${fx.origin}${PATH}`, { headers: { cookie: `fasett_preview=9999999999.${'A'.repeat(43)}` } });
  assert.is(forged.status, 401);
  await context.close();
});

test('a campaign whose window has not opened can be previewed, marked as not public yet; the public site has no page for it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const path = '/preview/bydelshus/kampanjer/sommer-i-bydelene/';
  await page.goto(`${fx.origin}${path}?secret=${PREVIEW_SECRET}`);
  await page.locator('h1', { hasText: 'Sommer i bydelene' }).waitFor({ timeout: 180_000 });
  assert.match(await page.locator('main').innerText(), /kampanjen er ikke publisert ennå\. Den blir synlig for alle lørdag 15\. mai 2027/);
  assert.match(await page.locator('.campaign-hero__dates').innerText(), /17\. juni – 15\. august 2027/);
  await context.close();
  const published = await fx.get('bydelshus', '/kampanjer/sommer-i-bydelene/');
  assert.is.not(published.status, 200);
});

test('the public site never shows the draft', async () => {
  const page = await fx.get('bydelshus', '/arrangementer/julekonsert-med-gulset-kor/');
  if (page.status === 200) assert.not.ok(page.body.includes(draftTitle));
});

test.run();
