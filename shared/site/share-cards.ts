/**
 * What each page's share card shows, built from the same content the page shows. The card
 * renderer (shared/cards) turns it into PNGs; this module only decides the words and image.
 */
import type { CardImage, CardInput, CardSize } from '../cards/types.ts';
import type { Theme } from '../../themes/types.ts';
import type { ArticleItem, CampaignItem, EventItem, PageItem, SiteData } from '../content/site-data.ts';
import type { ContentImage } from '../content/images.ts';
import { sanityImageUrl } from '../content/images.ts';
import { formatDate } from '../format/datetime.ts';
import { eventWhen, streamLink } from './event-status.ts';
import { formatProgramme } from './campaign-programme.ts';

export type CardSection = 'arrangementer' | 'kampanjer' | 'nyheter' | 'sider';

/** `/kort/arrangementer/<slug>-og.png` — the public path of a card. */
export const cardPath = (section: CardSection, slug: string, size: CardSize = 'og') => `/kort/${section}/${slug}-${size}.png`;
export const homeCardPath = (size: CardSize = 'og') => `/kort/forside-${size}.png`;

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

export async function eventCard(event: EventItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'event',
    title: event.title ?? '',
    eyebrow: event.categories?.[0]?.title ?? undefined,
    // A postponed event's card says «Ny dato kommer», never the date it no longer has.
    dateText: eventWhen(event).text || undefined,
    venueText: event.status === 'movedOnline' ? 'Digitalt' : (event.venue?.name ?? (streamLink(event) ? 'Digitalt' : undefined)),
    status: event.status ?? undefined,
    siteTitle: event.site?.title ?? data.site.title ?? '',
    image: await cardImage(event.image, data),
    theme,
  };
}

export async function campaignCard(campaign: CampaignItem, data: SiteData, theme: Theme): Promise<CardInput> {
  // The programme's days (the festival), never the publication window; no label of ours above the title.
  return {
    kind: 'campaign',
    title: campaign.hero?.heading ?? campaign.title ?? '',
    dateText: formatProgramme(campaign),
    venueText: campaign.hero?.subheading ?? undefined,
    siteTitle: data.site.title ?? '',
    accent: campaign.accent ?? undefined,
    image: await cardImage(campaign.hero?.image, data),
    theme,
  };
}

export async function articleCard(article: ArticleItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'article',
    title: article.title ?? '',
    eyebrow: 'Nyhet',
    dateText: article.publishedAt ? formatDate(new Date(article.publishedAt)) : undefined,
    siteTitle: data.site.title ?? '',
    image: await cardImage(article.image, data),
    theme,
  };
}

export async function pageCard(page: PageItem, data: SiteData, theme: Theme): Promise<CardInput> {
  return {
    kind: 'page',
    title: page.title ?? '',
    siteTitle: data.site.title ?? '',
    image: await cardImage(page.seo?.shareImage ?? data.site.shareImage, data),
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
    theme,
  };
}
