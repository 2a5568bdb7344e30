/** Which alerts an open page shows at a given moment, and in what order. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { activeAlerts, safeLink, type PublicAlert } from '../../../shared/elements/alert-list.ts';

const alert = (id: string, severity: string, startsAt: string | null, endsAt: string | null): PublicAlert => ({
  id, title: id, message: null, severity, startsAt, endsAt, link: null,
});

const alerts = [
  alert('info', 'info', '2026-11-30T08:00:00+01:00', '2026-12-05T20:00:00+01:00'),
  alert('warning', 'warning', '2026-11-28T08:00:00+01:00', '2026-12-03T20:00:00+01:00'),
  alert('critical', 'critical', '2026-12-01T11:00:00+01:00', null),
  alert('later', 'critical', '2026-12-10T08:00:00+01:00', '2026-12-11T08:00:00+01:00'),
  alert('over', 'warning', '2026-11-01T08:00:00+01:00', '2026-11-02T08:00:00+01:00'),
];

test('only alerts whose window holds the moment, most severe first', () => {
  assert.equal(activeAlerts(alerts, new Date('2026-12-01T12:00:00+01:00')).map((a) => a.id), ['critical', 'warning', 'info']);
});

test('an alert appears when its window opens and goes when it closes', () => {
  assert.equal(activeAlerts(alerts, new Date('2026-12-01T10:59:00+01:00')).map((a) => a.id), ['warning', 'info']);
  assert.equal(activeAlerts(alerts, new Date('2026-12-03T20:00:01+01:00')).map((a) => a.id), ['critical', 'info']);
  assert.equal(activeAlerts(alerts, new Date('2026-12-10T09:00:00+01:00')).map((a) => a.id), ['critical', 'later']);
});

test('the same severity keeps the order of the file', () => {
  const same = [alert('b', 'info', null, null), alert('a', 'info', null, null)];
  assert.equal(activeAlerts(same, new Date()).map((a) => a.id), ['b', 'a']);
});

test('links from alerts.json are web, mail or phone links only', () => {
  assert.is(safeLink('https://www.skien.kommune.no/'), 'https://www.skien.kommune.no/');
  assert.is(safeLink('mailto:post@skien.kommune.no'), 'mailto:post@skien.kommune.no');
  assert.is(safeLink('javascript:alert(1)'), undefined);
  assert.is(safeLink('data:text/html,x'), undefined);
  assert.is(safeLink('/relative'), undefined);
});

test.run();
