/** Related events: upcoming ones sharing a category or the venue, closest in time first. */
import type { EventItem } from '../content/site-data.ts';

export function relatedEvents(event: EventItem, upcoming: EventItem[], limit: number): EventItem[] {
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
