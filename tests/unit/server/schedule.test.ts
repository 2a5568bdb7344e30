/** When content changes by time alone, and the scheduler that rebuilds then. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SanityDocument } from '../../../shared/content/dataset.ts';
import { MARGIN_MS, dueBetween, nextDailyRebuild, timeTriggers, upcomingRebuilds } from '../../../server/schedule.ts';
import { createScheduler } from '../../../server/scheduler.ts';
import { createClock } from '../../../server/clock.ts';

const SITES = ['appelsinia', 'bydelshus', 'ibsenbiblioteket'];
const ref = (id: string) => ({ _type: 'reference', _ref: id });
const NOW = new Date('2026-12-01T12:00:00+01:00');
const docs: SanityDocument[] = [
  { _id: 'alert.alle', _type: 'alert', title: 'Glatte veier', sites: [], startsAt: '2026-11-28T08:00:00+01:00', endsAt: '2026-12-03T20:00:00+01:00' },
  { _id: 'alert.bibliotek', _type: 'alert', title: 'Stengt', sites: [ref('site.ibsenbiblioteket')], startsAt: '2026-12-02T08:00:00+01:00', endsAt: '2026-12-02T20:00:00+01:00' },
  { _id: 'campaign.jul', _type: 'campaign', title: 'Jul', site: ref('site.bydelshus'), startsAt: '2026-12-05T08:00:00+01:00', endsAt: '2027-01-15T23:59:00+01:00', events: [ref('event.quiz')] },
  { _id: 'event.konsert', _type: 'event', title: 'Konsert', site: ref('site.appelsinia'), startsAt: '2026-12-01T19:00:00+01:00', endsAt: '2026-12-01T21:00:00+01:00' },
  { _id: 'event.quiz', _type: 'event', title: 'Quiz', site: ref('site.ibsenbiblioteket'), startsAt: '2026-12-02T18:00:00+01:00' },
  { _id: 'event.forbi', _type: 'event', title: 'Forbi', site: ref('site.bydelshus'), startsAt: '2026-11-01T18:00:00+01:00', endsAt: '2026-11-01T20:00:00+01:00' },
];
const at = (iso: string) => new Date(Date.parse(iso) + MARGIN_MS).toISOString();

test('every future window edge, event start and event end, with the sites it changes, in order', () => {
  const triggers = timeTriggers(docs, { after: NOW, sites: SITES });
  assert.equal(
    triggers.map((t) => [t.at.toISOString(), t.sites]),
    [
      [at('2026-12-01T19:00:00+01:00'), ['appelsinia']],
      [at('2026-12-01T21:00:00+01:00'), ['appelsinia']],
      [at('2026-12-02T08:00:00+01:00'), ['ibsenbiblioteket']],
      // Quiz (no end: it is over when it starts) is listed by bydelshus' Christmas campaign too.
      [at('2026-12-02T18:00:00+01:00'), ['ibsenbiblioteket', 'bydelshus'].sort()],
      [at('2026-12-02T20:00:00+01:00'), ['ibsenbiblioteket']],
      [at('2026-12-03T20:00:00+01:00'), SITES],
      [at('2026-12-05T08:00:00+01:00'), ['bydelshus']],
      [at('2027-01-15T23:59:00+01:00'), ['bydelshus']],
    ],
  );
});

test('moments in the past are not scheduled', () => {
  const triggers = timeTriggers(docs, { after: new Date('2026-12-04T00:00:00+01:00'), sites: SITES });
  assert.ok(triggers.every((t) => t.at > new Date('2026-12-04T00:00:00+01:00')));
  assert.is(triggers.length, 2);
});

test('the daily rebuild is just after midnight in Oslo, winter and summer', () => {
  assert.is(nextDailyRebuild(NOW).toISOString(), '2026-12-01T23:00:01.000Z');
  assert.is(nextDailyRebuild(new Date('2027-06-10T12:00:00+02:00')).toISOString(), '2027-06-10T22:00:01.000Z');
  assert.is(nextDailyRebuild(new Date('2026-12-01T00:00:00.500+01:00')).toISOString(), '2026-11-30T23:00:01.000Z');
  assert.is(nextDailyRebuild(new Date('2026-12-01T00:01:00+01:00')).toISOString(), '2026-12-01T23:00:01.000Z');
});

test('upcoming rebuilds include the daily one for every site', () => {
  const upcoming = upcomingRebuilds(docs, { after: NOW, sites: SITES, limit: 4 });
  assert.equal(upcoming.map((u) => u.reasons[0]), ['event «Konsert» starts', 'event «Konsert» ends', 'daily rebuild', 'alert «Stengt» starts']);
  assert.equal(upcoming[2]!.sites, SITES);
});

test('what fell due in a window is one rebuild of the union of sites', () => {
  const due = dueBetween(docs, { from: NOW, to: new Date('2026-12-01T22:00:00+01:00'), sites: SITES });
  assert.equal(due?.sites, ['appelsinia']);
  assert.is(dueBetween(docs, { from: NOW, to: new Date('2026-12-01T13:00:00+01:00'), sites: SITES }), undefined);
});

test('a pinned clock fires nothing until moved, then everything that fell due, once', () => {
  const clock = createClock(NOW.toISOString(), {});
  const requests: Array<[string[], string]> = [];
  const scheduler = createScheduler({ clock, documents: () => new Map(docs.map((d) => [d._id, d])), sites: SITES, request: (s, r) => requests.push([s, r]) });
  assert.is(requests.length, 0);
  clock.set(new Date('2026-12-03T20:00:02+01:00'));
  assert.is(requests.length, 1);
  assert.equal(requests[0]![0], SITES);
  assert.match(requests[0]![1], /Glatte veier» ends/);
  clock.advance(60_000);
  assert.is(requests.length, 1, 'nothing new fell due');
  assert.is(scheduler.upcoming(1)[0]!.reasons[0], 'daily rebuild');
  scheduler.stop();
});

test('moving a pinned clock moves FASETT_NOW for the builds it starts', () => {
  const env: NodeJS.ProcessEnv = {};
  const clock = createClock('2026-12-01T12:00:00+01:00', env);
  clock.advance(3_600_000);
  assert.is(env.FASETT_NOW, '2026-12-01T12:00:00.000Z');
  assert.throws(() => createClock('', {}).set(NOW), /pinned/);
});

test.run();
