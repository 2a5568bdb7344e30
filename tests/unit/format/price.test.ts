import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatPrice } from '../../../shared/format/price.ts';
import { formatAgeRange } from '../../../shared/format/age.ts';

test('free events read "Gratis"', () => {
  assert.is(formatPrice({ free: true }), 'Gratis');
});

test('prices read "kr 150", with a non-breaking space and Norwegian grouping and decimals', () => {
  assert.is(formatPrice({ free: false, amount: 150 }), 'kr\u00a0150');
  assert.is(formatPrice({ free: false, amount: 1250 })?.replace(/\s/g, ' '), 'kr 1 250');
  assert.is(formatPrice({ free: false, amount: 99.5 }), 'kr\u00a099,50');
});

test('unknown price is left out; a note alone is shown', () => {
  assert.is(formatPrice(undefined), undefined);
  assert.is(formatPrice({ free: false }), undefined);
  assert.is(formatPrice({ free: false, note: 'Betal det du vil' }), 'Betal det du vil');
});

test('age ranges', () => {
  assert.is(formatAgeRange({ min: 0, max: 5 }), '0–5 år');
  assert.is(formatAgeRange({ min: 13 }), 'Fra 13 år');
  assert.is(formatAgeRange({ max: 12 }), 'Til 12 år');
  assert.is(formatAgeRange({}), undefined);
});

test.run();
