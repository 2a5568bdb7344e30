/**
 * /arrangementer/data.json — what <event-filter> needs to filter the list in place and to
 * draw a card like EventCard does: only upcoming events, only the fields a filter reads or
 * a card shows (text already formatted in the site's language, image URLs already sized), and the
 * names of every filter value.
 */
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import images from 'virtual:fasett/images';
import { currentSiteData, type EventItem } from '../../content/site-data.ts';
import { objectPosition, sanityImageSrcset } from '../../content/images.ts';
import { formatDate } from '../../format/datetime.ts';
import { eventWhen, streamLink } from '../../site/event-status.ts';
import { formatPrice } from '../../format/price.ts';
import { paths } from '../../site/paths.ts';
import { statusInfo } from '../../site/status.ts';
import type { ListEvent } from '../../elements/event-query.ts';
import { facetsOf, filterable, namesOf, todayOf } from './list-model.ts';
import { CARD_IMAGE_SIZES } from '../../components/card-sizes.ts';
import { IMAGE_QUALITY, srcsetWidths } from '../../components/image-widths.ts';
import type { Locale } from '../../i18n/index.ts';

// The same files and sizes as the list's EventCard (<Picture width={400} aspect={1.5}>, layout
// "list"), so a card <event-filter> draws fetches what the page's own cards fetched.
const CARD_WIDTH = 400;
const CARD_ASPECT = 1.5;
const CARD_SIZES = CARD_IMAGE_SIZES.list;

async function cardImage(event: EventItem): Promise<ListEvent['image']> {
  const image = event.image;
  const asset = image?.asset;
  if (!asset) return undefined;
  const height = Math.round(CARD_WIDTH / CARD_ASPECT);
  const position = objectPosition(image);
  const meta = asset._id ? images[asset._id] : undefined;
  const widths = srcsetWidths(CARD_WIDTH, meta?.width);
  if (meta) {
    const result = await getImage({
      src: meta,
      widths,
      sizes: CARD_SIZES,
      width: CARD_WIDTH,
      height,
      fit: 'cover',
      position,
      format: 'webp',
      quality: IMAGE_QUALITY,
    });
    return { src: result.src, srcset: result.srcSet.attribute, sizes: CARD_SIZES, width: CARD_WIDTH, height, position };
  }
  if (!asset.url) return undefined;
  const live = sanityImageSrcset(image, widths, CARD_ASPECT);
  return { src: live.src, srcset: live.srcset, sizes: CARD_SIZES, width: CARD_WIDTH, height, position };
}

async function listEvent(event: EventItem, locale: Locale): Promise<ListEvent> {
  const f = filterable(event);
  const status = statusInfo(event.status, locale);
  const when = eventWhen(event, locale);
  const item: ListEvent = {
    slug: event.slug ?? '',
    title: event.title ?? '',
    url: paths.event(event.slug ?? ''),
    startsAt: event.startsAt ?? '',
    endsAt: event.endsAt ?? event.startsAt ?? '',
    startDay: f.startDay,
    endDay: f.endDay,
    dayLabel: formatDate(new Date(`${f.startDay}T12:00:00Z`), { locale }),
    when: when.text,
    categories: f.categories,
    audiences: f.audiences,
    free: f.free,
  };
  if (!when.datetime) item.whenValid = false;
  if (when.previous) item.previousWhen = when.previous;
  const stream = streamLink(event);
  if (stream) item.streamUrl = stream;
  if (status) {
    item.status = event.status!;
    item.statusLabel = status.label;
  }
  if (event.venue?.slug && event.venue.name) item.venue = { slug: event.venue.slug, name: event.venue.name };
  const price = formatPrice(event.price, locale);
  if (price) item.price = price;
  const image = await cardImage(event);
  if (image) item.image = image;
  return item;
}

export const GET: APIRoute = async () => {
  const data = await currentSiteData();
  const names = namesOf(data);
  const facets = facetsOf(data);
  const body = {
    generatedAt: data.now.toISOString(),
    today: todayOf(data),
    siteTitle: data.site.title,
    names: {
      categories: Object.fromEntries(names.categories),
      audiences: Object.fromEntries(names.audiences),
      venues: Object.fromEntries(names.venues),
    },
    // Values with upcoming events: what the form offers.
    offered: {
      categories: facets.categories.map((c) => c.slug),
      audiences: facets.audiences.map((a) => a.slug),
      venues: facets.venues.map((v) => v.slug),
      months: facets.months.map((m) => m.slug),
    },
    events: await Promise.all(data.upcoming.filter((e) => e.slug).map((event) => listEvent(event, data.config.locale))),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
