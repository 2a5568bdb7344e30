/**
 * What a campaign page, the /kampanjer/ overview and the home page show of a campaign:
 * its phase, its programme days, its events and its schema.org description. Computed from
 * the site data once per campaign; the .astro files only render it.
 */
import type { CampaignItem, EventItem, SiteData } from '../../content/site-data.ts';
import { campaignEvents, campaignPhase, formatProgramme, programmeOf, type CampaignPhase } from '../../site/campaign-programme.ts';
import { isCampaignPublic } from '../../content/publication.ts';
import { formatDate } from '../../format/datetime.ts';
import { absolute, paths } from '../../site/paths.ts';
import { campaignCardPath } from '../../site/share-cards.ts';
import { dateIsPending } from '../../site/event-status.ts';

export interface CampaignView {
  campaign: CampaignItem;
  phase: CampaignPhase;
  /** "20.–22. august 2027", or undefined for an open-ended campaign. */
  programmeText?: string;
  programme: { first?: string; last?: string };
  /** Its events (none once it is over): hand-picked first, then the filter's within the programme. */
  events: EventItem[];
  /** Only in a preview: the campaign is not public yet, and this is when it will be. */
  opensText?: string;
}

const views = new WeakMap<SiteData, Map<string, CampaignView>>();

export function campaignView(data: SiteData, campaign: CampaignItem): CampaignView {
  let bySite = views.get(data);
  if (!bySite) views.set(data, (bySite = new Map()));
  const known = bySite.get(campaign._id);
  if (known) return known;
  const phase = campaignPhase(campaign, data.now);
  const view: CampaignView = {
    campaign,
    phase,
    programmeText: formatProgramme(campaign, data.config.locale),
    programme: programmeOf(campaign),
    events: phase === 'past' ? [] : campaignEvents(campaign, data.upcoming),
    opensText: !isCampaignPublic(campaign, data.now) && campaign.startsAt ? formatDate(new Date(campaign.startsAt), { locale: data.config.locale }) : undefined,
  };
  bySite.set(campaign._id, view);
  return view;
}

/** /kampanjer/: what is on now, what is coming (its window open, its programme ahead), and the archive. */
export function campaignOverview(data: SiteData): Record<CampaignPhase, CampaignView[]> {
  const all = data.campaigns.map((c) => campaignView(data, c));
  const byFirstDay = (a: CampaignView, b: CampaignView) => (a.programme.first ?? '').localeCompare(b.programme.first ?? '');
  return {
    current: all.filter((v) => v.phase === 'current').sort(byFirstDay),
    coming: all.filter((v) => v.phase === 'coming').sort(byFirstDay),
    past: all.filter((v) => v.phase === 'past').sort((a, b) => byFirstDay(b, a)),
  };
}

/** The home page's «Aktuelt nå»: public campaigns inside their window that are not over. */
export function promotedCampaigns(data: SiteData): CampaignView[] {
  const { current, coming } = campaignOverview(data);
  return [...current, ...coming].filter((v) => !v.campaign.endsAt || data.now.getTime() <= Date.parse(v.campaign.endsAt));
}

/** schema.org EventSeries for the campaign page: the programme days and the events in it. */
export function campaignJsonLd(data: SiteData, view: CampaignView): Record<string, unknown> {
  const { campaign } = view;
  const url = absolute(data.config.url, paths.campaign(campaign.slug ?? ''));
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    '@id': url,
    name: campaign.title,
    description: campaign.hero?.subheading ?? campaign.shareText ?? undefined,
    url,
    startDate: view.programme.first,
    endDate: view.programme.last,
    image: [absolute(data.config.url, campaignCardPath(campaign))],
    inLanguage: data.config.locale,
    organizer: { '@type': 'Organization', name: data.site.title, url: data.config.url },
    subEvent: view.events.map((event) => {
      const owner = data.siteConfigs.get(event.site?.slug ?? '') ?? data.config;
      return { '@type': 'Event', '@id': absolute(owner.url, paths.event(event.slug ?? '')), name: event.title, url: absolute(owner.url, paths.event(event.slug ?? '')), startDate: dateIsPending(event) ? undefined : event.startsAt };
    }),
  };
}
