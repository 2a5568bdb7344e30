/**
 * Keyboard: on the main page types of every site, Tab reaches every control on the page,
 * each one is visible when it has focus and shows a focus indicator (an outline or a box
 * shadow on itself, or on the card it is the link of), and the skip link comes first.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
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

interface Stop {
  label: string;
  visible: boolean;
  indicator: boolean;
}

/** Facts about the focused element, read in the page. */
function describeFocus(): Stop | null {
  let el = document.activeElement as HTMLElement | null;
  // Inside an element's shadow root (share buttons), the focused control is in there.
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  if (!el || el === document.body) return null;
  const rect = el.getBoundingClientRect();
  const shows = (node: Element) => {
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  };
  // A card's link draws its focus on the card (:focus-within), which is what the eye follows.
  let indicator = shows(el);
  for (let node = el.parentElement, i = 0; !indicator && node && i < 5; node = node.parentElement, i++) {
    indicator = node.matches(':focus-within') && shows(node);
  }
  const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  return { label, visible: rect.width >= 2 && rect.height >= 2, indicator };
}

/** Controls a visitor can see, which Tab should reach (one per radio group). */
function countControls(): number {
  const selector = 'a[href], button:not([disabled]), select, input:not([type="hidden"]), textarea, summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    const rect = el.getBoundingClientRect();
    // checkVisibility is false inside a closed <details> too, whose links Tab rightly skips.
    return rect.width > 1 && rect.height > 1 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
  }).length;
}

async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop) {
      if (stops.length) break; // Focus left the document: one full round.
      continue;
    }
    const key = await page.evaluate(() => {
      let el = document.activeElement!;
      while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const path: number[] = [];
      for (let n: Element | null = el; n; ) {
        const parent: Element | null = n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host ?? null);
        path.push(parent ? [...(n.parentElement ? parent.children : (parent.shadowRoot?.children ?? []))].indexOf(n) : 0);
        n = parent;
      }
      return path.join('.');
    });
    if (seen.has(key)) break;
    seen.add(key);
    stops.push(stop);
  }
  return stops;
}

for (const site of listSiteSlugs()) {
  test(`${site}: every control is reached by Tab and shows where focus is`, async () => {
    const wanted = new Set(['forside', 'arrangementsliste', 'filtrert liste (kategori)', 'arrangement', 'avlyst arrangement', 'inngang for målgruppe', 'søk med treff', 'kampanje (pågår)', 'arkiv']);
    const problems: string[] = [];
    for (const js of [true, false]) {
      const page = await openPage(browser, { javaScriptEnabled: js });
      for (const type of (await pageTypes(site)).filter((t) => wanted.has(t.name) && (js || t.name !== 'søk med treff'))) {
        const { name, path } = type;
        await visit(page, server.url(site, path), type);
        const controls = await page.evaluate(countControls);
        const stops = await tabThrough(page);
        const where = `${name}${js ? '' : ' uten JavaScript'} (${path})`;
        if (!stops[0]?.label.includes('Gå til hovedinnhold')) problems.push(`${where}: the first Tab stop is ${stops[0]?.label}, not the skip link`);
        for (const stop of stops) {
          if (!stop.visible) problems.push(`${where}: ${stop.label} has focus but cannot be seen`);
          else if (!stop.indicator) problems.push(`${where}: ${stop.label} shows no focus indicator`);
        }
        // The skip link is visually hidden until focused, so it is not counted among the controls.
        if (stops.length < controls) problems.push(`${where}: Tab reached ${stops.length} stops, but the page shows ${controls} controls`);
      }
      await page.context().close();
    }
    assert.is(problems.length, 0, problems.join('\n'));
  });
}

test.run();
