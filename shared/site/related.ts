/** Related events: upcoming ones sharing a category or the venue, closest in time first. */
import type { EventItem } from '../content/site-data.ts';

/**
 * Who shares what, worked out once per list of upcoming events: every event page asks (twice:
 * its cache key and its body), and comparing each event with every upcoming one made the event
 * pages O(n²) over a build. Events are kept by their position in the list. An event is entered
 * once per category it lists (twice if it lists one twice), so counting entries gives the same
 * score as counting its matching categories.
 */
interface RelatedIndex {
  /** Each event's place in start order (`startsAt` compared as the page always did, with localeCompare); equal starts share one. */
  startRank: Uint32Array;
  byCategory: Map<string, number[]>;
  byVenue: Map<string, number[]>;
  /** Answers already given, by event id and limit. */
  answers: Map<string, EventItem[]>;
}

const indexes = new WeakMap<EventItem[], RelatedIndex>();

function indexOf(upcoming: EventItem[]): RelatedIndex {
  let index = indexes.get(upcoming);
  if (index) return index;
  const byCategory = new Map<string, number[]>();
  const byVenue = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, position: number) => {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  };
  upcoming.forEach((event, position) => {
    for (const category of event.categories ?? []) push(byCategory, category._id, position);
    if (event.venue?._id) push(byVenue, event.venue._id, position);
  });
  index = { startRank: startRanks(upcoming), byCategory, byVenue, answers: new Map() };
  indexes.set(upcoming, index);
  return index;
}

/** Ranks the start times once, so choosing related events compares numbers instead of collating strings. */
function startRanks(upcoming: EventItem[]): Uint32Array {
  const start = (position: number) => upcoming[position]!.startsAt ?? '';
  const order = upcoming.map((_, position) => position).sort((a, b) => start(a).localeCompare(start(b)));
  const ranks = new Uint32Array(upcoming.length);
  order.forEach((position, i) => {
    const previous = order[i - 1];
    ranks[position] = previous === undefined ? 0 : ranks[previous]! + (start(previous).localeCompare(start(position)) === 0 ? 0 : 1);
  });
  return ranks;
}

export function relatedEvents(event: EventItem, upcoming: EventItem[], limit: number): EventItem[] {
  const index = indexOf(upcoming);
  const key = `${event._id}\u0000${limit}`;
  const known = index.answers.get(key);
  if (known) return known;

  const scores = new Uint32Array(upcoming.length);
  const add = (positions: number[] | undefined) => {
    for (const position of positions ?? []) scores[position] = scores[position]! + 1;
  };
  for (const category of new Set((event.categories ?? []).map((c) => c._id))) add(index.byCategory.get(category));
  if (event.venue?._id) add(index.byVenue.get(event.venue._id));

  // The first `limit` of: highest score first, then earliest start, then list order. A popular
  // category is shared by hundreds of events, so instead of sorting them all this keeps only
  // the best few, walking the list in order and placing each candidate after its equals.
  const rank = index.startRank;
  const before = (a: number, b: number) => scores[b]! - scores[a]! || rank[a]! - rank[b]!;
  const best: number[] = [];
  for (let position = 0; position < upcoming.length; position++) {
    const other = upcoming[position]!;
    if (scores[position] === 0 || other._id === event._id || other.status === 'cancelled') continue;
    let at = best.length;
    while (at > 0 && before(position, best[at - 1]!) < 0) at -= 1;
    if (at >= limit) continue;
    best.splice(at, 0, position);
    if (best.length > limit) best.pop();
  }
  const related = best.map((position) => upcoming[position]!);
  index.answers.set(key, related);
  return related;
}
