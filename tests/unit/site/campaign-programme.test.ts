/** A campaign's programme apart from its window, its events, its phase and its embargo (issue 16). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { campaignEvents, campaignPhase, formatProgramme } from '../../../shared/site/campaign-programme.ts';
import { isCampaignPublic } from '../../../shared/content/publication.ts';
import { formatDayRange } from '../../../shared/format/datetime.ts';

const festival = {
  startsAt: '2026-11-16T10:00:00+01:00',
  endsAt: '2027-08-23T12:00:00+02:00',
  programmeStartsOn: '2027-08-20',
  programmeEndsOn: '2027-08-22',
  eventIds: ['event.picked-june'],
  filterCategoryIds: ['category.konsert'],
  filterAudienceIds: ['audience.unge'],
};
const event = (id: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  startsAt,
  endsAt: null,
  status: 'scheduled',
  categories: [{ _id: 'category.konsert' }],
  audiences: [{ _id: 'audience.unge' }],
  ...extra,
});

test('the programme reads as the festival days, not the window', () => {
  assert.is(formatProgramme(festival), '20.–22. august 2027');
  assert.is(formatProgramme({ startsAt: '2026-11-20T08:00:00+01:00', endsAt: '2027-01-15T23:59:00+01:00' }), '20. november 2026 – 15. januar 2027');
  assert.is(formatDayRange('2026-11-28', '2026-12-31'), '28. november – 31. desember 2026');
  assert.is(formatDayRange('2027-08-20', '2027-08-20'), 'fredag 20. august 2027');
});

test('hand-picked events first, then the filter\'s events on programme days only, never a cancelled one', () => {
  const events = [
    event('event.new-year', '2026-12-31T20:00:00+01:00'),
    event('event.rap-cancelled', '2027-08-21T20:00:00+02:00', { status: 'cancelled' }),
    event('event.picked-june', '2027-06-18T18:00:00+02:00', { categories: [] }),
    event('event.friday', '2027-08-20T17:00:00+02:00'),
    event('event.sunday-late', '2027-08-22T23:30:00+02:00'),
    event('event.monday', '2027-08-23T01:00:00+02:00'),
    event('event.other-audience', '2027-08-21T12:00:00+02:00', { audiences: [{ _id: 'audience.eldre' }] }),
  ];
  assert.equal(campaignEvents(festival, events).map((e) => e._id), ['event.picked-june', 'event.friday', 'event.sunday-late']);
});

test('an event over several days is in the programme when any of its days is', () => {
  const events = [event('event.weekend', '2027-08-18T17:00:00+02:00', { endsAt: '2027-08-20T14:00:00+02:00' })];
  assert.equal(campaignEvents({ ...festival, eventIds: [] }, events).map((e) => e._id), ['event.weekend']);
});

test('phases by the Oslo calendar: coming before the first day, current through the last, past after', () => {
  assert.is(campaignPhase(festival, new Date('2026-12-01T12:00:00+01:00')), 'coming');
  assert.is(campaignPhase(festival, new Date('2027-08-19T23:59:00+02:00')), 'coming');
  assert.is(campaignPhase(festival, new Date('2027-08-20T00:00:00+02:00')), 'current');
  assert.is(campaignPhase(festival, new Date('2027-08-22T23:59:00+02:00')), 'current');
  assert.is(campaignPhase(festival, new Date('2027-08-23T00:00:00+02:00')), 'past');
  assert.is(campaignPhase({ ...festival, programmeEndsOn: '2027-09-01' }, new Date('2027-08-24T12:00:00+02:00')), 'past', 'the window closed');
});

test('embargo: not public before the window opens; public from that instant, and after it closes', () => {
  assert.not.ok(isCampaignPublic(festival, new Date('2026-11-16T09:59:59+01:00')));
  assert.ok(isCampaignPublic(festival, new Date('2026-11-16T10:00:00+01:00')));
  assert.ok(isCampaignPublic(festival, new Date('2028-01-01T00:00:00+01:00')));
  assert.ok(isCampaignPublic({ startsAt: null }, new Date('2020-01-01T00:00:00Z')));
  assert.not.ok(isCampaignPublic({ startsAt: 'snart' }, new Date('2030-01-01T00:00:00Z')));
});

test.run();
