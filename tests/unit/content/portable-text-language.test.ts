/**
 * Portable Text in another language: a phrase (`lang` mark) becomes <span lang>, a passage
 * (`passage` block) puts `lang` on each of its paragraphs, headings and lists. Text stays
 * escaped, and a code outside the list never reaches the markup.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { portableTextToHtml, portableTextToPlain } from '../../../shared/content/portable-text.ts';

const options = (language = 'nb') => ({ siteSlug: 'bydelshus', siteUrl: () => undefined, language });

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s${text.length}`, text, marks });
const block = (children: unknown[], extra: Record<string, unknown> = {}) => ({ _type: 'block', _key: 'b', style: 'normal', markDefs: [], children, ...extra });
const phrase = (language: unknown, text = 'Buorre beaivi') =>
  block([span('Vi sier '), span(text, ['m1']), span(' til alle.')], { markDefs: [{ _type: 'lang', _key: 'm1', language }] });
const passage = (language: unknown, content: unknown[]) => ({ _type: 'passage', _key: 'p', language, content });

test('a phrase in another language is a <span lang> inside the paragraph', () => {
  assert.is(portableTextToHtml([phrase('se')], options()), '<p>Vi sier <span lang="se">Buorre beaivi</span> til alle.</p>');
});

test('a phrase in the surrounding language, or with an unknown code, is plain text', () => {
  assert.is(portableTextToHtml([phrase('nb')], options()), '<p>Vi sier Buorre beaivi til alle.</p>');
  for (const code of ['sme', 'xx', 'se" onclick="alert(1)', 42, null]) {
    const html = portableTextToHtml([phrase(code)], options());
    assert.is(html, '<p>Vi sier Buorre beaivi til alle.</p>', String(code));
  }
});

test('a passage marks every paragraph, heading and list with its language; the text is escaped', () => {
  const html = portableTextToHtml(
    [
      block([span('Før.')]),
      passage('en', [
        block([span('In English')], { style: 'h2' }),
        block([span('Everyone <b>is</b> welcome & free.')]),
        block([span('Coffee')], { listItem: 'bullet', level: 1 }),
        block([span('Tea')], { listItem: 'bullet', level: 1 }),
      ]),
      block([span('Etter.')]),
    ],
    options(),
  );
  assert.is(
    html,
    '<p>Før.</p>' +
      '<h2 lang="en">In English</h2><p lang="en">Everyone &lt;b&gt;is&lt;/b&gt; welcome &amp; free.</p><ul lang="en"><li>Coffee</li><li>Tea</li></ul>' +
      '<p>Etter.</p>',
  );
});

test('on a page in the passage language nothing is marked; phrases inside a passage compare with the passage', () => {
  const content = [block([span('På norsk')], { style: 'h2' })];
  assert.is(portableTextToHtml([passage('se', content)], options('se')), '<h2>På norsk</h2>');
  // A bokmål passage on a Sami page (the sample's Samefolkets dag): marked nb.
  assert.is(portableTextToHtml([passage('nb', content)], options('se')), '<h2 lang="nb">På norsk</h2>');
  // An English word in a Sami passage on a bokmål page: marked en, not se.
  const mixed = passage('se', [block([span('Dáppe lea '), span('workshop', ['e'])], { markDefs: [{ _type: 'lang', _key: 'e', language: 'en' }] })]);
  assert.is(portableTextToHtml([mixed], options('nb')), '<p lang="se">Dáppe lea <span lang="en">workshop</span></p>');
  // Its own language inside it is not marked again.
  const same = passage('se', [block([span('sámegiella', ['s'])], { markDefs: [{ _type: 'lang', _key: 's', language: 'se' }] })]);
  assert.is(portableTextToHtml([same], options('nb')), '<p lang="se">sámegiella</p>');
});

test('a passage with an unknown code shows its text unmarked; right-to-left gets dir', () => {
  const content = [block([span('Hello')])];
  assert.is(portableTextToHtml([passage('klingon', content)], options()), '<p>Hello</p>');
  assert.is(portableTextToHtml([passage('"><script>alert(1)</script>', content)], options()), '<p>Hello</p>');
  assert.is(portableTextToHtml([passage('ar', [block([span('مرحبا')])])], options()), '<p lang="ar" dir="rtl">مرحبا</p>');
});

test('plain text (descriptions, search) includes a passage', () => {
  assert.is(portableTextToPlain([block([span('Før.')]), passage('en', [block([span('Hello.')])])]), 'Før.\n\nHello.');
});

test.run();
