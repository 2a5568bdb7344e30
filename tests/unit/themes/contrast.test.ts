import { test } from 'uvu';
import * as assert from 'uvu/assert';

import baseDefinition from '../../../themes/base/theme.ts';
import { checkTheme, colorPairs, contrastRatio, loadTheme, resolveTheme, themeNames, type Theme } from '../../../themes/index.ts';

test('contrastRatio: black on white is 21:1, either way round', () => {
  assert.is(contrastRatio('#000000', '#ffffff'), 21);
  assert.is(contrastRatio('#fff', '#000'), 21);
});

test('contrastRatio: #777 on white is just under AA (≈ 4.48)', () => {
  assert.ok(Math.abs(contrastRatio('#777', '#fff') - 4.48) < 0.01, String(contrastRatio('#777', '#fff')));
  assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
});

test('contrastRatio: a colour on itself is 1:1; short and long hex agree', () => {
  assert.is(contrastRatio('#0b4f94', '#0b4f94'), 1);
  assert.is(contrastRatio('#abc', '#123'), contrastRatio('#aabbcc', '#112233'));
});

test('contrastRatio: rejects what is not a hex colour', () => {
  assert.throws(() => contrastRatio('blue', '#fff'), /not a hex colour/);
  assert.throws(() => contrastRatio('#12345', '#fff'), /not a hex colour/);
});

// The requirement: every theme, every pair it allows, passes WCAG 2.1 AA.
for (const name of themeNames()) {
  test(`${name}: every allowed colour pair passes WCAG 2.1 AA`, async () => {
    const theme = await loadTheme(name);
    const pairs = colorPairs(theme);
    const failures = checkTheme(theme);
    assert.equal(
      failures.map((f) => `${f.pair}: ${f.ratio} < ${f.required}`),
      [],
    );
    for (const pair of pairs) assert.ok(contrastRatio(pair.foreground, pair.background) >= pair.required, pair.pair);

    // The list really covers what a page and a card show.
    const names = pairs.map((p) => p.pair);
    for (const expected of [
      'colors.text on colors.background',
      'colors.text on colors.surface',
      'colors.textMuted on colors.background',
      'colors.textMuted on colors.surface',
      'colors.link on colors.background',
      'colors.link on colors.surface',
      'colors.onPrimary on colors.primary',
      'colors.focus on colors.background',
      'colors.focusInverse on colors.footer',
      'colors.onAlertInfo on colors.alertInfo',
      'colors.onAlertWarning on colors.alertWarning',
      'colors.onAlertCritical on colors.alertCritical',
      'colors.onStatusCancelled on colors.statusCancelled',
      'colors.onStatusPostponed on colors.statusPostponed',
      'colors.onStatusRescheduled on colors.statusRescheduled',
      'colors.onStatusSoldOut on colors.statusSoldOut',
      'colors.onStatusMovedOnline on colors.statusMovedOnline',
      'card.onBand on card.band',
      ...Object.keys(theme.accents).map((key) => `accents.${key}.text on accents.${key}.background`),
    ])
      assert.ok(names.includes(expected), `${name} does not check ${expected}`);

    const focus = pairs.find((p) => p.pair === 'colors.focus on colors.background');
    assert.is(focus?.required, 3, 'focus ring is a UI component: 3:1');
    const text = pairs.find((p) => p.pair === 'colors.text on colors.background');
    assert.is(text?.required, 4.5, 'body text is normal text: 4.5:1');
  });
}

test('a theme with a pale grey and a washed-out accent fails, naming the pairs', async () => {
  const base = await loadTheme('base');
  const bad: Theme = {
    ...base,
    name: 'grå',
    colors: { ...base.colors, textMuted: '#999999' },
    accents: { ...base.accents, sitron: { background: '#fff176', text: '#ffffff', label: 'Sitron' } },
  };
  const failures = checkTheme(bad);
  const muted = failures.find((f) => f.pair === 'colors.textMuted on colors.background');
  assert.ok(muted, 'textMuted on background is reported');
  assert.is(muted.required, 4.5);
  assert.ok(muted.ratio > 2.8 && muted.ratio < 2.9, String(muted.ratio));
  assert.ok(failures.some((f) => f.pair === 'accents.sitron.text on accents.sitron.background'));
  assert.not.ok(failures.some((f) => f.pair === 'colors.text on colors.background'), 'passing pairs are not reported');
});

test('a site theme that breaks contrast does not load, and the error names the pair', () => {
  const definitions: Record<string, unknown> = {
    base: baseDefinition,
    blek: { name: 'blek', extends: 'base', label: 'Blek', logo: 'logo.svg', colors: { primary: '#8fb8e8' } },
  };
  assert.throws(
    () => resolveTheme('blek', (n) => definitions[n]),
    (error: Error) =>
      error.message.includes('Theme "blek" fails WCAG 2.1 AA') &&
      error.message.includes('colors.onPrimary on colors.primary') &&
      error.message.includes('#ffffff on #8fb8e8'),
  );
});

test.run();
