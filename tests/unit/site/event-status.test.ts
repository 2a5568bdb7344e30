/** Event status facts every output shares (issue 16): dates, calendar sequence, titles, share cards. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { calendarSequence, canAddToCalendar, eventWhen, titleWithStatus } from '../../../shared/site/event-status.ts';
import { campaignCard, eventCard } from '../../../shared/site/share-cards.ts';
import type { CampaignItem, EventItem, SiteData } from '../../../shared/content/site-data.ts';

const base = { title: 'Skiens historie: fra bygd til bydeler', startsAt: '2027-02-04T19:00:00+01:00', endsAt: '2027-02-04T20:30:00+01:00' };

test('postponed: no valid date anywhere, nothing for the calendar', () => {
  const postponed = { ...base, status: 'postponed' };
  assert.equal(eventWhen(postponed, 'nb'), { text: 'Ny dato kommer' });
  assert.not.ok(canAddToCalendar(postponed, new Date('2026-12-01T12:00:00+01:00')));
});

test('rescheduled: the new time, and the old one with the same length', () => {
  const moved = { ...base, status: 'rescheduled', changes: [{ changedAt: '2026-11-20T10:00:00+01:00', status: 'rescheduled', previousStartsAt: '2027-01-28T19:00:00+01:00' }] };
  assert.equal(eventWhen(moved, 'nb'), {
    text: 'torsdag 4. februar 2027 kl. 19.00–20.30',
    datetime: '2027-02-04T19:00:00+01:00',
    previous: { text: 'torsdag 28. januar 2027 kl. 19.00–20.30', datetime: '2027-01-28T19:00:00+01:00' },
  });
});

test('SEQUENCE grows with every recorded change, does not move otherwise, and counts an unrecorded status once', () => {
  const changes = [
    { changedAt: '2026-11-09T14:00:00+01:00', status: 'postponed' },
    { changedAt: '2026-11-23T09:30:00+01:00', status: 'rescheduled', previousStartsAt: '2027-01-28T19:00:00+01:00' },
  ];
  assert.is(calendarSequence({ ...base, status: 'scheduled' }), 0);
  assert.is(calendarSequence({ ...base, status: 'postponed', changes: changes.slice(0, 1) }), 1);
  assert.is(calendarSequence({ ...base, status: 'rescheduled', changes }), 2);
  // The same content gives the same number, whatever order the lines are stored in or the summary says.
  assert.is(calendarSequence({ ...base, summary: 'ny tekst', status: 'rescheduled', changes: [...changes].reverse() } as never), 2);
  assert.is(calendarSequence({ ...base, status: 'cancelled', changes }), 3, 'cancelled without a line for it still counts');
});

test('a status goes in front of a title once, with a dash, never doubling a prefix', () => {
  assert.is(titleWithStatus({ ...base, status: 'postponed' }, 'nb'), 'Utsatt – Skiens historie: fra bygd til bydeler');
  assert.is(titleWithStatus({ title: 'AVLYST: Quizkveld', status: 'cancelled' }, 'nb'), 'AVLYST: Quizkveld');
  assert.is(titleWithStatus({ title: 'Ny dato – Quiz', status: 'rescheduled' }, 'nb'), 'Ny dato – Quiz');
  assert.is(titleWithStatus({ title: 'Nyttårskonsert', status: 'rescheduled' }, 'nb'), 'Ny dato – Nyttårskonsert');
  assert.is(titleWithStatus({ title: 'Quiz', status: 'scheduled' }, 'nb'), 'Quiz');
});

const data = { site: { title: 'Appelsinia' }, config: { locale: 'nb' }, source: { assetFile: () => undefined } } as unknown as SiteData;
const theme = {} as never;

test('share cards: a campaign shows its programme days and no label of ours; a postponed event no date', async () => {
  const campaign = {
    title: 'Appelsinfestivalen 2027',
    startsAt: '2026-11-16T10:00:00+01:00',
    endsAt: '2027-08-23T12:00:00+02:00',
    programmeStartsOn: '2027-08-20',
    programmeEndsOn: '2027-08-22',
    hero: { heading: 'Appelsinfestivalen 2027', subheading: 'Tre dager med musikk, dans og kunst ved elva, helt rusfritt', image: null },
    accent: 'fjord',
  } as unknown as CampaignItem;
  const card = await campaignCard(campaign, data, theme);
  assert.is(card.dateText, '20.–22. august 2027');
  assert.is(card.eyebrow, undefined);
  const event = await eventCard({ ...base, status: 'postponed', image: null, venue: { name: 'Hoppestad bydelshus' } } as unknown as EventItem, data, theme);
  assert.is(event.dateText, 'Ny dato kommer');
  assert.is(event.status, 'postponed');
});

test('a nynorsk site: its status words, dates and cards are nynorsk', async () => {
  assert.is(eventWhen({ ...base, status: 'postponed' }, 'nn').text, 'Ny dato kjem');
  assert.is(eventWhen({ ...base, startsAt: '2026-12-05T19:00:00+01:00', endsAt: null }, 'nn').text, 'laurdag 5. desember 2026 kl. 19.00');
  assert.is(titleWithStatus({ ...base, status: 'postponed' }, 'nn'), 'Utsett – Skiens historie: fra bygd til bydeler');
  assert.is(titleWithStatus({ title: 'Utseld: Quiz', status: 'soldOut' }, 'nn'), 'Utseld: Quiz');
  const nnData = { ...data, config: { locale: 'nn' } } as unknown as SiteData;
  const card = await eventCard({ ...base, status: 'movedOnline', image: null, venue: null } as unknown as EventItem, nnData, theme);
  assert.is(card.locale, 'nn');
  assert.is(card.dateText, 'torsdag 4. februar 2027 kl. 19.00–20.30');
  assert.is(card.venueText, 'Digitalt');
});

test.run();
