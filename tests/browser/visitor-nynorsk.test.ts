/**
 * A nynorsk site (made with the scaffold, `locale: 'nn'`) speaks nynorsk to its visitors on
 * every page type — with and without JavaScript — and in its feeds and calendars: lang="nn",
 * og:locale nn_NO, and none of the bokmål words that give an interface away. The list of
 * tell-tale words is written here, independently of the dictionaries, so a string that never
 * went through them is caught too. Search works on the nynorsk index Pagefind builds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startSiteServer } from '../support/site-server.ts';
import { buildNynorskSite, NN_SITE } from '../support/nynorsk-site.ts';
import { openPage, scriptsOf, siteDir } from './visitor-support.ts';
import { join } from 'node:path';
import { builtFile } from '../support/built.ts';

/**
 * Bokmål forms whose nynorsk differs (ikkje, kva, kvar, meir, fleire, frå, komande, arrangement,
 * nyheiter, sjå, berre, vore, tidlegare, månad, veka, helga, lenkja, utsett, utseld, flytta …).
 */
const BOKMAL = [
  'ikke', 'hva', 'hvor', 'hvem', 'hvordan', 'hvis', 'noe', 'noen', 'mer', 'flere', 'fra', 'ennå', 'kommende', 'kommer',
  'arrangementer', 'arrangementene', 'nyhet', 'nyheter', 'tjenester', 'kalendere', 'strømmen', 'nettstedet', 'nettsted',
  'forsiden', 'siden', 'tidligere', 'måned', 'måneder', 'måneden', 'uken', 'helgen', 'datoer', 'tilgjengelighet',
  'tilgjengelighetserklæring', 'treffene', 'vært', 'gjør', 'velg', 'bare', 'se', 'lenken', 'ble', 'utsatt', 'utsolgt',
  'flyttet', 'opprinnelig', 'hovedmeny', 'hovedinnhold', 'kategorier', 'steder', 'mens', 'følge', 'barrierer', 'kampanjer',
  'festivaler', 'sesonger', 'informasjonskapsler', 'nyhetsstrøm', 'nyhetsstrømmer', 'nyhetsleser', 'trenger', 'finner',
  'skriver', 'virker', 'leter', 'legges', 'fortløpende', 'sted', 'forrige', 'kunne ikke',
];
const TELLTALE = new RegExp(`(?<![\\p{L}])(${BOKMAL.join('|')})(?![\\p{L}])`, 'giu');

/** Bokmål words in a text, addresses left out (paths such as /arrangementer/ are the same on every site). */
const bokmalIn = (text: string) => [...new Set([...text.replace(/(?:https?|webcal|mailto):\S+/g, ' ').matchAll(TELLTALE)].map((m) => m[0]))];

let browser: Browser;
let server: Awaited<ReturnType<typeof startSiteServer>>;
const build = await buildNynorskSite();

test.before(async () => {
  server = await startSiteServer();
  browser = await launchChromium();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything a visitor can read or hear on the page: text (also visually hidden and noscript), labels, alt texts, title, meta. */
function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const node of body.querySelectorAll('script, style, template')) node.remove();
    // With scripting on, <noscript> holds its markup as text: read it as the page it would be.
    for (const node of body.querySelectorAll('noscript')) {
      const shown = document.createElement('div');
      shown.innerHTML = node.textContent ?? '';
      node.replaceWith(shown);
    }
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"], meta[property^="og:"]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, body.textContent ?? '', ...attributes].join('\n');
  });
}

const PAGES: Array<[name: string, path: string, status?: number]> = [
  ['framside', '/'],
  ['arrangementsliste', '/arrangementer/'],
  ['filtrert liste', '/arrangementer/gratis/'],
  ['arrangement', '/arrangementer/visekveld-i-storstova/'],
  ['avlyst arrangement', '/arrangementer/foredrag-om-ivar-aasen/'],
  ['utsett arrangement', '/arrangementer/julemarknad-pa-tunet/'],
  ['digitalt arrangement', '/arrangementer/lesestund-pa-nett/'],
  ['kampanje', '/kampanjer/jul-i-huset/'],
  ['kampanjar', '/kampanjer/'],
  ['side', '/om-huset/'],
  ['nyheit', '/nyheter/nytt-vinterprogram/'],
  ['nyheiter', '/nyheter/'],
  ['målgruppe', '/for/unge/'],
  ['arkiv', '/arrangementer/arkiv/'],
  ['arkiv for ein månad', '/arrangementer/arkiv/2026-11/'],
  ['søk', '/sok/'],
  ['følg med', '/folg-med/'],
  ['tilgjengelegheitserklæring', '/tilgjengelighetserklaering/'],
  ['404', '/finst-ikkje/', 404],
];

test('the nynorsk site builds from the scaffold, with its accessibility statement and no warnings about it', () => {
  assert.is(build.exitCode, 0, build.output.slice(-3000));
  const report = JSON.parse(readFileSync(join(build.dist, '_reports', `${NN_SITE}.json`), 'utf8')) as { problems: Array<{ rule: string; documentId: string; message: string }> };
  const ours = report.problems.filter((p) => p.documentId.includes(NN_SITE));
  assert.equal(ours, [], 'the nynorsk content passes the rulebook');
});

for (const javaScript of [true, false]) {
  test(`every page type is nynorsk ${javaScript ? 'with' : 'without'} JavaScript: lang="nn" and no bokmål interface words`, async () => {
    const page = await openPage(browser, { javaScriptEnabled: javaScript });
    for (const [name, path, status = 200] of PAGES) {
      const response = await page.goto(server.url(NN_SITE, path));
      assert.is(response?.status(), status, `${name} (${path})`);
      if (javaScript) await page.waitForLoadState('networkidle');
      assert.is(await page.getAttribute('html', 'lang'), 'nn', `${name}: <html lang>`);
      assert.is(await page.getAttribute('meta[property="og:locale"]', 'content'), 'nn_NO', `${name}: og:locale`);
      assert.equal(bokmalIn(await readable(page)), [], `${name} (${path}) has bokmål words`);
    }
    await page.context().close();
  });
}

test('the home page: nynorsk dates, the alert banner, the footer with the statement and the feedback channel', async () => {
  const page = await openPage(browser);
  await page.goto(server.url(NN_SITE, '/'));
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  assert.match(text, /Driftsmelding: Straumbrot torsdag/);
  assert.match(await page.locator('.alerts a').innerText(), /^Les meir/);
  assert.match(text, /Kva skjer/);
  assert.match(text, /laurdag 5\. desember 2026 kl\. 19\.00–21\.00/);
  assert.is(await page.locator('footer a[href="/tilgjengelighetserklaering/"]').innerText(), 'Tilgjengelegheitserklæring');
  const feedback = page.locator('footer a[href*="?subject="]');
  assert.is(await feedback.innerText(), 'Meld frå om feil og barrierar');
  assert.match((await feedback.getAttribute('href')) ?? '', /^mailto:nynorskhuset@skien\.kommune\.no\?subject=Tilbakemelding%20om%20tilgjengelegheit/);
  await page.context().close();
});

test('with JavaScript, the filters and search answer in nynorsk, and search finds pages in the nynorsk index', async () => {
  const page = await openPage(browser);
  await page.goto(server.url(NN_SITE, '/arrangementer/'));
  await page.waitForLoadState('networkidle');
  assert.match(await page.locator('[data-count]').innerText(), /^\d+ komande arrangement\.$/);
  // On a wide screen the filters are open beside the list.
  await page.locator('#filter-gratis').check();
  await page.waitForFunction(() => document.querySelector('[data-heading]')?.textContent === 'Gratis arrangement');
  assert.match(await page.locator('[data-count]').innerText(), /^\d+ arrangement: gratis\.$/);
  assert.equal(bokmalIn(await readable(page)), []);

  await page.goto(server.url(NN_SITE, '/sok/?q=visekveld'));
  await page.waitForFunction(() => /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  assert.match(await page.locator('[data-search-status]').innerText(), /^1 treff på «visekveld»\.$/);
  assert.is(await page.locator('[data-search-results] a').first().getAttribute('href'), '/arrangementer/visekveld-i-storstova/');
  assert.match((await page.locator('[data-search-results] .meta').first().textContent()) ?? '', /^Arrangement · laurdag 5\. desember 2026/);
  await page.locator('#sok-q').fill('x');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'Skriv minst to bokstavar.');
  await page.context().close();
});

test('the scripts a nynorsk page loads carry no bokmål words (the islands get theirs from the page)', () => {
  for (const path of ['arrangementer/index.html', 'sok/index.html', 'arrangementer/visekveld-i-storstova/index.html']) {
    const code = scriptsOf(NN_SITE, join(siteDir(NN_SITE), path)).map((file) => readFileSync(file, 'utf8')).join('\n');
    assert.ok(code.length > 0, `${path} loads scripts`);
    for (const words of ['passer filtrene', 'Kunne ikke', 'Lenke kopiert', 'Skriv minst to bokstaver', 'Nytt varsel', 'Les mer']) {
      assert.not.ok(code.includes(words), `${path}: a script carries «${words}»`);
    }
  }
});

test('feeds and calendars carry the language: RSS <language>nn, iCalendar PRODID …//NN, events.json inLanguage', () => {
  const get = (path: string) => builtFile(NN_SITE, path);
  const rss = get('rss.xml');
  assert.match(rss, /<language>nn<\/language>/);
  assert.match(rss, /<title>Avlyst – Foredrag om Ivar Aasen<\/title>/);
  assert.match(rss, /<title>Nynorskhuset: arrangement og nyheiter<\/title>/);
  const ics = get('events.ics');
  assert.match(ics, /PRODID:-\/\/Skien kommune\/\/Fasett\/\/NN/);
  assert.match(ics.replace(/\r\n[ \t]/g, ''), /Avlyst\. Arrangementet blir ikkje noko av\./);
  assert.match(ics.replace(/\r\n[ \t]/g, ''), /Ny dato kjem\./);
  const json = JSON.parse(get('events.json')) as { name: string; inLanguage: string; itemListElement: Array<{ inLanguage: string }> };
  assert.is(json.inLanguage, 'nn');
  assert.is(json.name, 'Nynorskhuset: komande arrangement');
  assert.ok(json.itemListElement.every((e) => e.inLanguage === 'nn'));
  for (const [name, body] of [['rss.xml', rss], ['events.ics', ics.replace(/\r\n[ \t]/g, '')]] as const) assert.equal(bokmalIn(body), [], name);
});

test.run();
