/**
 * A campaign's featured events: its ordered references first, then events matching its
 * filter (any listed category and any listed audience), upcoming only, each once.
 */
import type { CampaignItem, EventItem } from '../content/site-data.ts';

export function campaignEvents(campaign: CampaignItem, upcoming: EventItem[]): EventItem[] {
  const byId = new Map(upcoming.map((e) => [e._id, e]));
  const chosen = (campaign.eventIds ?? []).map((id) => byId.get(id ?? '')).filter((e): e is EventItem => !!e);
  const categories = new Set(campaign.filterCategoryIds ?? []);
  const audiences = new Set(campaign.filterAudienceIds ?? []);
  const hasFilter = categories.size > 0 || audiences.size > 0;
  const matches = hasFilter
    ? upcoming.filter(
        (e) =>
          (categories.size === 0 || (e.categories ?? []).some((c) => categories.has(c._id))) &&
          (audiences.size === 0 || (e.audiences ?? []).some((a) => audiences.has(a._id))),
      )
    : [];
  const seen = new Set<string>();
  return [...chosen, ...matches].filter((e) => (seen.has(e._id) ? false : (seen.add(e._id), true)));
}

export type CampaignPhase = 'upcoming' | 'live' | 'over';

export function campaignPhase(campaign: Pick<CampaignItem, 'startsAt' | 'endsAt'>, at: Date): CampaignPhase {
  if (campaign.startsAt && at < new Date(campaign.startsAt)) return 'upcoming';
  if (campaign.endsAt && at > new Date(campaign.endsAt)) return 'over';
  return 'live';
}
