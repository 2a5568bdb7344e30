/**
 * A campaign's programme: the first and last day of the festival or season (Oslo calendar
 * days), apart from its publication window (`startsAt`–`endsAt`, when the page is promoted).
 * Which events it shows, which phase it is in, and how its dates read. Pure: the build, the
 * rulebook (campaign.eventsInProgramme) and the tests share it.
 */
import { formatDayRange, osloDay } from '../format/datetime.ts';
import type { Locale } from '../i18n/locales.ts';

export interface CampaignDates {
  startsAt?: string | null;
  endsAt?: string | null;
  programmeStartsOn?: string | null;
  programmeEndsOn?: string | null;
}

/** Oslo calendar days, YYYY-MM-DD; a missing end is open. */
export interface Programme {
  first?: string;
  last?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (instant: string | null | undefined) => {
  if (!instant) return undefined;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? undefined : osloDay(new Date(time));
};

/** The programme days; without programme dates, the days of the publication window. */
export function programmeOf(campaign: CampaignDates): Programme {
  const first = campaign.programmeStartsOn && DAY.test(campaign.programmeStartsOn) ? campaign.programmeStartsOn : dayOf(campaign.startsAt);
  const last = campaign.programmeEndsOn && DAY.test(campaign.programmeEndsOn) ? campaign.programmeEndsOn : dayOf(campaign.endsAt);
  return { first, last };
}

/** "20.–22. august 2027"; undefined when either end is open. Bokmål unless told (the rulebook's messages are). */
export function formatProgramme(campaign: CampaignDates, locale: Locale = 'nb'): string | undefined {
  const { first, last } = programmeOf(campaign);
  return first && last ? formatDayRange(first, last, locale) : undefined;
}

export interface ProgrammeEvent {
  _id: string;
  startsAt?: string | null;
  endsAt?: string | null;
  status?: string | null;
  categories?: Array<{ _id: string }> | null;
  audiences?: Array<{ _id: string }> | null;
}

/** True when the event takes place on at least one day of the programme. */
export function isInProgramme(event: Pick<ProgrammeEvent, 'startsAt' | 'endsAt'>, programme: Programme): boolean {
  const start = dayOf(event.startsAt);
  if (!start) return false;
  const end = dayOf(event.endsAt) ?? start;
  return (!programme.last || start <= programme.last) && (!programme.first || end >= programme.first);
}

export interface CampaignSelection extends CampaignDates {
  eventIds?: Array<string | null> | null;
  filterCategoryIds?: Array<string | null> | null;
  filterAudienceIds?: Array<string | null> | null;
}

/** Does the event match the campaign's filter (any listed category and any listed audience)? */
export function matchesFilter(campaign: CampaignSelection, event: ProgrammeEvent): boolean {
  const categories = new Set(campaign.filterCategoryIds ?? []);
  const audiences = new Set(campaign.filterAudienceIds ?? []);
  if (categories.size === 0 && audiences.size === 0) return false;
  return (
    (categories.size === 0 || (event.categories ?? []).some((c) => categories.has(c._id))) &&
    (audiences.size === 0 || (event.audiences ?? []).some((a) => audiences.has(a._id)))
  );
}

/**
 * A campaign's events, from the events given (the site's upcoming ones): the hand-picked ones
 * first, in the editor's order; then the filter's events inside the programme days, by start,
 * leaving out cancelled ones (a filter should not advertise them); each once.
 */
export function campaignEvents<E extends ProgrammeEvent>(campaign: CampaignSelection, events: readonly E[]): E[] {
  const byId = new Map(events.map((e) => [e._id, e]));
  const chosen = (campaign.eventIds ?? []).map((id) => byId.get(id ?? '')).filter((e): e is E => !!e);
  const programme = programmeOf(campaign);
  const matches = events.filter((e) => e.status !== 'cancelled' && matchesFilter(campaign, e) && isInProgramme(e, programme));
  const seen = new Set<string>();
  return [...chosen, ...matches].filter((e) => (seen.has(e._id) ? false : (seen.add(e._id), true)));
}

/** coming: the window is open, the programme ahead; current: the programme is on; past: over, archived. */
export type CampaignPhase = 'coming' | 'current' | 'past';

export function campaignPhase(campaign: CampaignDates, at: Date): CampaignPhase {
  if (campaign.endsAt && at.getTime() > Date.parse(campaign.endsAt)) return 'past';
  const { first, last } = programmeOf(campaign);
  const today = osloDay(at);
  if (last && today > last) return 'past';
  if (first && today < first) return 'coming';
  return 'current';
}

