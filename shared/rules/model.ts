/**
 * The content model (docs/CONTENT-MODEL.md) as the rulebook reads it: every
 * document type, its fields, their kind, Norwegian label and what the type rule, the
 * required rule, the link rule and the reference rules need to know. The Studio schema
 * is the editor's view of the same contract; tests/unit/studio/schema-agrees.test.ts
 * keeps the two in step.
 */
import { ALERT_SEVERITIES, CALLOUT_TONES, EVENT_STATUSES } from './vocabulary.ts';

export type Kind =
  | 'string'
  | 'text'
  | 'url'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'slug'
  | 'reference'
  | 'image'
  | 'geopoint'
  | 'portableText'
  | 'object'
  | 'array';

export interface FieldSpec {
  kind: Kind;
  /** Norwegian label, as the Studio shows it. */
  label: string;
  /** Missing → error (field.required). */
  required?: boolean;
  /** Missing → warning (field.recommended). */
  recommended?: boolean;
  /** A closed list of allowed string values. */
  values?: readonly string[];
  /** string: a language code from shared/rules/languages.ts (checked by language.known). */
  language?: true;
  /** url: "web" = http(s) only; "https" = https only; "any" = http(s), mailto and tel. */
  links?: 'web' | 'https' | 'any';
  /** reference: the document types it may point to. */
  to?: readonly string[];
  /** object: its fields. */
  fields?: Readonly<Record<string, FieldSpec>>;
  /** array: the kind of each item. */
  of?: FieldSpec;
}

const string = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'string', label, ...extra });
const text = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'text', label, ...extra });
const url = (label: string, links: 'web' | 'https' | 'any', extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'url', label, links, ...extra });
const number = (label: string): FieldSpec => ({ kind: 'number', label });
const boolean = (label: string): FieldSpec => ({ kind: 'boolean', label });
const datetime = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'datetime', label, ...extra });
const date = (label: string): FieldSpec => ({ kind: 'date', label });
const slug = (): FieldSpec => ({ kind: 'slug', label: 'Adresse (slug)', required: true });
const reference = (label: string, to: readonly string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  kind: 'reference',
  label,
  to,
  ...extra,
});
const image = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'image', label, ...extra });
const portableText = (label: string): FieldSpec => ({ kind: 'portableText', label });
const object = (label: string, fields: Record<string, FieldSpec>): FieldSpec => ({ kind: 'object', label, fields });
const array = (label: string, of: FieldSpec): FieldSpec => ({ kind: 'array', label, of });
/** The language a document or a passage is written in; absent on a document means the site's language. */
const language = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ kind: 'string', label, language: true, ...extra });

/** The owning site: a missing or wrong one is an error (reference.site). */
const site = (): FieldSpec => reference('Nettsted', ['site'], { required: true });
const refs = (label: string, to: string, itemLabel: string) => array(label, reference(itemLabel, [to]));

export const imageFields: Readonly<Record<string, FieldSpec>> = {
  alt: string('Alternativ tekst'),
  decorative: boolean('Dekorativt bilde'),
};

const address = object('Adresse', {
  street: string('Gateadresse'),
  postalCode: string('Postnummer'),
  city: string('Poststed'),
});

/** Where an internal link in running text may point. */
const INTERNAL_LINK_TARGETS = ['page', 'event', 'article', 'campaign'] as const;

export const CONTENT_MODEL: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  site: {
    title: string('Navn', { required: true }),
    slug: slug(),
    tagline: string('Slagord'),
    navigation: array(
      'Hovedmeny',
      object('Menypunkt', {
        label: string('Tekst i menyen', { required: true }),
        page: reference('Side', ['page']),
        url: url('Adresse', 'any'),
      }),
    ),
    contact: object('Kontakt', {
      email: string('E-post'),
      phone: string('Telefon'),
      address,
    }),
    social: array(
      'Sosiale medier',
      object('Sosialt medium', {
        platform: string('Tjeneste', { required: true }),
        url: url('Adresse', 'web', { required: true }),
      }),
    ),
    shareImage: image('Standard delingsbilde'),
  },
  event: {
    title: string('Tittel', { required: true }),
    slug: slug(),
    site: site(),
    language: language('Språk'),
    alsoOn: refs('Vis også på', 'site', 'Nettsted'),
    startsAt: datetime('Starter', { required: true }),
    endsAt: datetime('Slutter'),
    venue: reference('Sted', ['venue'], { recommended: true }),
    categories: refs('Kategorier', 'category', 'Kategori'),
    audiences: refs('Målgrupper', 'audience', 'Målgruppe'),
    summary: text('Kort beskrivelse', { recommended: true }),
    body: portableText('Mer om arrangementet'),
    image: image('Bilde'),
    price: object('Pris', {
      free: boolean('Gratis'),
      amount: number('Beløp'),
      note: string('Merknad'),
    }),
    ticketUrl: url('Billettlenke', 'web'),
    streamUrl: url('Lenke til strømmen', 'https'),
    status: string('Status', { values: EVENT_STATUSES.map(({ value }) => value) }),
    changes: array(
      'Endringer',
      object('Endring', {
        changedAt: datetime('Endret', { required: true }),
        status: string('Ny status', { required: true, values: EVENT_STATUSES.map(({ value }) => value) }),
        previousStartsAt: datetime('Tidligere starttid'),
      }),
    ),
    accessibility: object('Tilgjengelighet', {
      wheelchair: boolean('Tilgjengelig med rullestol'),
      hearingLoop: boolean('Teleslynge'),
      signLanguage: boolean('Tegnspråktolk'),
      note: string('Merknad'),
    }),
    ageRange: object('Alder', {
      min: number('Fra alder'),
      max: number('Til alder'),
    }),
  },
  venue: {
    name: string('Navn', { required: true }),
    slug: slug(),
    address,
    geo: { kind: 'geopoint', label: 'Kartposisjon' },
    accessibility: text('Tilgjengelighet'),
  },
  category: {
    title: string('Navn', { required: true }),
    slug: slug(),
  },
  audience: {
    title: string('Navn', { required: true }),
    slug: slug(),
    description: text('Kort tekst til inngangen'),
  },
  campaign: {
    title: string('Tittel', { required: true }),
    slug: slug(),
    site: site(),
    language: language('Språk'),
    startsAt: datetime('Kampanjen starter'),
    endsAt: datetime('Kampanjen slutter'),
    programmeStartsOn: date('Første programdag'),
    programmeEndsOn: date('Siste programdag'),
    hero: object('Toppfelt', {
      heading: string('Overskrift'),
      subheading: string('Undertekst'),
      image: image('Bilde', { recommended: true }),
    }),
    accent: string('Aksentfarge'),
    events: refs('Utvalgte arrangementer', 'event', 'Arrangement'),
    eventFilter: object('Hent også arrangementer med', {
      categories: refs('Kategorier', 'category', 'Kategori'),
      audiences: refs('Målgrupper', 'audience', 'Målgruppe'),
    }),
    body: portableText('Tekst'),
    cta: object('Handlingsknapp', {
      label: string('Tekst på knappen'),
      url: url('Adresse', 'any'),
    }),
    shareText: text('Tekst til sosiale medier'),
    hashtags: array('Emneknagger', string('Emneknagg')),
  },
  page: {
    title: string('Tittel', { required: true }),
    slug: slug(),
    site: site(),
    language: language('Språk'),
    body: portableText('Tekst'),
    audiences: refs('Målgrupper', 'audience', 'Målgruppe'),
    seo: object('Søk og deling', {
      description: text('Beskrivelse'),
      shareImage: image('Delingsbilde'),
    }),
  },
  article: {
    title: string('Tittel', { required: true }),
    slug: slug(),
    site: site(),
    language: language('Språk'),
    publishedAt: datetime('Publiseringsdato', { required: true }),
    summary: text('Ingress', { recommended: true }),
    body: portableText('Tekst'),
    image: image('Bilde'),
  },
  alert: {
    title: string('Overskrift', { required: true }),
    message: text('Melding', { required: true }),
    severity: string('Alvorlighet', { values: ALERT_SEVERITIES.map(({ value }) => value) }),
    sites: refs('Nettsteder', 'site', 'Nettsted'),
    startsAt: datetime('Vises fra'),
    endsAt: datetime('Vises til'),
    link: url('Les mer-lenke', 'any'),
  },
  serviceLink: {
    title: string('Tittel', { required: true }),
    url: url('Adresse', 'web', { required: true }),
    description: text('Beskrivelse'),
    audiences: refs('Målgrupper', 'audience', 'Målgruppe'),
    sites: refs('Nettsteder', 'site', 'Nettsted'),
  },
  crossListing: {
    site: reference('Nettsted', ['site'], { required: true }),
    accepted: refs('Godtatte arrangementer', 'event', 'Arrangement'),
  },
};

/** Portable Text pieces the rulebook reads inside `portableText` fields. */
export const PORTABLE_TEXT = {
  callout: object('Faktaboks', {
    tone: string('Type', { values: CALLOUT_TONES.map(({ value }) => value) }),
    content: portableText('Tekst'),
    text: text('Tekst (uten formatering)'),
  }),
  link: object('Lenke', { href: url('Adresse', 'any', { required: true }) }),
  internalLink: object('Lenke til side på nettstedet', {
    reference: reference('Lenker til', INTERNAL_LINK_TARGETS, { required: true }),
  }),
  lang: object('Annet språk', { language: language('Språk', { required: true }) }),
  passage: object('Tekst på et annet språk', {
    language: language('Språk', { required: true }),
    content: portableText('Tekst'),
  }),
} as const;

export const DOCUMENT_TYPES: readonly string[] = Object.keys(CONTENT_MODEL);

export function isKnownType(type: string): boolean {
  return Object.hasOwn(CONTENT_MODEL, type);
}

/** The Norwegian name of each document type, for messages. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {
  site: 'nettstedet',
  event: 'arrangementet',
  venue: 'stedet',
  category: 'kategorien',
  audience: 'målgruppen',
  campaign: 'kampanjen',
  page: 'siden',
  article: 'nyheten',
  alert: 'varselet',
  serviceLink: 'tjenestelenken',
  crossListing: 'listen over arrangementer delt hit',
};

/** The indefinite Norwegian name ("et arrangement") for "points to …" messages. */
export const TYPE_NOUNS: Readonly<Record<string, string>> = {
  site: 'et nettsted',
  event: 'et arrangement',
  venue: 'et sted',
  category: 'en kategori',
  audience: 'en målgruppe',
  campaign: 'en kampanje',
  page: 'en side',
  article: 'en nyhet',
  alert: 'et varsel',
  serviceLink: 'en tjenestelenke',
  crossListing: 'en liste over arrangementer delt hit',
};
