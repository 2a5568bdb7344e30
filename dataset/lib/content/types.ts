import type { BlockSource } from '../portable-text.ts';

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'soldOut' | 'movedOnline';
export const EVENT_STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'soldOut', 'movedOnline'];

export type SiteSlug = 'bydelshus' | 'appelsinia' | 'ibsenbiblioteket';
export const SITE_SLUGS: readonly SiteSlug[] = ['bydelshus', 'appelsinia', 'ibsenbiblioteket'];

/** Theme names are the base sites' slugs; extra sites in scale mode reuse them. */
export type ThemeName = SiteSlug;

/** The accents each theme offers; a campaign may only pick among its site theme's keys. */
export const THEME_ACCENTS: Record<ThemeName, readonly string[]> = {
  bydelshus: ['fjord', 'skog', 'solsikke', 'kveld'],
  appelsinia: ['fjord', 'skog', 'appelsin', 'lilla'],
  ibsenbiblioteket: ['fjord', 'skog', 'blekk', 'rosin'],
};

export type Price = { free: true } | { free: false; amount: number; note?: string };

export const FREE: Price = { free: true };
export function paid(amount: number, note?: string): Price {
  return note === undefined ? { free: false, amount } : { free: false, amount, note };
}

export interface Accessibility {
  wheelchair?: boolean;
  hearingLoop?: boolean;
  signLanguage?: boolean;
  note?: string;
}

/**
 * An event as written in the content files. `when` holds one entry per occurrence, in the
 * default calendar (start 2026-12-01):
 *   "2026-12-05 11:00-15:00"                    same day
 *   "2027-01-29 18:00 → 2027-01-31 14:00"       over several days
 * optionally followed by a status: "2027-02-19 19:00-21:30 cancelled".
 * Several occurrences become separate documents whose slugs end with the date.
 */
export interface EventSeed {
  title: string;
  /** The event's own language when it is not the site's (bokmål), e.g. "se": a code from shared/rules/languages.ts. */
  language?: string;
  when: string[];
  summary: string;
  /** Omitted on purpose for a few events: they must still render well. */
  body?: BlockSource[];
  venue?: string;
  categories?: string[];
  audiences?: string[];
  /** Artwork name; `null` means deliberately without an image. */
  image: string | null;
  imageAlt?: string;
  price: Price;
  ticketUrl?: string;
  accessibility?: Accessibility;
  ageRange?: { min?: number; max?: number };
  alsoOn?: SiteSlug[];
  /** The stream of an online or hybrid event (https). */
  streamUrl?: string;
  /**
   * Changes of time or status as the editor recorded them, oldest first, in the default
   * calendar. Without it, an event whose status is not "scheduled" gets one change a week
   * before the sample's start (a rescheduled one moved a week later than planned).
   */
  changes?: ChangeSeed[];
}

export interface ChangeSeed {
  /** When the change was made: "2026-11-23 09:30". */
  at: string;
  status: EventStatus;
  /** The start before the change, when the time moved: "2027-04-29 19:00". */
  previousStart?: string;
}

export interface VenueSeed {
  slug: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  accessibility: string;
  wheelchair: boolean;
  hearingLoop: boolean;
}
