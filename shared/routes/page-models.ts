/**
 * The view models of the routes with one page per document: what each page renders from,
 * besides the chrome (shared/site/chrome-model.ts). Computed once per site and build; the
 * routes hand them to their pages as props and key each page on its model's hash.
 */
import { isUpcoming, type ArticleItem, type EventItem, type PageItem, type SiteData } from '../content/site-data.ts';
import { campaignView, type CampaignView } from './campaigns/campaign-model.ts';
import { pagePath } from '../elements/event-query.ts';
import { paths } from '../site/paths.ts';
import { PAGE_SIZE, pageCount } from '../site/pagination.ts';
import { relatedEvents } from '../site/related.ts';
import { canAddToCalendar } from '../site/event-status.ts';
import { audienceHref, entranceOfPage } from './audiences/audience-model.ts';
import { reservedSlugs } from '../site/reserved.ts';
import { routeModels } from '../build/page-model.ts';

export interface EventPageModel {
  event: EventItem;
  /** "Du vil kanskje også like": upcoming events like this one. */
  related: EventItem[];
  /** Not over yet. */
  upcoming: boolean;
  /** Offered while the event has a valid, coming date (site/event-status.ts). */
  addToCalendar: boolean;
  /** The event's audiences, each leading to its entrance when the site offers one, else to the filtered list. */
  audienceLinks: Array<{ title: string; href: string }>;
}

export const eventPages = (data: SiteData) =>
  routeModels(data, 'event', () =>
    data.events.map((event): [string, EventPageModel] => [
      event.slug!,
      {
        event,
        related: relatedEvents(event, data.upcoming, 3),
        upcoming: isUpcoming(event, data.now),
        addToCalendar: canAddToCalendar(event, data.now),
        audienceLinks: (event.audiences ?? []).map((a) => ({ title: a.title ?? '', href: audienceHref(data, a.slug ?? '') })),
      },
    ]),
  );

/** An event's calendar file renders from the event (owners' addresses are in the chrome). */
export const eventCalendars = (data: SiteData) =>
  routeModels(data, 'event.ics', () => data.events.map((event): [string, { event: EventItem }] => [event.slug!, { event }]));

/** A news page renders from its article. */
export const articlePages = (data: SiteData) =>
  routeModels(data, 'article', () =>
    data.config.features.news ? data.articles.map((article): [string, { article: ArticleItem }] => [article.slug!, { article }]) : [],
  );

/**
 * An editorial page renders from its document; reserved slugs belong to other routes. A page
 * that is an audience entrance's introduction leads to the entrance instead (one page per group).
 */
export const editorialPages = (data: SiteData) =>
  routeModels(data, 'page', () =>
    data.pages
      .filter((page) => page.slug && !reservedSlugs.has(page.slug))
      .map((page): [string, { page: PageItem; entrance?: string }] => [page.slug!, { page, entrance: entranceOfPage(data, page.slug!)?.audience.slug ?? undefined }]),
  );

/** One page of a campaign: what the campaign shows (campaign-model.ts) and its events on this page. */
export interface CampaignPageModel {
  view: CampaignView;
  page: number;
  total: number;
  /** The campaign's events, on every page. */
  count: number;
  events: EventItem[];
}

/** Every page of every campaign the site shows (in a preview, also those not public yet), by its path. */
export const campaignPages = (data: SiteData) =>
  routeModels(data, 'campaign', () =>
    !data.config.features.campaigns
      ? []
      : [...data.campaignsBySlug.values()].flatMap((campaign) => {
          const view = campaignView(data, campaign);
          const total = pageCount(view.events.length);
          return Array.from({ length: total }, (_, i): [string, CampaignPageModel] => [
            pagePath(paths.campaign(campaign.slug ?? ''), i + 1),
            { view, page: i + 1, total, count: view.events.length, events: view.events.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) },
          ]);
        }),
  );
