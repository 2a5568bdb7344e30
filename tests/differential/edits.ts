/**
 * Seeded editorial edits over a dataset: what editors do in the Studio (cancel, postpone, move,
 * retitle, cross-list, delete, add, rename a venue or category, swap an image, open and close an
 * alert, move a campaign window) and what time does (the clock passes an event's end or an
 * alert's). Each edit is a pure function of the documents, the clock and the random source, so a
 * seed names a whole sequence. Edits mostly make valid content, so pages really change; some break
 * a rule on purpose (a slug taken twice, a reference to a deleted document) — the build must then
 * still equal a clean build of the same content.
 */
import type { Rng } from './prng.ts';

export type Doc = Record<string, unknown> & { _id: string; _type: string };

export const EDIT_KINDS = [
  'cancel',
  'postpone',
  'newDate',
  'retitle',
  'moveSite',
  'crossList',
  'unCrossList',
  'delete',
  'add',
  'renameVenue',
  'renameCategory',
  'swapImage',
  'openAlert',
  'closeAlert',
  'expireAlert',
  'moveCampaignWindow',
  'advanceClock',
  'editDraft',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** How often each kind comes up once every kind has had its turn. */
const WEIGHTS: Record<EditKind, number> = {
  cancel: 5,
  postpone: 4,
  newDate: 6,
  retitle: 6,
  moveSite: 4,
  crossList: 4,
  unCrossList: 4,
  delete: 4,
  add: 5,
  renameVenue: 3,
  renameCategory: 3,
  swapImage: 5,
  openAlert: 3,
  closeAlert: 3,
  expireAlert: 3,
  moveCampaignWindow: 4,
  advanceClock: 5,
  editDraft: 1,
};

export interface DocumentChange {
  id: string;
  /** Absent: the edit created the document. */
  before?: Doc;
  /** Absent: the edit deleted the document. */
  after?: Doc;
}

export interface Edit {
  kind: EditKind;
  description: string;
  changes: DocumentChange[];
  /** The clock after the edit (the same as before unless time moved). */
  clock: string;
}

/** What the generator may draw on besides the documents: the image files of the export. */
export interface EditContext {
  /** File names under images/ (`<sha1>-<w>x<h>.<ext>`). */
  images: readonly string[];
  /** `image-<sha1>` → alt text (assets.json). */
  altText: ReadonlyMap<string, string>;
}

interface State {
  docs: readonly Doc[];
  clock: string;
  now: number;
  rng: Rng;
  context: EditContext;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The edit number `index` (1-based) of a sequence. The first edits take every kind once, in an
 * order drawn from the seed, so even a short sequence covers them all; after that kinds come by
 * weight. A kind that has nothing to work on (no alert is open to expire) gives way to another.
 */
export function nextEdit(docs: readonly Doc[], clock: string, rng: Rng, context: EditContext, index: number, tour: readonly EditKind[]): Edit {
  const state: State = { docs, clock, now: Date.parse(clock), rng, context };
  const planned = tour[index - 1];
  if (planned) {
    const edit = GENERATORS[planned](state);
    if (edit) return edit;
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const kind = rng.weighted(EDIT_KINDS.map((k) => [k, WEIGHTS[k]] as const));
    const edit = GENERATORS[kind](state);
    if (edit) return edit;
  }
  throw new Error('no edit applies to this dataset');
}

/** Every kind once, in an order drawn from the seed. */
export function tourOfKinds(rng: Rng): EditKind[] {
  const kinds = [...EDIT_KINDS];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds;
}

/** The documents after an edit, in file order; new documents at the end. */
export function applyEdit(docs: readonly Doc[], edit: Edit): Doc[] {
  const byId = new Map(edit.changes.map((change) => [change.id, change]));
  const out: Doc[] = [];
  for (const doc of docs) {
    const change = byId.get(doc._id);
    if (!change) out.push(doc);
    else if (change.after) out.push(change.after);
  }
  const existing = new Set(docs.map((doc) => doc._id));
  for (const change of edit.changes) if (!existing.has(change.id) && change.after) out.push(change.after);
  return out;
}

// ── The kinds ────────────────────────────────────────────────────────────────────────────────

const GENERATORS: Record<EditKind, (s: State) => Edit | undefined> = {
  cancel: (s) => setStatus(s, 'cancel', 'cancelled'),
  postpone: (s) => setStatus(s, 'postpone', 'postponed'),

  newDate(s) {
    const event = pickEvent(s, (e) => typeof e.startsAt === 'string');
    if (!event) return undefined;
    const start = Date.parse(String(event.startsAt));
    const end = typeof event.endsAt === 'string' ? Date.parse(event.endsAt) : start + 2 * HOUR;
    const shift = s.rng.pick([-3, -1, 1, 2, 7, 14, 30, 60, 120]) * DAY + s.rng.int(-3, 3) * HOUR;
    const after = touched(s, event);
    after.startsAt = osloIso(start + shift);
    after.endsAt = osloIso(end + shift);
    after.status = s.rng.pick(['rescheduled', 'rescheduled', 'scheduled', String(event.status ?? 'scheduled')]);
    return docEdit(s, 'newDate', `new date for ${label(event)}: ${event.startsAt} → ${after.startsAt} (${after.status})`, event, after);
  },

  retitle(s) {
    const type = s.rng.weighted([['event', 7], ['article', 1], ['page', 1], ['campaign', 1]] as const);
    const doc = pickPublished(s, (d) => d._type === type && typeof d.title === 'string');
    if (!doc) return undefined;
    const base = baseName(String(doc.title));
    const titles = [
      [`${base} – ${s.rng.pick(EXTRA_WORDS)}`, 4],
      [`${s.rng.pick(PREFIXES)}: ${base}`, 3],
      [base, 2],
      // Longer than a share card holds: the rulebook warns, the build goes on.
      [`${base} – med gjester fra hele Telemark, åpen scene og servering til langt på kveld`, 1],
    ] as const;
    const title = s.rng.weighted(titles.filter(([candidate]) => candidate !== doc.title));
    const after = touched(s, doc);
    after.title = title;
    return docEdit(s, 'retitle', `retitle ${label(doc)} → «${title}»`, doc, after);
  },

  moveSite(s) {
    const event = pickEvent(s);
    const own = refOf(event?.site);
    const target = own && s.rng.pick(siteIds(s).filter((id) => id !== own));
    if (!event || !target) return undefined;
    const after = touched(s, event);
    after.site = { _type: 'reference', _ref: target };
    if (Array.isArray(after.alsoOn)) after.alsoOn = (after.alsoOn as unknown[]).filter((ref) => refOf(ref) !== target);
    return docEdit(s, 'moveSite', `move ${label(event)} from ${own} to ${target}`, event, after);
  },

  crossList(s) {
    const event = pickEvent(s, (e) => crossListCandidates(s, e).length > 0);
    if (!event) return undefined;
    const target = s.rng.pick(crossListCandidates(s, event));
    const after = touched(s, event);
    after.alsoOn = [...((event.alsoOn as unknown[] | undefined) ?? []), { _key: s.rng.token(12), _type: 'reference', _ref: target }];
    const edit = docEdit(s, 'crossList', `cross-list ${label(event)} on ${target}`, event, after);
    // Mostly the host accepts at once (its crossListing document lists the event); else it is only asked.
    if (!s.rng.chance(0.7)) return { ...edit, description: `${edit.description} (not accepted yet)` };
    const accepting = acceptance(s, target, (ids) => [...ids.filter((id) => id !== event._id), event._id]);
    return { ...edit, description: `${edit.description}, accepted there`, changes: [...edit.changes, accepting] };
  },

  unCrossList(s) {
    const event = pickEvent(s, (e) => Array.isArray(e.alsoOn) && e.alsoOn.length > 0);
    if (!event) return undefined;
    const listed = event.alsoOn as unknown[];
    const drop = s.rng.int(0, listed.length - 1);
    const host = refOf(listed[drop]);
    // Half the time the host withdraws its acceptance and the owner's request stays.
    if (host && s.rng.chance(0.5)) {
      const withdrawing = acceptance(s, host, (ids) => ids.filter((id) => id !== event._id));
      return { kind: 'unCrossList', description: `${host} withdraws ${label(event)}`, changes: [withdrawing], clock: s.clock };
    }
    const after = touched(s, event);
    const rest = listed.filter((_, i) => i !== drop);
    if (rest.length || s.rng.chance(0.5)) after.alsoOn = rest;
    else delete after.alsoOn;
    return docEdit(s, 'unCrossList', `un-cross-list ${label(event)} from ${refOf(listed[drop])}`, event, after);
  },

  delete(s) {
    const type = s.rng.weighted([['event', 8], ['article', 2], ['page', 1]] as const);
    const doc = pickPublished(s, (d) => d._type === type);
    if (!doc) return undefined;
    return { kind: 'delete', description: `delete ${label(doc)}`, changes: [{ id: doc._id, before: doc }], clock: s.clock };
  },

  add(s) {
    const source = pickEvent(s);
    if (!source) return undefined;
    const slug = String((source.slug as { current?: unknown } | undefined)?.current ?? 'arrangement');
    const siteSlug = String(refOf(source.site) ?? 'site.x').replace(/^site\./, '');
    // Now and then the copy keeps the original's address: the rulebook must sort that out.
    const newSlug = s.rng.chance(0.1) ? slug : `${slug}-${s.rng.token(4)}`;
    const id = `event.${siteSlug}.${newSlug}-${s.rng.token(6)}`;
    const start = Date.parse(String(source.startsAt ?? s.clock));
    const end = typeof source.endsAt === 'string' ? Date.parse(source.endsAt) : start + 2 * HOUR;
    const firstStart = Math.max(start, s.now) + s.rng.int(1, 60) * DAY;
    const doc: Doc = {
      ...structuredClone(source),
      _id: id,
      _createdAt: utcIso(s.now - s.rng.int(0, 59) * 60_000),
      _rev: s.rng.token(22),
      title: `${baseName(String(source.title ?? 'Arrangement'))} – ${s.rng.pick(EXTRA_WORDS)}`,
      slug: { _type: 'slug', current: newSlug },
      startsAt: osloIso(firstStart),
      endsAt: osloIso(firstStart + Math.max(0, end - start)),
      status: 'scheduled',
    };
    doc._updatedAt = doc._createdAt;
    return { kind: 'add', description: `add ${label(doc)} (copy of ${source._id}, slug ${newSlug})`, changes: [{ id, after: doc }], clock: s.clock };
  },

  renameVenue(s) {
    const venue = pickPublished(s, (d) => d._type === 'venue' && typeof d.name === 'string');
    if (!venue) return undefined;
    const base = baseName(String(venue.name));
    const name = base === venue.name ? `${base} (${s.rng.pick(VENUE_WORDS)})` : base;
    const after = touched(s, venue);
    after.name = name;
    return docEdit(s, 'renameVenue', `rename ${label(venue)} → «${name}»`, venue, after);
  },

  renameCategory(s) {
    const category = pickPublished(s, (d) => d._type === 'category' && typeof d.title === 'string');
    if (!category) return undefined;
    const base = baseName(String(category.title));
    const title = base === category.title ? `${base} – ${s.rng.pick(EXTRA_WORDS)}` : base;
    const after = touched(s, category);
    after.title = title;
    // A new address for the category's filter now and then.
    const newSlug = s.rng.chance(0.25) ? `${String((category.slug as { current?: unknown } | undefined)?.current ?? 'kategori').replace(/-[a-z0-9]{3}$/, '')}-${s.rng.token(3)}` : undefined;
    if (newSlug) after.slug = { _type: 'slug', current: newSlug };
    return docEdit(s, 'renameCategory', `rename ${label(category)} → «${title}»${newSlug ? `, slug ${newSlug}` : ''}`, category, after);
  },

  swapImage(s) {
    const event = pickEvent(s);
    if (!event) return undefined;
    const current = String((event.image as { _sanityAsset?: unknown } | undefined)?._sanityAsset ?? '');
    const after = touched(s, event);
    if (current && s.rng.chance(0.1)) {
      delete after.image;
      return docEdit(s, 'swapImage', `remove the image of ${label(event)}`, event, after);
    }
    const file = s.rng.pick(s.context.images.filter((name) => !current.endsWith(`/${name}`)));
    const sha = file.split('-')[0];
    after.image = { _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt: s.context.altText.get(`image-${sha}`) ?? 'Illustrasjon' };
    return docEdit(s, 'swapImage', `swap the image of ${label(event)} → ${file}`, event, after);
  },

  openAlert(s) {
    const alert = pickPublished(s, (d) => d._type === 'alert');
    if (!alert) return undefined;
    const after = touched(s, alert);
    after.startsAt = osloIso(s.now - s.rng.int(1, 48) * HOUR);
    after.endsAt = osloIso(s.now + s.rng.int(2, 96) * HOUR + s.rng.int(0, 59) * 60_000);
    return docEdit(s, 'openAlert', `open ${label(alert)} ${after.startsAt} – ${after.endsAt}`, alert, after);
  },

  closeAlert(s) {
    const alert = pickPublished(s, (d) => d._type === 'alert');
    if (!alert) return undefined;
    const after = touched(s, alert);
    after.endsAt = osloIso(s.now - 60_000);
    if (typeof after.startsAt !== 'string' || Date.parse(after.startsAt) > s.now - 60_000) after.startsAt = osloIso(s.now - DAY);
    return docEdit(s, 'closeAlert', `close ${label(alert)} (ends ${after.endsAt}, just before now)`, alert, after);
  },

  expireAlert(s) {
    const open = published(s).filter((d) => d._type === 'alert' && isOpenAt(d, s.now) && typeof d.endsAt === 'string');
    if (!open.length) return undefined;
    const alert = s.rng.pick(open);
    const clock = osloIso(Date.parse(String(alert.endsAt)) + 1000);
    return { kind: 'expireAlert', description: `clock ${s.clock} → ${clock}, past the end of ${label(alert)}`, changes: [], clock };
  },

  moveCampaignWindow(s) {
    const campaign = pickPublished(s, (d) => d._type === 'campaign');
    if (!campaign) return undefined;
    const after = touched(s, campaign);
    const start = Date.parse(String(campaign.startsAt ?? s.clock));
    const end = Date.parse(String(campaign.endsAt ?? s.clock));
    const mode = s.rng.pick(['open now', 'close', 'shift', 'open later'] as const);
    if (mode === 'open now') {
      after.startsAt = osloIso(s.now - s.rng.int(1, 10) * DAY);
      after.endsAt = osloIso(s.now + s.rng.int(1, 40) * DAY);
    } else if (mode === 'close') {
      after.endsAt = osloIso(s.now - s.rng.int(1, 12) * HOUR);
      after.startsAt = osloIso(Math.min(start, s.now - 2 * DAY));
    } else if (mode === 'shift') {
      const shift = s.rng.pick([-30, -7, -1, 1, 7, 30]) * DAY;
      after.startsAt = osloIso(start + shift);
      after.endsAt = osloIso(end + shift);
    } else {
      after.startsAt = osloIso(s.now + s.rng.int(1, 72) * HOUR);
      after.endsAt = osloIso(Date.parse(String(after.startsAt)) + s.rng.int(3, 30) * DAY);
    }
    return docEdit(s, 'moveCampaignWindow', `${mode}: ${label(campaign)} ${after.startsAt} – ${after.endsAt}`, campaign, after);
  },

  advanceClock(s) {
    const ends = published(s)
      .filter((d) => d._type === 'event')
      .map((e) => ({ event: e, end: Date.parse(String(e.endsAt ?? e.startsAt)) }))
      .filter(({ end }) => end > s.now)
      .sort((a, b) => a.end - b.end);
    if (!ends.length) return undefined;
    const { event, end } = s.rng.pick(ends.slice(0, 3));
    // Mostly the scheduler's own moment (a second after the end), now and then later that day.
    const clock = osloIso(end + (s.rng.chance(0.7) ? 1000 : s.rng.int(1, 7200) * 1000));
    return { kind: 'advanceClock', description: `clock ${s.clock} → ${clock}, past the end of ${label(event)}`, changes: [], clock };
  },

  editDraft(s) {
    const draft = s.docs.filter((d) => d._id.startsWith('drafts.') && typeof d.title === 'string');
    if (!draft.length) return undefined;
    const doc = s.rng.pick(draft);
    const after = touched(s, doc);
    if (doc._type === 'event' && s.rng.chance(0.5)) {
      // Preferably an image no published document uses: a draft's upload must not reach a public site.
      const used = JSON.stringify(published(s));
      const unused = s.context.images.filter((name) => !used.includes(`/images/${name}`));
      const current = String((doc.image as { _sanityAsset?: unknown } | undefined)?._sanityAsset ?? '');
      const pool = (unused.length ? unused : s.context.images).filter((name) => !current.endsWith(`/${name}`));
      const file = s.rng.pick(pool);
      after.image = { _type: 'image', _sanityAsset: `image@file://./images/${file}`, alt: s.context.altText.get(`image-${file.split('-')[0]}`) ?? 'Illustrasjon' };
      return docEdit(s, 'editDraft', `swap the image of the draft ${doc._id} → ${file}${unused.includes(file) ? ' (used by no published document)' : ''} (no public change)`, doc, after);
    }
    after.title = `${baseName(String(doc.title))} – ${s.rng.pick(EXTRA_WORDS)}`;
    return docEdit(s, 'editDraft', `edit the draft ${doc._id} → «${after.title}» (no public change)`, doc, after);
  },
};

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

const EXTRA_WORDS = ['ekstraforestilling', 'nytt tidspunkt', 'for hele familien', 'gratis', 'jubileum', 'vinterutgave', 'åpen prøve', 'sørlandsk vri'];
const PREFIXES = ['Nytt', 'Ekstra', 'Siste sjanse', 'Populært'];
const VENUE_WORDS = ['store sal', 'lille sal', 'foajeen', 'bakgården'];

/** A title without what earlier edits added, so titles do not grow edit after edit. */
const baseName = (text: string) =>
  text
    .replace(/^(Nytt|Ekstra|Siste sjanse|Populært): /, '')
    .replace(/ – (ekstraforestilling|nytt tidspunkt|for hele familien|gratis|jubileum|vinterutgave|åpen prøve|sørlandsk vri|med gjester fra hele Telemark.*)$/, '')
    .replace(/ \((store sal|lille sal|foajeen|bakgården)\)$/, '');

const isPublic = (doc: Doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.');
const published = (s: State) => s.docs.filter(isPublic);

function pickPublished(s: State, accept: (doc: Doc) => boolean): Doc | undefined {
  const candidates = published(s).filter(accept);
  return candidates.length ? s.rng.pick(candidates) : undefined;
}

/** An event, three times out of four one that has not ended yet (those are on the lists). */
function pickEvent(s: State, accept: (doc: Doc) => boolean = () => true): Doc | undefined {
  const events = published(s).filter((d) => d._type === 'event' && accept(d));
  const upcoming = events.filter((e) => Date.parse(String(e.endsAt ?? e.startsAt)) > s.now);
  const pool = upcoming.length && s.rng.chance(0.75) ? upcoming : events;
  return pool.length ? s.rng.pick(pool) : undefined;
}

function setStatus(s: State, kind: EditKind, status: string): Edit | undefined {
  const event = pickEvent(s, (e) => e.status !== status);
  if (!event) return undefined;
  const after = touched(s, event);
  after.status = status;
  return docEdit(s, kind, `${kind} ${label(event)} (${String(event.status ?? 'scheduled')} → ${status})`, event, after);
}

/** A copy as the Studio publishes it: a new revision, updated within the last hour (or exactly now). */
function touched(s: State, doc: Doc): Doc {
  const copy = structuredClone(doc);
  copy._updatedAt = utcIso(s.now - s.rng.int(0, 59) * 60_000);
  copy._rev = s.rng.token(22);
  return copy;
}

const docEdit = (s: State, kind: EditKind, description: string, before: Doc, after: Doc): Edit => ({
  kind,
  description,
  changes: [{ id: before._id, before, after }],
  clock: s.clock,
});

const siteIds = (s: State) => published(s).filter((d) => d._type === 'site').map((d) => d._id);

/** A host site's acceptances (`crossListing.<slug>`) with the accepted event ids changed; created when the host has none. */
function acceptance(s: State, siteId: string, change: (ids: string[]) => string[]): DocumentChange {
  const id = `crossListing.${siteId.replace(/^site\./, '')}`;
  const before = published(s).find((d) => d._id === id);
  const after: Doc = before ? touched(s, before) : { _id: id, _type: 'crossListing', _createdAt: utcIso(s.now), _updatedAt: utcIso(s.now), _rev: s.rng.token(22), site: { _type: 'reference', _ref: siteId } };
  const ids = change(((before?.accepted as unknown[] | undefined) ?? []).map(refOf).filter((ref): ref is string => ref !== undefined));
  after.accepted = ids.map((ref) => ({ _key: s.rng.token(12), _type: 'reference', _ref: ref, _weak: true }));
  return { id, before, after };
}

function crossListCandidates(s: State, event: Doc): string[] {
  const taken = new Set([refOf(event.site), ...((event.alsoOn as unknown[] | undefined) ?? []).map(refOf)]);
  return siteIds(s).filter((id) => !taken.has(id));
}

const refOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string' ? (value as { _ref: string })._ref : undefined;

const isOpenAt = (doc: Doc, now: number) =>
  (typeof doc.startsAt !== 'string' || Date.parse(doc.startsAt) <= now) && (typeof doc.endsAt !== 'string' || Date.parse(doc.endsAt) > now);

const label = (doc: Doc) => `${doc._type} ${doc._id}${typeof (doc.title ?? doc.name) === 'string' ? ` «${String(doc.title ?? doc.name)}»` : ''}`;

// ── Time as editors write it ─────────────────────────────────────────────────────────────────

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** `2026-12-03T18:00:00+01:00`: a moment in Oslo wall-clock time with its offset, as the Studio writes it. */
export function osloIso(ms: number): string {
  const parts = Object.fromEntries(osloParts.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const offset = String(parts.timeZoneName).replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** `2026-12-03T17:00:00Z`: Sanity's own timestamps. */
export const utcIso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
