/**
 * The rulebook's vocabulary: what a rule is, what it reports, and what it may ask of
 * the world around it. Plain TypeScript, no runtime imports, so the Studio (browser)
 * and the build (Node) share it.
 */

/** error = the document is not published; warning = it is published and the problem reported. */
export type Severity = 'error' | 'warning';

/** One thing wrong with one document, as the terminal, the build report and the Studio show it. */
export interface Problem {
  documentId: string;
  type: string;
  /** Path to the field, e.g. "title", "hero.image.alt", "body[2].markDefs[0].href"; "" for the whole document. */
  field: string;
  /** The rule's machine id, e.g. "event.endsAfterStart". */
  rule: string;
  severity: Severity;
  /** Norwegian, for an editor: what is wrong and what to do. */
  message: string;
}

/** What a rule's check returns: the rule adds document, type, rule id and severity. */
export interface Finding {
  field: string;
  message: string;
}

export type MaybePromise<T> = T | Promise<T>;

/** Any document as stored: `_id` and `_type` are the only fields trusted to exist (and are checked). */
export interface ContentDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** The part of another document that reference and cross-listing rules look at. */
export interface DocumentSummary {
  _id: string;
  _type: string;
  site?: unknown;
  alsoOn?: unknown;
}

export interface ImageDimensions {
  width: number;
  height: number;
}

/** The slug a document claims, for the uniqueness check. */
export interface SlugClaim {
  documentId: string;
  type: string;
  slug: string;
  /** The owning site's id for site-owned types; undefined for shared types. */
  siteId: string | undefined;
}

/** A cross-listed event's claim to its address on a site it is shown on (not its own). */
export interface CrossListClaim {
  documentId: string;
  slug: string;
  /** The site the event is cross-listed to (`alsoOn`). */
  siteId: string;
  /** The event's `_createdAt`, when known: of two cross-listed events, the earlier keeps the address. */
  createdAt?: string;
}

/**
 * What the rules need to know beyond the document itself. The build answers from the
 * dataset on disk (see documentContext.ts and buildContext.ts); the Studio answers
 * from the Content Lake (studio/validation/studioContext.ts).
 */
export interface RuleContext {
  /** The document with this id (published), or undefined when there is none. */
  getDocument(id: string): MaybePromise<DocumentSummary | undefined>;
  /**
   * Ids of other documents that hold this slug before this document does (same type,
   * and same site for a site's own types). Empty when the slug is free.
   */
  slugConflicts(claim: SlugClaim): MaybePromise<readonly string[]>;
  /**
   * Ids of other events that hold this address on a site the event is cross-listed to, ahead
   * of it: the site's own events always, events cross-listed there too when they were created
   * first. Empty when the address is free on that site.
   */
  crossListConflicts(claim: CrossListClaim): MaybePromise<readonly string[]>;
  /**
   * The accent keys the theme of this site allows (e.g. ["fjord", "skog", "solsikke", "kveld"]),
   * or undefined when the site or its theme is unknown (then the accent is not checked here;
   * the site reference rule reports an unknown site).
   */
  accentsForSite(siteId: string): MaybePromise<readonly string[] | undefined>;
  /**
   * Width and height of the real image behind an image field (`asset._ref` or an export's
   * `_sanityAsset`), or undefined when the file cannot be read.
   */
  imageDimensions(image: Readonly<Record<string, unknown>>): MaybePromise<ImageDimensions | undefined>;
  /** The published events shown on a site (its own and those cross-listed to it), as stored. */
  eventsOnSite(siteId: string): MaybePromise<readonly EventSummary[]>;
}

/** What the campaign rules read of an event. */
export interface EventSummary {
  _id: string;
  startsAt?: unknown;
  endsAt?: unknown;
  status?: unknown;
  categories?: unknown;
  audiences?: unknown;
}

export interface Rule {
  /** Machine id, stable: the Studio, reports and tests refer to it. */
  id: string;
  severity: Severity;
  /** Document types the rule looks at. */
  appliesTo: readonly string[];
  /** One Norwegian line for the rule list in the README and the Studio. */
  description: string;
  check(document: ContentDocument, context: RuleContext): MaybePromise<Finding[]>;
}
