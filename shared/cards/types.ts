// The share-card contract: what a caller hands the renderer and what it gets back.
import type { Theme } from '../../themes/types.ts';
import type { EventStatus } from '../site/status.ts';

export type CardKind = 'event' | 'campaign' | 'page' | 'article' | 'home';
export type CardSize = 'og' | 'square' | 'story';
export type CardStatus = EventStatus;

/** The event's (or campaign's) image: a file on disk or its bytes. */
export type CardImage = { path: string } | { buffer: Buffer };

export interface CardInput {
  kind: CardKind;
  title: string;
  /** Above the title: an event's category. */
  eyebrow?: string;
  /** Already formatted in Norwegian, e.g. "lørdag 5. desember kl. 19.00". */
  dateText?: string;
  venueText?: string;
  status?: CardStatus;
  siteTitle: string;
  /** A key of theme.accents; colours the eyebrow and the themed pattern. */
  accent?: string;
  image?: CardImage;
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
  png: Buffer;
  width: number;
  height: number;
  problems: CardProblem[];
}

export interface RenderOptions {
  /** Largest acceptable PNG in bytes (default 300 KB); tests inject a tiny one. */
  maxBytes?: number;
}
