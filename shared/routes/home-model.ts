/**
 * What the home page opens with: the highlight (a campaign that is on now or coming, else the
 * next event worth showing), and the sections after the hero in the order the theme (or the
 * site's config) chooses. The highlight is not repeated in the sections below it.
 */
import type { EventItem, SiteData } from '../content/site-data.ts';
import type { ContentImage } from '../content/images.ts';
import type { HeroKind, HomeSection } from '../../themes/types.ts';
import { promotedCampaigns, type CampaignView } from './campaigns/campaign-model.ts';

export type Highlight =
  | { kind: 'campaign'; view: CampaignView }
  | { kind: 'event'; event: EventItem };

export interface HomeModel {
  highlight?: Highlight;
  campaigns: CampaignView[];
  upcoming: EventItem[];
  sections: HomeSection[];
}

/** An event a visitor can go to: not cancelled, postponed or sold out. Pictures first. */
function nextEvent(upcoming: EventItem[]): EventItem | undefined {
  const open = upcoming.filter((e) => !e.status || e.status === 'scheduled' || e.status === 'rescheduled' || e.status === 'movedOnline');
  return open.find((e) => e.image?.asset) ?? open[0];
}

export function homeModel(data: SiteData, sections: HomeSection[]): HomeModel {
  const promoted = data.config.features.campaigns ? promotedCampaigns(data) : [];
  const running = promoted.find((view) => view.phase === 'current') ?? promoted[0];
  const event = running ? undefined : nextEvent(data.upcoming);
  const highlight: Highlight | undefined = running ? { kind: 'campaign', view: running } : event ? { kind: 'event', event } : undefined;
  return {
    highlight,
    campaigns: promoted.filter((view) => view !== running),
    upcoming: data.upcoming.filter((e) => e !== event).slice(0, 6),
    sections: sections.filter((s) => s !== 'news' || data.config.features.news),
  };
}

/**
 * The highlight's picture, when the hero shows one (an illustrated hero draws a calendar leaf
 * instead). It is the page's largest picture on the first screen, and the one fetched first.
 */
export function heroPicture(highlight: Highlight | undefined, kind: HeroKind): ContentImage | undefined {
  if (!highlight || kind === 'illustration') return undefined;
  const image = highlight.kind === 'campaign' ? highlight.view.campaign.hero?.image : highlight.event.image;
  return image?.asset ? image : undefined;
}
