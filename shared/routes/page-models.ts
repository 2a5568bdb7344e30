/**
 * The view models of the routes with one page per document: what each page renders from,
 * besides the chrome (shared/site/chrome-model.ts). Computed once per site and build; the
 * routes hand them to their pages as props and key each page on its model's hash.
 */
import { isUpcoming, type ArticleItem, type CampaignItem, type EventItem, type PageItem, type SiteData } from '../content/site-data.ts';
import { campaignEvents, campaignPhase } from '../site/campaign-events.ts';
import { pagePath } from '../elements/event-query.ts';
import { paths } from '../site/paths.ts';
import { PAGE_SIZE, pageCount } from '../site/pagination.ts';
import { relatedEvents } from '../site/related.ts';
import { reservedSlugs } from '../site/reserved.ts';
import { routeModels } from '../build/page-model.ts';

export interface EventPageModel {
  event: EventItem;
  /** "Du vil kanskje også like": upcoming events like this one. */
  related: EventItem[];
  /** Not over yet (tickets and add-to-calendar are offered). */
  upcoming: boolean;
}

export const eventPages = (data: SiteData) =>
  routeModels(data, 'event', () =>
    data.events.map((event): [string, EventPageModel] => [
      event.slug!,
      { event, related: relatedEvents(event, data.upcoming, 3), upcoming: isUpcoming(event, data.now) },
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

/** An editorial page renders from its document; reserved slugs belong to other routes. */
export const editorialPages = (data: SiteData) =>
  routeModels(data, 'page', () =>
    data.pages.filter((page) => page.slug && !reservedSlugs.has(page.slug)).map((page): [string, { page: PageItem }] => [page.slug!, { page }]),
  );

/** One page of a campaign: the campaign, where it is in its window, and its events on this page. */
export interface CampaignPageModel {
  campaign: CampaignItem;
  phase: ReturnType<typeof campaignPhase>;
  page: number;
  total: number;
  /** The campaign's events, on every page. */
  count: number;
  events: EventItem[];
}

/** Every page of every campaign, by its path. */
export const campaignPages = (data: SiteData) =>
  routeModels(data, 'campaign', () =>
    !data.config.features.campaigns
      ? []
      : data.campaigns.flatMap((campaign) => {
          const phase = campaignPhase(campaign, data.now);
          const featured = phase === 'over' ? [] : campaignEvents(campaign, data.upcoming);
          const total = pageCount(featured.length);
          return Array.from({ length: total }, (_, i): [string, CampaignPageModel] => [
            pagePath(paths.campaign(campaign.slug ?? ''), i + 1),
            { campaign, phase, page: i + 1, total, count: featured.length, events: featured.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) },
          ]);
        }),
  );
