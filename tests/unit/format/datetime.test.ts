import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatEventTime, formatDate, formatTime, osloDay, formatShortDate } from '../../../shared/format/datetime.ts';

test('a same-day event reads "weekday day. month year kl. HH.MM–HH.MM" in Oslo time', () => {
  assert.is(formatEventTime('2026-12-05T19:00:00+01:00', '2026-12-05T21:30:00+01:00'), 'lørdag 5. desember 2026 kl. 19.00–21.30');
});

test('times written in UTC are shown in Oslo time, summer and winter', () => {
  assert.is(formatTime(new Date('2027-06-20T16:00:00Z')), '18.00'); // CEST, +02:00
  assert.is(formatTime(new Date('2027-01-20T16:00:00Z')), '17.00'); // CET, +01:00
});

test('a late-evening UTC time falls on the next Oslo day', () => {
  assert.is(osloDay(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
});

test('a multi-day event shows both ends, the year once when it does not change', () => {
  assert.is(
    formatEventTime('2027-03-05T18:00:00+01:00', '2027-03-07T16:00:00+01:00'),
    'fredag 5. mars kl. 18.00 – søndag 7. mars 2027 kl. 16.00',
  );
  assert.is(
    formatEventTime('2026-12-31T22:00:00+01:00', '2027-01-01T02:00:00+01:00'),
    'torsdag 31. desember 2026 kl. 22.00 – fredag 1. januar 2027 kl. 02.00',
  );
});

test('dates without weekday or year, and short dates', () => {
  assert.is(formatDate(new Date('2027-05-17T10:00:00+02:00'), { weekday: false, year: false }), '17. mai');
  assert.is(formatShortDate(new Date('2026-12-05T19:00:00+01:00')), '5. des.');
});

test.run();
