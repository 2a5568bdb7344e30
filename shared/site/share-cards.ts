/**
 * What each page's share card shows, built from the same content the page shows. The card
 * renderer (shared/cards) turns it into PNGs; this module only decides the words and image.
 */
import type { CardFormat, CardImage, CardInput, CardSize } from '../cards/types.ts';
import { CARD_EXTENSIONS, cardFormatFor } from '../cards/sizes.ts';
import { absolute } from './paths.ts';
import type { Theme } from '../../themes/types.ts';
import type { ArticleItem, CampaignItem, EventItem, PageItem, SiteData } from '../content/site-data.ts';
import type { ContentImage } from '../content/images.ts';
import { sanityImageUrl } from '../content/images.ts';
import { formatDate } from '../format/datetime.ts';
import { wordsFor } from '../i18n/index.ts';
import { eventWhen, streamLink } from './event-status.ts';
import { formatProgramme } from './campaign-programme.ts';

export type CardSection = 'arrangementer' | 'kampanjer' | 'nyheter' | 'sider';

/** `/kort/arrangementer/<slug>-og.jpg` — the public path of a card (.jpg with a photo, .png without). */
export const cardPath = (section: CardSection, slug: string, size: CardSize = 'og', format: CardFormat = 'png') =>
  `/kort/${section}/${slug}-${size}.${CARD_EXTENSIONS[format]}`;

/** The format of a card showing this image field: decided by the field, so a page knows its card's URL before it is drawn. */
export const formatOf = (image: { asset?: { _id?: string | null } | null } | null | undefined): CardFormat =>
  cardFormatFor(Boolean(image?.asset?._id));

export const homeCardPath = (data: Pick<SiteData, 'site'>, size: CardSize = 'og') =>
  `/kort/forside-${size}.${CARD_EXTENSIONS[formatOf(data.site.shareImage)]}`;
export const eventCardPath = (event: EventItem, size: CardSize = 'og') => cardPath('arrangementer', event.slug ?? '', size, formatOf(event.image));
export const campaignCardPath = (campaign: CampaignItem, size: CardSize = 'og') =>
  cardPath('kampanjer', campaign.slug ?? '', size, formatOf(campaign.hero?.image));
export const articleCardPath = (article: ArticleItem) => cardPath('nyheter', article.slug ?? '', 'og', formatOf(article.image));
export const pageCardPath = (page: PageItem, data: Pick<SiteData, 'site'>) =>
  cardPath('sider', page.slug ?? '', 'og', formatOf(page.seo?.shareImage ?? data.site.shareImage));

/**
 * The site that draws an event's cards: its owner, when Fasett builds the owner too. A site that
 * only cross-lists the event points to the owner's card (its page's canonical URL and og:url are
 * the owner's, so crawlers take the owner's card anyway) and draws none of its own.
 */
export function cardOwnerOf(event: EventItem, data: Pick<SiteData, 'config' | 'siteConfigs'>) {
  const owner = data.siteConfigs.get(event.site?.slug ?? '');
  return owner && owner.slug !== data.config.slug ? owner : data.config;
}

/** An event's link card as an absolute URL, on the site that draws it. */
export const eventCardUrl = (event: EventItem, data: Pick<SiteData, 'config' | 'siteConfigs'>) =>
  absolute(cardOwnerOf(event, data).url, eventCardPath(event));

/** The image file (dataset on disk) or bytes (live project) behind an image field. */
export async function cardImage(image: ContentImage | null | undefined, data: SiteData): Promise<CardImage | undefined> {
  const assetId = image?.asset?._id;
  if (!assetId) return undefined;
  const file = data.source.assetFile(assetId);
  if (file) return { path: file };
  try {
    const response = await fetch(sanityImageUrl(image!, 1200));
    if (!response.ok) return undefined;
    return { buffer: Buffer.from(await response.arrayBuffer()) };
  } catch {
    return undefined; // the card falls back to the themed pattern and reports it
  }
}

const online = (data: SiteData) => wordsFor(data.config.locale).event.online;

export async function eventCard(event: EventItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'event',
    title: event.title ?? '',
    eyebrow: event.categories?.[0]?.title ?? undefined,
    // A postponed event's card says «Ny dato kommer», never the date it no longer has.
    dateText: eventWhen(event, data.config.locale).text || undefined,
    venueText: event.status === 'movedOnline' ? online(data) : (event.venue?.name ?? (streamLink(event) ? online(data) : undefined)),
    status: event.status ?? undefined,
    locale: data.config.locale,
    siteTitle: event.site?.title ?? data.site.title ?? '',
    image: await cardImage(event.image, data),
    format: formatOf(event.image),
    theme,
  };
}

export async function campaignCard(campaign: CampaignItem, data: SiteData, theme: Theme): Promise<CardInput> {
  // The programme's days (the festival), never the publication window; no label of ours above the title.
  return {
    kind: 'campaign',
    title: campaign.hero?.heading ?? campaign.title ?? '',
    dateText: formatProgramme(campaign, data.config.locale),
    venueText: campaign.hero?.subheading ?? undefined,
    siteTitle: data.site.title ?? '',
    accent: campaign.accent ?? undefined,
    image: await cardImage(campaign.hero?.image, data),
    format: formatOf(campaign.hero?.image),
    theme,
  };
}

export async function articleCard(article: ArticleItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'article',
    title: article.title ?? '',
    eyebrow: wordsFor(data.config.locale).news.cardEyebrow,
    dateText: article.publishedAt ? formatDate(new Date(article.publishedAt), { locale: data.config.locale }) : undefined,
    siteTitle: data.site.title ?? '',
    image: await cardImage(article.image, data),
    format: formatOf(article.image),
    theme,
  };
}

export async function pageCard(page: PageItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'page',
    title: page.title ?? '',
    siteTitle: data.site.title ?? '',
    image: await cardImage(page.seo?.shareImage ?? data.site.shareImage, data),
    format: formatOf(page.seo?.shareImage ?? data.site.shareImage),
    theme,
  };
}

export async function homeCard(data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'home',
    title: data.site.title ?? '',
    venueText: data.site.tagline ?? undefined,
    siteTitle: data.site.title ?? '',
    image: await cardImage(data.site.shareImage, data),
    format: formatOf(data.site.shareImage),
    theme,
  };
}
