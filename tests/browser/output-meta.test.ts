/** Share meta tags on every page, and every og:image a real image of the declared type and size, on the site that draws it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { builtFiles, distRoot, SITES } from '../support/built.ts';
import bydelshus from '../../sites/bydelshus/site.config.ts';
import appelsinia from '../../sites/appelsinia/site.config.ts';
import ibsenbiblioteket from '../../sites/ibsenbiblioteket/site.config.ts';

/** The built file behind an absolute card URL, on whichever of the three sites serves it. */
const siteOfOrigin = new Map([bydelshus, appelsinia, ibsenbiblioteket].map((config) => [new URL(config.url).origin, config.slug]));
const fileOf = (url: string) => join(distRoot(), siteOfOrigin.get(new URL(url).origin) ?? 'unknown-site', new URL(url).pathname);

const meta = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1];
};

for (const site of SITES) {
  test(`${site}: every page has Open Graph and Twitter tags, and its og:image is a 1200×630 JPEG (photo) or PNG (artwork) as declared`, async () => {
    // A page that only leads elsewhere (an old address) is not a page to share.
    const pages = builtFiles(site, (p) => p.endsWith('.html') && !p.endsWith('404.html') && !p.includes('/pagefind/')).filter(
      (p) => !readFileSync(p, 'utf8').includes('http-equiv="refresh"'),
    );
    assert.ok(pages.length > 20);
    const checked = new Set<string>();
    const formats = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const key of ['og:title', 'og:type', 'og:locale', 'og:site_name', 'og:url', 'twitter:card']) assert.ok(meta(html, key), `${file}: ${key}`);
      assert.is(meta(html, 'og:locale'), 'nb_NO');
      assert.is(meta(html, 'twitter:card'), 'summary_large_image');
      const image = meta(html, 'og:image');
      assert.ok(image, `${file}: og:image`);
      assert.match(image!, /^https:\/\//, 'absolute URL');
      assert.is(meta(html, 'og:image:width'), '1200');
      assert.is(meta(html, 'og:image:height'), '630');
      assert.ok(meta(html, 'og:image:alt'), `${file}: og:image:alt`);
      if (checked.has(image!)) continue;
      checked.add(image!);
      const card = fileOf(image!);
      assert.ok(existsSync(card), `${image} is built (${card})`);
      const info = await sharp(card).metadata();
      assert.is(`image/${info.format}`, meta(html, 'og:image:type'), `${image}: the declared type`);
      assert.is(info.format, image!.endsWith('.jpg') ? 'jpeg' : 'png');
      assert.is(info.width, 1200);
      assert.is(info.height, 630);
      assert.ok(readFileSync(card).length <= 300 * 1024, `${image} within 300 KB`);
      formats.add(info.format!);
    }
    // The sample has both: events with photos, and pages with only the themed artwork.
    assert.equal([...formats].sort(), ['jpeg', 'png']);
  });

  test(`${site}: no public page offers the press kit or links a square or story card; campaigns' Instagram cards are drawn for editors, events' are not`, async () => {
    // Square and story cards are for editors (the server's editors' card page); visitors get share buttons.
    const pages = builtFiles(site, (p) => p.endsWith('.html'));
    assert.ok(pages.length > 5);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      assert.not.match(html, /-(square|story)\.(png|jpg)/, `${file} links a square or story card`);
      assert.not.ok(html.includes('Bilder og tekst til sosiale medier'), `${file} shows the press kit`);
    }
    const event = pages.find((file) => /"@type":"Event"/.test(readFileSync(file, 'utf8')))!;
    assert.match(readFileSync(event, 'utf8'), />Del på e-post</);
    // The build draws a campaign's Instagram cards (editors and partners take them from the card page)…
    const campaignCards = builtFiles(site, (p) => /\/kort\/kampanjer\/.+-(square|story)\.(jpg|png)$/.test(p));
    assert.ok(campaignCards.length >= 2);
    for (const file of campaignCards) {
      const info = await sharp(file).metadata();
      assert.equal([info.width, info.height], file.includes('-square.') ? [1080, 1080] : [1080, 1920]);
    }
    // …and no event's: those are drawn on demand.
    assert.is(builtFiles(site, (p) => /\/kort\/arrangementer\/.+-(square|story)\./.test(p)).length, 0, 'no square or story card of an event is drawn for the public site');
  });

  test(`${site}: a cross-listed event's page shares its owner's card, and this site draws none for it`, () => {
    const own = new URL(({ bydelshus, appelsinia, ibsenbiblioteket } as const)[site].url).origin;
    const pages = builtFiles(site, (p) => /\/arrangementer\/[^/]+\/index\.html$/.test(p)).filter((file) => readFileSync(file, 'utf8').includes('"@type":"Event"'));
    const crossListed = pages.filter((file) => !meta(readFileSync(file, 'utf8'), 'og:url')!.startsWith(own));
    assert.ok(crossListed.length >= 1, 'the sample cross-lists an event onto every site');
    for (const file of crossListed) {
      const html = readFileSync(file, 'utf8');
      const image = meta(html, 'og:image')!;
      assert.is(new URL(image).origin, new URL(meta(html, 'og:url')!).origin, `${file}: the card is on the owner's site, as the canonical URL`);
      assert.ok(existsSync(fileOf(image)), `${image} is drawn by its owner`);
      assert.not.ok(existsSync(join(distRoot(), site, new URL(image).pathname)), `${site} draws no card of its own for ${image}`);
    }
  });
}

test('the build report sits beside the deployable folders, with the agreed shape', () => {
  for (const site of SITES) {
    const file = join(distRoot(), '_reports', `${site}.json`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    assert.is(report.site, site);
    assert.ok(Date.parse(report.builtAt));
    assert.ok(report.documents > 100 && report.pages > 20);
    assert.ok(Array.isArray(report.problems));
    for (const p of report.problems) for (const key of ['documentId', 'type', 'field', 'rule', 'severity', 'message']) assert.ok(key in p, key);
    assert.not.ok(existsSync(join(distRoot(), site, '_reports')), 'reports are never deployed');
  }
});

test.run();
