import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { relatedEvents } from '../../../shared/site/related.ts';
import type { EventItem } from '../../../shared/content/site-data.ts';

/** The rule as first written, scanning every upcoming event: the indexed version must agree with it. */
function byFullScan(event: EventItem, upcoming: EventItem[], limit: number): EventItem[] {
  const categories = new Set((event.categories ?? []).map((c) => c._id));
  const venue = event.venue?._id;
  const score = (other: EventItem) =>
    (other.categories ?? []).filter((c) => categories.has(c._id)).length + (venue && other.venue?._id === venue ? 1 : 0);
  return upcoming
    .filter((other) => other._id !== event._id && other.status !== 'cancelled' && score(other) > 0)
    .map((other) => ({ other, score: score(other) }))
    .sort((a, b) => b.score - a.score || (a.other.startsAt ?? '').localeCompare(b.other.startsAt ?? ''))
    .slice(0, limit)
    .map(({ other }) => other);
}

// A small seeded generator, so the list has ties, shared starts, repeats and gaps.
function events(count: number, seed = 7): EventItem[] {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  return Array.from({ length: count }, (_, i) => {
    const categories = Array.from({ length: next(4) }, () => ({ _id: `category-${next(5)}` }));
    const day = String(1 + next(28)).padStart(2, '0');
    return {
      _id: `event-${i}`,
      startsAt: next(10) === 0 ? null : `2027-01-${day}T${next(2) ? '18' : '10'}:00:00+01:00`,
      status: next(8) === 0 ? 'cancelled' : 'scheduled',
      categories,
      venue: next(3) === 0 ? null : { _id: `venue-${next(4)}` },
    } as unknown as EventItem;
  });
}

const ids = (list: EventItem[]) => list.map((e) => e._id);

test('picks the same events, in the same order, as comparing with every upcoming event', () => {
  const upcoming = events(300);
  for (const limit of [1, 3, 10, 400]) {
    for (const event of upcoming) assert.equal(ids(relatedEvents(event, upcoming, limit)), ids(byFullScan(event, upcoming, limit)), `${event._id}, limit ${limit}`);
  }
});

test('an event that is not in the list (past, or on another site) gets related events too', () => {
  const upcoming = events(100, 3);
  const past = { ...upcoming[5]!, _id: 'past-event' } as EventItem;
  assert.equal(ids(relatedEvents(past, upcoming, 3)), ids(byFullScan(past, upcoming, 3)));
});

test('nothing shared, nothing related; cancelled events and the event itself are never suggested', () => {
  const upcoming = events(50, 11);
  const loner = { _id: 'loner', categories: [{ _id: 'nobody-else' }], venue: null } as unknown as EventItem;
  assert.equal(relatedEvents(loner, upcoming, 3), []);
  for (const event of upcoming) {
    const related = relatedEvents(event, upcoming, 50);
    assert.not.ok(related.some((other) => other._id === event._id || other.status === 'cancelled'));
  }
});

test.run();
