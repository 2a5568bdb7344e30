/** Share meta tags on every page, and every og:image a real PNG of the declared size. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { builtFiles, distRoot, SITES } from '../support/built.ts';

const meta = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1];
};

for (const site of SITES) {
  test(`${site}: every page has Open Graph and Twitter tags, and its og:image is a PNG of 1200×630`, async () => {
    // A page that only leads elsewhere (an old address) is not a page to share.
    const pages = builtFiles(site, (p) => p.endsWith('.html') && !p.endsWith('404.html') && !p.includes('/pagefind/')).filter(
      (p) => !readFileSync(p, 'utf8').includes('http-equiv="refresh"'),
    );
    assert.ok(pages.length > 20);
    const checked = new Set<string>();
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
      assert.is(meta(html, 'og:image:type'), 'image/png');
      assert.ok(meta(html, 'og:image:alt'), `${file}: og:image:alt`);
      const path = new URL(image!).pathname;
      if (checked.has(path)) continue;
      checked.add(path);
      const png = join(distRoot(), site, path);
      assert.ok(existsSync(png), `${path} exists`);
      const info = await sharp(png).metadata();
      assert.is(info.format, 'png');
      assert.is(info.width, 1200);
      assert.is(info.height, 630);
    }
  });

  test(`${site}: no public page offers the press kit or links a square or story card`, () => {
    // Square and story cards are for editors (the server's editor pages); visitors get share buttons.
    const pages = builtFiles(site, (p) => p.endsWith('.html'));
    assert.ok(pages.length > 5);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      assert.not.match(html, /-(square|story)\.png/, `${file} links a square or story card`);
      assert.not.ok(html.includes('Bilder og tekst til sosiale medier'), `${file} shows the press kit`);
    }
    const event = pages.find((file) => /"@type":"Event"/.test(readFileSync(file, 'utf8')))!;
    assert.match(readFileSync(event, 'utf8'), />Del på e-post</);
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
