/**
 * On a phone (390 × 844): the menu folds behind one "Meny" button that opens without
 * JavaScript, the filters fold behind one "Filtrer" control that says what is filtered and
 * how many events there are, and on every event list page the first event card is on the
 * first screen, before any scrolling.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { listSiteSlugs } from '../../shared/config/site.ts';
import { siteData } from '../../shared/content/site-data.ts';
import { paths } from '../../shared/site/paths.ts';
import { openPage } from './visitor-support.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

/** The list pages a visitor reaches: the whole list, a category, an audience, a venue, a date preset. */
async function listPages(site: string): Promise<string[]> {
  const data = await siteData(site);
  const first = (pick: (e: (typeof data.upcoming)[number]) => string | null | undefined) => data.upcoming.map(pick).find(Boolean);
  return [
    paths.events(),
    ...[first((e) => e.categories?.[0]?.slug)].filter(Boolean).map((s) => paths.category(s!)),
    ...[first((e) => e.audiences?.[0]?.slug)].filter(Boolean).map((s) => `/arrangementer/for/${s}/`),
    ...[first((e) => e.venue?.slug)].filter(Boolean).map((s) => paths.venue(s!)),
    '/arrangementer/denne-maneden/',
  ];
}

for (const site of listSiteSlugs()) {
  for (const js of [true, false]) {
    test(`${site}: the first event card is on a phone's first screen on every list page (${js ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await openPage(browser, { ...PHONE, javaScriptEnabled: js });
      for (const path of await listPages(site)) {
        const response = await page.goto(server.url(site, path));
        if (response?.status() === 404) continue; // a facet this site has no page for
        assert.is(response?.status(), 200, `${path}`);
        await page.waitForLoadState('networkidle');
        const box = await page.locator('.event-card').first().boundingBox();
        assert.ok(box, `${path}: no event card`);
        assert.ok(box.y + Math.min(box.height, 120) <= 844, `${path}: the first card starts at ${Math.round(box.y)} px; the screen is 844 px tall`);
        assert.is(await page.evaluate(() => window.scrollY), 0);
      }
      await page.context().close();
    });
  }

  test(`${site}: a phone fetches the event list's pictures at the size it shows them, also for cards the filter draws`, async () => {
    const page = await openPage(browser, { ...PHONE, deviceScaleFactor: 2 });
    await page.goto(server.url(site, paths.events()));
    await page.waitForLoadState('networkidle');
    // The file's width against the width drawn, in device pixels: the 800 px file for an 88 px
    // square (what phones fetched before) is 4.5 times too wide; the next file up is at most 2.
    const ratios = async () => page.locator('.event-card__image').evaluateAll((images) =>
      (images as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().top < innerHeight && img.getBoundingClientRect().bottom > 0)
        .map((img) => {
          // The chosen file's own width, from its srcset descriptor (naturalWidth is scaled by the descriptor).
          const chosen = img.srcset.split(',').map((c) => c.trim().split(/\s+/)).find(([url]) => new URL(url!, location.href).href === img.currentSrc);
          const fileWidth = chosen ? Number.parseInt(chosen[1]!, 10) : img.naturalWidth;
          return fileWidth / (img.getBoundingClientRect().width * devicePixelRatio);
        }));
    const served = await ratios();
    assert.ok(served.length > 0, 'a picture on the first screen');
    assert.ok(served.every((r) => r <= 2), `file width ÷ drawn width: ${served.map((r) => r.toFixed(1)).join(', ')}`);
    // The same after filtering in place, where <event-filter> draws the cards from data.json.
    const category = (await siteData(site)).upcoming.flatMap((e) => e.categories ?? [])[0]!.slug!;
    await page.locator('.event-filters > summary').click();
    await page.selectOption('#filter-kategori', category);
    await page.waitForURL(`**/arrangementer/kategori/${category}/`);
    await page.waitForSelector('[data-results]:not([aria-busy])');
    await page.evaluate(() => document.querySelector('[data-results] .event-card__image')?.scrollIntoView());
    await page.waitForLoadState('networkidle');
    const drawn = await ratios();
    assert.ok(drawn.length > 0, 'a picture on the first screen after filtering');
    assert.ok(drawn.every((r) => r <= 2), `after filtering: ${drawn.map((r) => r.toFixed(1)).join(', ')}`);
    // Drawn in place, the cards' pictures wait for the rest of the page like the served ones.
    assert.is(await page.locator('[data-results] .event-card__image:not([fetchpriority="low"])').count(), 0);
    await page.context().close();
  });

  test(`${site}: one picture is fetched first, at the size a phone shows it (home, event, campaign)`, async () => {
    const data = await siteData(site);
    const event = data.upcoming.find((e) => e.image?.asset);
    const campaign = data.campaigns.find((c) => c.hero?.image?.asset);
    const pages = [paths.home(), ...(event ? [paths.event(event.slug!)] : []), ...(campaign ? [paths.campaign(campaign.slug!)] : [])];
    // A common Android phone (412 px at 1.75, Lighthouse's Moto G) and an iPhone (390 px at 2).
    for (const phone of [{ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 }, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }]) {
      const page = await openPage(browser, { ...phone, isMobile: true, hasTouch: true });
      for (const path of pages) {
        await page.goto(server.url(site, path));
        await page.waitForLoadState('networkidle');
        const first = await page.locator('img[fetchpriority="high"]').evaluateAll((images) =>
          (images as HTMLImageElement[]).map((img) => {
            const chosen = img.srcset.split(',').map((c) => c.trim().split(/\s+/)).find(([url]) => new URL(url!, location.href).href === img.currentSrc);
            const need = img.getBoundingClientRect().width * devicePixelRatio;
            return { need: Math.round(need), file: chosen ? Number.parseInt(chosen[1]!, 10) : img.naturalWidth };
          }));
        const where = `${path} at ${phone.viewport.width} px × ${phone.deviceScaleFactor}`;
        // One picture is fetched first (the home's first card only when the hero has none). On a
        // phone it may be just below the first screen, under a long title: it is the first picture.
        if (path !== paths.home() || first.length) {
          assert.is(first.length, 1, `${where}: pictures fetched first: ${first.length}`);
          // Every other picture waits for the first screen's text, styles and fonts.
          const eager = await page.locator('img[srcset]:not([fetchpriority="high"]):not([fetchpriority="low"])').count();
          assert.is(eager, 0, `${where}: pictures without a low priority`);
          // Sharp (never narrower than needed) and not much wider: a 1080 px file for a 721 px need costs a phone 40 % more.
          assert.ok(first[0]!.file >= first[0]!.need && first[0]!.file <= first[0]!.need * 1.25, `${where}: a ${first[0]!.file} px file for ${first[0]!.need} device px`);
        }
      }
      await page.context().close();
    }
  });

  test(`${site}: the menu is one "Meny" button on a phone, and opens without JavaScript`, async () => {
    const page = await openPage(browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(server.url(site, '/'));
    const button = page.locator('.site-header summary');
    assert.is((await button.textContent())?.trim(), 'Meny');
    assert.not.ok(await page.locator('.site-nav a').first().isVisible(), 'the menu is folded');
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header!.height <= 80, `the header is ${header!.height} px tall`);
    await button.click();
    assert.ok(await page.locator('.site-nav a', { hasText: 'Arrangementer' }).isVisible(), 'the menu opens');
    await page.context().close();

    const wide = await openPage(browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await wide.goto(server.url(site, '/'));
    assert.ok(await wide.locator('.site-nav a', { hasText: 'Arrangementer' }).isVisible(), 'on a laptop the menu is shown');
    assert.not.ok(await wide.locator('.site-header summary').isVisible(), 'and there is no menu button');
    await wide.context().close();
  });

  test(`${site}: "Filtrer" shows the active filter and the count, and unfolds the filters`, async () => {
    const data = await siteData(site);
    const category = data.upcoming.flatMap((e) => e.categories ?? [])[0]!;
    const count = data.upcoming.filter((e) => e.categories?.some((c) => c.slug === category.slug)).length;
    const page = await openPage(browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(server.url(site, paths.category(category.slug!)));
    const toggle = page.locator('.event-filters > summary');
    const text = (await toggle.textContent())!.replace(/\s+/g, ' ').trim();
    assert.ok(text.startsWith('Filtrer'), text);
    assert.ok(text.includes(category.title!), `«${text}» names ${category.title}`);
    assert.ok(text.includes(`${count} arrangement`), `«${text}» says ${count}`);
    assert.not.ok(await page.locator('.facet-links').isVisible(), 'folded at first');
    await toggle.click();
    assert.ok(await page.locator('.facet-links').isVisible(), 'unfolded');
    await page.context().close();
  });
}

test.run();
