/** Language marking (WCAG 3.1.1/3.1.2): what `lang`/`dir` a screen reader gets, and never an invalid one. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { directionOf, langAttr, languageAttributes, languageAttributesHtml, pageLanguage } from '../../../shared/site/language.ts';
import { LANGUAGES } from '../../../shared/rules/languages.ts';

test('langAttr: only a language other than the surrounding one is marked', () => {
  assert.is(langAttr('se', 'nb'), 'se');
  assert.is(langAttr('en', 'nn'), 'en');
  assert.is(langAttr('nb', 'nb'), undefined);
  assert.is(langAttr(undefined, 'nb'), undefined);
  assert.is(langAttr(null, 'nb'), undefined);
  assert.is(langAttr('', 'nb'), undefined);
  // Bokmål text on a nynorsk site is another language for a screen reader.
  assert.is(langAttr('nb', 'nn'), 'nb');
});

test('langAttr: an unlisted, misspelt or hostile code never becomes an attribute', () => {
  for (const code of ['sme', 'SE', 'se-NO', 'xx', 'en_GB', 'se" onmouseover="alert(1)', '<script>', ' se', 'nb ']) {
    assert.is(langAttr(code, 'nb'), undefined, code);
    assert.equal(languageAttributes(code, 'nb'), {}, code);
    assert.is(languageAttributesHtml(code, 'nb'), '', code);
    assert.is(pageLanguage(code, 'nb'), 'nb', code);
  }
});

test('direction: right-to-left languages get dir="rtl", and the chrome around them dir="ltr"', () => {
  assert.equal(languageAttributes('ar', 'nb'), { lang: 'ar', dir: 'rtl' });
  assert.equal(languageAttributes('ur', 'nb'), { lang: 'ur', dir: 'rtl' });
  assert.equal(languageAttributes('fa', 'nb'), { lang: 'fa', dir: 'rtl' });
  assert.equal(languageAttributes('nb', 'ar'), { lang: 'nb', dir: 'ltr' });
  assert.equal(languageAttributes('se', 'nb'), { lang: 'se' });
  assert.is(languageAttributesHtml('ar', 'nb'), ' lang="ar" dir="rtl"');
  assert.is(directionOf('se'), 'ltr');
});

test('the list: canonical BCP 47 codes (checked by Intl), each once, with a bokmål name', () => {
  const seen = new Set<string>();
  for (const { value, title } of LANGUAGES) {
    assert.equal(Intl.getCanonicalLocales(value), [value], `${value} is not canonical`);
    assert.not.ok(seen.has(value), `${value} twice`);
    seen.add(value);
    assert.ok(title.length > 2);
  }
  // The languages Skien must be able to mark: both written Norwegian, the three Sami languages taught in Norway, and English.
  for (const needed of ['nb', 'nn', 'se', 'smj', 'sma', 'en', 'ar', 'uk', 'pl', 'so', 'ti']) assert.ok(seen.has(needed), needed);
});

test.run();
