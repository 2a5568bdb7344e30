/** A previewed page: links stay in preview, a banner, noindex. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rewritePreviewHtml, PREVIEW_BANNER_TEXT } from '../../../server/preview-html.ts';

const page = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><link rel="canonical" href="https://bydelshus.skien.kommune.no/arrangementer/"><link rel="stylesheet" href="/preview/bydelshus/_astro/a.css"></head>
<body><a class="skip-link" href="#innhold">Hopp</a><a href="/arrangementer/">Arrangementer</a><a href='/'>Forside</a>
<a href="https://appelsinia.skien.kommune.no/arrangementer/x/">På Appelsinia</a><a href="https://www.skien.kommune.no/">Kommunen</a>
<a href="//cdn.example/x">cdn</a><img src="/preview/bydelshus/_image?href=x" srcset="/kort/a.png 1x, /kort/b.png 2x"><form action="/sok/"></form></body></html>`;

const html = rewritePreviewHtml(page, {
  base: '/preview/bydelshus/',
  origins: new Map([
    ['https://bydelshus.skien.kommune.no', '/preview/bydelshus'],
    ['https://appelsinia.skien.kommune.no', '/preview/appelsinia'],
  ]),
  problems: ['event.x · title: Tittel mangler <b>'],
});

test('root-relative links, sources and forms stay inside the preview; assets already there are left alone', () => {
  assert.match(html, /href="\/preview\/bydelshus\/arrangementer\/"/);
  assert.match(html, /href='\/preview\/bydelshus\/'/);
  assert.match(html, /action="\/preview\/bydelshus\/sok\/"/);
  assert.match(html, /srcset="\/preview\/bydelshus\/kort\/a.png 1x, \/preview\/bydelshus\/kort\/b.png 2x"/);
  assert.match(html, /href="\/preview\/bydelshus\/_astro\/a.css"/);
  assert.match(html, /src="\/preview\/bydelshus\/_image\?href=x"/);
  assert.match(html, /href="#innhold"/);
  assert.match(html, /href="\/\/cdn.example\/x"/);
});

test('links to another Fasett site go to its preview; canonical and outside links are unchanged', () => {
  assert.match(html, /href="\/preview\/appelsinia\/arrangementer\/x\/"/);
  assert.match(html, /href="https:\/\/www.skien.kommune.no\/"/);
  assert.match(html, /rel="canonical" href="https:\/\/bydelshus.skien.kommune.no\/arrangementer\/"/);
});

test('noindex and the banner, with draft problems escaped', () => {
  assert.match(html, /<head><meta name="robots" content="noindex">/);
  assert.ok(html.indexOf(PREVIEW_BANNER_TEXT) > html.indexOf('<body>'));
  assert.match(html, /Tittel mangler &#60;b&#62;/);
  assert.is(rewritePreviewHtml('<html><head><meta name="robots" content="noindex"></head><body></body></html>', { base: '/preview/a' }).match(/name="robots"/g)?.length, 1);
});

test.run();
