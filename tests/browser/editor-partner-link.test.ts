/**
 * A partner preview link in a real browser: an editor of Bydelshus makes a link to the draft of
 * one event; a partner without a Studio account or the preview cookie opens it and sees that
 * draft as a preview, styled (its files load), and nothing else — another preview page is 401.
 * Revoked, the same link answers 410 with no content.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../../scripts/lib/build-sites.ts';
import { loadDataset } from '../../shared/content/dataset.ts';
import { gateSanity } from '../../server/gate-sanity.ts';
import { launchChromium } from '../support/chromium.ts';
import { startSanityStandIn, type StandIn } from '../support/sanity-standin.ts';
import { startEditorFixture, type EditorFixture } from './editor-fixture.ts';

const EVENT = 'event.bydelshus.julekonsert-med-gulset-kor';
const TOKEN = 'tok-bydelshus';
let fx: EditorFixture;
let standIn: StandIn;
let browser: Browser;
let draftTitle: string;
let link: { url: string; id: string };

test.before(async () => {
  standIn = await startSanityStandIn(await loadDataset(join(repoRoot, 'dataset/sample')), {
    users: {
      [TOKEN]: { id: 'pBydelshus', name: 'Bo Bydel', email: 'bo@example.invalid', role: 'contributor' },
      'tok-server': { id: 'pRobot', name: 'Fasett', email: 'robot@example.invalid', role: 'editor' },
    },
  });
  const editorsFile = join(mkdtempSync(join(tmpdir(), 'fasett-editors-')), 'editors.json');
  writeFileSync(editorsFile, JSON.stringify({ sites: { bydelshus: ['pBydelshus'] } }));
  fx = await startEditorFixture({
    build: false,
    sites: ['bydelshus'],
    editorsFile,
    gateSanity: gateSanity({ projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', apiHost: standIn.url, writeToken: 'tok-server' }),
  });
  browser = await launchChromium();
  draftTitle = String(fx.doc(`drafts.${EVENT}`).title);
  const response = await fetch(`${fx.origin}/api/partner-links`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ documentId: EVENT }),
  });
  assert.is(response.status, 201);
  link = (await response.json()) as typeof link;
});
test.after(async () => {
  await browser?.close();
  await fx?.close();
  await standIn?.close();
});

test('the partner sees the draft of that one document, as a preview, with its styles', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 401 || response.status() === 403) refused.push(response.url());
  });
  await page.goto(link.url);
  // The first request may find the preview build being made; that page reloads itself.
  await page.locator('h1', { hasText: draftTitle }).waitFor({ timeout: 240_000 });
  assert.ok(await page.getByText('Forhåndsvisning – ikke publisert').isVisible());
  await page.reload();
  await page.locator('h1', { hasText: draftTitle }).waitFor();
  assert.equal(refused, [], 'every file the page needs loads');
  const styled = await page.evaluate(() => document.styleSheets.length);
  assert.ok(styled > 0, 'the page is styled');

  // Any other page of the preview stays closed.
  const other = await page.goto(`${new URL(link.url).origin}/preview/bydelshus/arrangementer/`);
  assert.is(other?.status(), 401);
  assert.not.ok((await page.content()).includes(draftTitle));
  await context.close();
});

test('revoked, the link answers 410 with no content', async () => {
  const revoked = await fetch(`${fx.origin}/api/partner-links/${link.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.is(revoked.status, 204);
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(link.url);
  assert.is(response?.status(), 410);
  assert.not.ok((await page.content()).includes(draftTitle));
  await context.close();
});

test.run();
