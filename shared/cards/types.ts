// The share-card contract: what a caller hands the renderer and what it gets back.
import type { CardLayout, Theme } from '../../themes/types.ts';
import type { CardFonts } from './fonts.ts';
import type { EventStatus } from '../site/status.ts';
import type { Locale } from '../i18n/locales.ts';

export type CardKind = 'event' | 'campaign' | 'page' | 'article' | 'home';
export type CardSize = 'og' | 'square' | 'story';
/**
 * A card's file format, chosen from what it shows (sizes.ts cardFormatFor): JPEG where a photo
 * dominates (a photo in PNG is 3–10 times the bytes and needs a palette quantiser to stay within
 * the limit), PNG for flat artwork (exact brand colours, crisp text, small files).
 */
export type CardFormat = 'png' | 'jpeg';
export type CardStatus = EventStatus;

/** The event's (or campaign's) image: a file on disk or its bytes. */
export type CardImage = { path: string } | { buffer: Buffer };

export interface CardInput {
  kind: CardKind;
  title: string;
  /** Above the title: an event's category. */
  eyebrow?: string;
  /** Already formatted in the site's language, e.g. "lørdag 5. desember kl. 19.00" (nynorsk «laurdag …»). */
  dateText?: string;
  venueText?: string;
  status?: CardStatus;
  /** The language of the card's own words (the status badge); bokmål when not given. */
  locale?: Locale;
  siteTitle: string;
  /** A key of theme.accents; colours the eyebrow and the themed pattern. */
  accent?: string;
  image?: CardImage;
  /** Default png; share-cards.ts sets jpeg when the document has a photo (sizes.ts cardFormatFor). */
  format?: CardFormat;
  theme: Theme;
}

export type CardProblemRule =
  | 'glyph-missing'
  | 'text-overflow'
  | 'title-clamped'
  | 'card-blank'
  | 'file-too-large'
  | 'image-missing'
  | 'image-corrupt'
  | 'image-blank'
  | 'accent-unknown';

export interface CardProblem {
  rule: CardProblemRule;
  /** error: the card must not be published as is; warning: published, but someone should look. */
  severity: 'error' | 'warning';
  /** Norwegian, for editors: what is wrong and what to do. */
  message: string;
}

export interface CardResult {
  /** The encoded file: PNG or JPEG, as `format` says. */
  png: Buffer;
  format: CardFormat;
  width: number;
  height: number;
  problems: CardProblem[];
}

export interface RenderOptions {
  /** Largest acceptable PNG in bytes (default 300 KB); tests inject a tiny one. */
  maxBytes?: number;
}

/** A card's input resolved to what it shows: normalised text, the theme's design, the image bytes. */
export interface PreparedCard {
  content: CardText;
  format: CardFormat;
  design: CardDesign;
  image: ImageBytes;
  /** Problems known before drawing (unknown accent, unreadable image). */
  problems: CardProblem[];
}

/** A card's pixels: RGB, 3 bytes a pixel, row by row. */
export interface CardPixels {
  data: Buffer;
  width: number;
  height: number;
}

export interface CardText {
  kind: CardKind;
  title: string;
  eyebrow?: string;
  dateText?: string;
  venueText?: string;
  siteTitle: string;
}

export interface TitleCandidate {
  key: string;
  text: string;
  fontSize: number;
  /** Measure the text on one line (a single long word's width). */
  nowrap?: boolean;
}

export interface TitleFit {
  text: string;
  fontSize: number;
  /** Set only when even the smallest size cannot hold the whole title. */
  lineClamp?: number;
}

export interface ImageBytes {
  bytes: Buffer | null;
  /** sha256 of the bytes; "missing" when a path was given but could not be read. */
  hash: string | null;
  problem?: CardProblem;
}

/**
 * A crop ready for a card. `encoded`: the crop's pixels, compact (JPEG, or a palette PNG when
 * simplified); `key` names it for the decoded pixels' cache. truecolorBytes and paletteBytes: the
 * crop's own PNG sizes, the least it adds to a card (render.ts decides the card's PNG encoding,
 * and whether the photo must be simplified, from them). paletteBytes is known for a simplified or
 * quantised crop; for a full one, paletteBytesOf measures it when it matters.
 */
export interface ReadyImage {
  key: string;
  encoded: Buffer;
  width: number;
  height: number;
  truecolorBytes: number;
  paletteBytes?: number;
}

/**
 * A crop's pixels, ready to paste (raster.ts): RGB, and where the corners are rounded, each
 * pixel's coverage. `opaque` holds, per row, the run [start, end) of fully covered pixels, so
 * only the few pixels of a rounded corner are blended; the rest of the row is copied.
 */
export interface PhotoPixels {
  width: number;
  height: number;
  rgb: Buffer;
  alpha?: Buffer;
  opaque?: Int32Array;
}

export interface CardDesign {
  layout: CardLayout;
  colors: {
    background: string;
    text: string;
    textMuted: string;
    band: string;
    onBand: string;
  };
  /** The eyebrow chip's colours: the campaign's accent, or the layout's own contrast pair. */
  accent?: { key: string; background: string; text: string };
  /** Colours of the themed pattern drawn when there is no image. */
  pattern: string[];
  status?: { status: Exclude<CardStatus, 'scheduled'>; label: string; note: string; background: string; text: string };
  /** Corner radii in px: panels and images, chips. */
  radius: number;
  radiusControl: number;
  fonts: CardFonts;
  /** label: the logo's own text (its <title> or aria-label), to avoid repeating it beside it. */
  logo: { svg: string; width: number; height: number; label: string };
}
