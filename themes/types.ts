// The theme contract: what a theme folder declares, what loadTheme returns, and the schema
// check that turns a malformed theme into a message naming the theme and the field.
// Pure (no Node APIs), so the Studio and browser code can import it too.

/** A colour as #rgb or #rrggbb; hex only, so every pair can be contrast-checked. */
export type HexColor = string;

/** Colour tokens every resolved theme has. Order is the order of the CSS output. */
export const COLOR_TOKENS = [
  // page
  'background',
  'surface', // cards, panels, the event list
  'text',
  'textMuted', // dates, venues, captions
  'heading',
  'border', // decorative dividers only; never the only boundary of a control
  'borderStrong', // outlines of inputs, checkboxes, filter chips (≥ 3:1)
  // actions
  'primary', // button background
  'primaryHover',
  'onPrimary', // text on primary and primaryHover
  'link',
  'linkHover',
  'focus', // focus ring on light areas: background, surface, info and warning alerts
  'focusInverse', // focus ring on dark areas: footer, critical alert
  // footer
  'footer',
  'onFooter',
  // alert banner (alert.severity)
  'alertInfo',
  'onAlertInfo',
  'alertWarning',
  'onAlertWarning',
  'alertCritical',
  'onAlertCritical',
  // event status badges (event.status; "scheduled" has no badge)
  'statusCancelled',
  'onStatusCancelled',
  'statusPostponed',
  'onStatusPostponed',
  'statusRescheduled',
  'onStatusRescheduled',
  'statusSoldOut',
  'onStatusSoldOut',
  'statusMovedOnline',
  'onStatusMovedOnline',
] as const;

export type ColorToken = (typeof COLOR_TOKENS)[number];
export type ThemeColors = Record<ColorToken, HexColor>;

/** Event statuses that show a badge, mapped to their colour tokens. */
export const STATUS_BADGES = {
  cancelled: { background: 'statusCancelled', text: 'onStatusCancelled' },
  postponed: { background: 'statusPostponed', text: 'onStatusPostponed' },
  rescheduled: { background: 'statusRescheduled', text: 'onStatusRescheduled' },
  soldOut: { background: 'statusSoldOut', text: 'onStatusSoldOut' },
  movedOnline: { background: 'statusMovedOnline', text: 'onStatusMovedOnline' },
} as const satisfies Record<string, { background: ColorToken; text: ColorToken }>;

/** Alert severities, mapped to their colour tokens. */
export const ALERT_SEVERITIES = {
  info: { background: 'alertInfo', text: 'onAlertInfo' },
  warning: { background: 'alertWarning', text: 'onAlertWarning' },
  critical: { background: 'alertCritical', text: 'onAlertCritical' },
} as const satisfies Record<string, { background: ColorToken; text: ColorToken }>;

/** A named colour a campaign may pick (campaign.accent is one of these keys). */
export interface Accent {
  background: HexColor;
  text: HexColor;
  /** Norwegian name shown to editors. */
  label: string;
}

/** The font packages installed in this project, with what the theme code needs to know of each. */
export const FONT_PACKAGES = {
  '@fontsource/source-sans-3': { family: 'Source Sans 3', category: 'sans-serif', weights: [200, 300, 400, 500, 600, 700, 800, 900] },
  '@fontsource/nunito': { family: 'Nunito', category: 'sans-serif', weights: [200, 300, 400, 500, 600, 700, 800, 900] },
  '@fontsource/space-grotesk': { family: 'Space Grotesk', category: 'sans-serif', weights: [300, 400, 500, 600, 700] },
  '@fontsource/source-serif-4': { family: 'Source Serif 4', category: 'serif', weights: [200, 300, 400, 500, 600, 700, 800, 900] },
  '@fontsource/noto-sans': { family: 'Noto Sans', category: 'sans-serif', weights: [100, 200, 300, 400, 500, 600, 700, 800, 900] },
} as const;

export type FontPackage = keyof typeof FONT_PACKAGES;
export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

export interface ThemeFont {
  /** CSS font-family name, as the @fontsource package declares it. */
  family: string;
  fontsource: FontPackage;
  /** Weights to load. The first is the one used by default (running text, or headings). */
  weights: FontWeight[];
}

export interface ThemeFonts {
  body: ThemeFont;
  heading: ThemeFont;
}

/** Share-card layouts the card renderer implements. */
const CARD_LAYOUTS = ['band', 'split', 'frame'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

export interface CardTheme {
  /**
   * band:  image fills the card, a coloured band across the bottom holds title, date and venue.
   * split: image on one side, a coloured panel with the text on the other.
   * frame: image inside a coloured frame, text on the card background below it.
   */
  layout: CardLayout;
  /** Card background; the logo is drawn on it, so keep it light. */
  background: HexColor;
  text: HexColor;
  textMuted: HexColor;
  /** The coloured block (band, panel or frame) and the text on it. */
  band: HexColor;
  onBand: HexColor;
}

const CARD_COLOR_TOKENS = ['background', 'text', 'textMuted', 'band', 'onBand'] as const;

/** The spacing scale; every theme has all steps. */
export const SPACING_STEPS = ['xs', 's', 'm', 'l', 'xl', 'xxl'] as const;
export type SpacingStep = (typeof SPACING_STEPS)[number];

/**
 * What the home page opens with. Every kind leads with what is on (the highlighted campaign,
 * or the next event) so it sits above the fold on a phone; they differ in what frames it:
 * photo: the site's share image beside the highlight;
 * illustration: the theme's drawn ornament (no photo to load) beside the highlight;
 * featured: the highlight's own picture, full width, with the title over a coloured panel.
 */
export const HERO_KINDS = ['photo', 'illustration', 'featured'] as const;
export type HeroKind = (typeof HERO_KINDS)[number];

/** The home page's sections after the hero, in a theme's chosen order ('about': the site's own intro text). */
export const HOME_SECTIONS = ['audiences', 'campaigns', 'events', 'news', 'about'] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

/**
 * outline: a thin border round picture and text (the municipal default);
 * poster: thick ink border and an offset shadow, loud type (youth);
 * editorial: no box, a hairline rule above, serif titles (library);
 * soft: rounded, a soft shadow, no border (neighbourhood).
 */
export const CARD_STYLES = ['outline', 'poster', 'editorial', 'soft'] as const;
export type CardStyle = (typeof CARD_STYLES)[number];

/** Corners of small things (tags, chips, pills): square, a little rounded, or fully round. */
export const SHAPES = ['square', 'soft', 'round'] as const;
export type Shape = (typeof SHAPES)[number];

export interface ThemeLayout {
  hero: HeroKind;
  /** Home sections after the hero, in order; a section left out is not shown. */
  sections: HomeSection[];
  cards: CardStyle;
  /** Ratio between heading steps (h3 → h2 → h1), e.g. 1.25; between 1.1 and 1.6. */
  typeScale: number;
  shape: Shape;
}

/** A resolved theme: what loadTheme returns, complete in every field. */
export interface Theme {
  name: string;
  /** The theme this one extends (site themes extend "base"); absent on base. */
  extends?: string;
  /** Norwegian display name. */
  label: string;
  colors: ThemeColors;
  accents: Record<string, Accent>;
  fonts: ThemeFonts;
  /** File name of an SVG in the theme's own folder (never inherited). */
  logo: string;
  /** Radius of cards, panels and images. */
  radius: string;
  /** Radius of buttons, inputs and chips. */
  radiusControl: string;
  spacing: Record<SpacingStep, string>;
  card: CardTheme;
  layout: ThemeLayout;
}

/** What a site theme's theme.ts declares: anything it leaves out comes from the theme it extends. */
export interface ThemeDefinition {
  name: string;
  extends?: string;
  label: string;
  colors?: Partial<ThemeColors>;
  accents?: Record<string, Partial<Accent>>;
  fonts?: { body?: ThemeFont; heading?: ThemeFont };
  logo: string;
  radius?: string;
  radiusControl?: string;
  spacing?: Partial<Record<SpacingStep, string>>;
  card?: Partial<CardTheme>;
  layout?: Partial<ThemeLayout>;
}

/** Identity helper so theme.ts files are type-checked against the contract. */
export function defineTheme<T extends ThemeDefinition>(definition: T): T {
  return definition;
}

// ─── schema check ──────────────────────────────────────────────────────────────

export interface ThemeIssue {
  /** Dotted path to the field, e.g. "colors.primary" or "accents.skog.text". */
  field: string;
  message: string;
}

export class ThemeValidationError extends Error {
  readonly theme: string;
  readonly issues: ThemeIssue[];
  constructor(theme: string, issues: ThemeIssue[]) {
    super(
      `Theme "${theme}" is invalid:\n` + issues.map((issue) => `  - ${issue.field}: ${issue.message}`).join('\n'),
    );
    this.name = 'ThemeValidationError';
    this.theme = theme;
    this.issues = issues;
  }
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
// A CSS length, or 0; calc() and custom properties are kept out so tokens stay plain values.
const CSS_LENGTH = /^(?:0|\d*\.?\d+(?:px|rem|em|%))$/;
/** Theme names, accent keys: what can be a folder name, a CSS name and a campaign value. */
export const THEME_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOGO_FILE = /^[a-z0-9][a-z0-9._-]*\.svg$/i;

function isHexColor(value: unknown): value is HexColor {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "missing (expected …)" or "<value> is not …", whichever is true. */
function notA(value: unknown, expected: string): string {
  if (value === undefined) return `missing (expected ${expected})`;
  return `${JSON.stringify(value)} is not ${expected}`;
}

interface Checker {
  issues: ThemeIssue[];
  /** partial: a definition that extends another theme; missing fields are allowed. */
  partial: boolean;
}

function checkColor(c: Checker, field: string, value: unknown): void {
  if (value === undefined && c.partial) return;
  if (!isHexColor(value)) c.issues.push({ field, message: notA(value, 'a colour (#rgb or #rrggbb)') });
}

function checkLength(c: Checker, field: string, value: unknown): void {
  if (value === undefined && c.partial) return;
  if (typeof value !== 'string' || !CSS_LENGTH.test(value))
    c.issues.push({ field, message: notA(value, 'a CSS length (such as 4px or 0.5rem)') });
}

function checkSection(c: Checker, field: string, value: unknown): value is Record<string, unknown> | undefined {
  if (value === undefined) {
    if (!c.partial) c.issues.push({ field, message: 'missing' });
    return true;
  }
  if (!isRecord(value)) {
    c.issues.push({ field, message: notA(value, `an object`) });
    return false;
  }
  return true;
}

function checkUnknownKeys(c: Checker, field: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      c.issues.push({ field: `${field}.${key}`, message: `unknown token (known: ${known.join(', ')})` });
  }
}

function checkFont(c: Checker, field: string, value: unknown): void {
  if (value === undefined) {
    if (!c.partial) c.issues.push({ field, message: 'missing ({family, fontsource, weights})' });
    return;
  }
  if (!isRecord(value)) {
    c.issues.push({ field, message: notA(value, `an object ({family, fontsource, weights})`) });
    return;
  }
  const pkg = value.fontsource;
  const known = Object.keys(FONT_PACKAGES);
  if (typeof pkg !== 'string' || !known.includes(pkg)) {
    c.issues.push({ field: `${field}.fontsource`, message: notA(pkg, `an installed font package (one of ${known.join(', ')})`) });
    return;
  }
  const meta = FONT_PACKAGES[pkg as FontPackage];
  if (value.family !== meta.family)
    c.issues.push({ field: `${field}.family`, message: notA(value.family, `the family ${pkg} provides ("${meta.family}")`) });
  const weights = value.weights;
  if (!Array.isArray(weights) || weights.length === 0) {
    c.issues.push({ field: `${field}.weights`, message: notA(weights, `a non-empty list of weights`) });
    return;
  }
  for (const weight of weights) {
    if (!(meta.weights as readonly number[]).includes(weight))
      c.issues.push({ field: `${field}.weights`, message: `${JSON.stringify(weight)} is not a weight ${pkg} has (${meta.weights.join(', ')})` });
  }
}

/**
 * Lists what is wrong with a theme object. With `partial`, fields may be missing (a site
 * theme's own theme.ts, before it is merged over the theme it extends); what is present
 * must still be right.
 */
function themeIssues(obj: unknown, options: { partial?: boolean } = {}): ThemeIssue[] {
  const c: Checker = { issues: [], partial: options.partial ?? false };
  if (!isRecord(obj)) return [{ field: '(theme)', message: notA(obj, `an object`) }];

  if (typeof obj.name !== 'string' || !THEME_NAME.test(obj.name))
    c.issues.push({ field: 'name', message: notA(obj.name, `a theme name (lowercase letters, digits and hyphens, like the folder)`) });
  if (obj.extends !== undefined && (typeof obj.extends !== 'string' || !THEME_NAME.test(obj.extends)))
    c.issues.push({ field: 'extends', message: notA(obj.extends, `a theme name`) });
  // A theme that extends another may leave fields out; base itself must be complete.
  if (c.partial && obj.extends === undefined) c.partial = false;
  if (typeof obj.label !== 'string' || obj.label.trim() === '')
    c.issues.push({ field: 'label', message: notA(obj.label, `a display name (a non-empty string)`) });

  if (checkSection(c, 'colors', obj.colors) && obj.colors !== undefined) {
    const colors = obj.colors as Record<string, unknown>;
    for (const token of COLOR_TOKENS) checkColor(c, `colors.${token}`, colors[token]);
    checkUnknownKeys(c, 'colors', colors, COLOR_TOKENS);
  }

  if (checkSection(c, 'accents', obj.accents) && obj.accents !== undefined) {
    const accents = obj.accents as Record<string, unknown>;
    if (!c.partial && Object.keys(accents).length === 0) c.issues.push({ field: 'accents', message: 'needs at least one accent' });
    for (const [key, accent] of Object.entries(accents)) {
      const field = `accents.${key}`;
      if (!THEME_NAME.test(key)) c.issues.push({ field, message: 'accent keys are lowercase words (they become CSS names and campaign values)' });
      if (!isRecord(accent)) {
        c.issues.push({ field, message: notA(accent, `an accent ({background, text, label})`) });
        continue;
      }
      // An accent a site theme re-tunes inherits its missing parts; a new accent must be whole,
      // which the check of the merged theme catches.
      checkColor(c, `${field}.background`, accent.background);
      checkColor(c, `${field}.text`, accent.text);
      if (accent.label === undefined ? !c.partial : typeof accent.label !== 'string' || accent.label.trim() === '')
        c.issues.push({ field: `${field}.label`, message: notA(accent.label, `a display name (a non-empty string)`) });
      checkUnknownKeys(c, field, accent, ['background', 'text', 'label']);
    }
  }

  if (checkSection(c, 'fonts', obj.fonts) && obj.fonts !== undefined) {
    const fonts = obj.fonts as Record<string, unknown>;
    checkFont(c, 'fonts.body', fonts.body);
    checkFont(c, 'fonts.heading', fonts.heading);
    checkUnknownKeys(c, 'fonts', fonts, ['body', 'heading']);
  }

  // Not inherited: every theme ships its own logo, in its own folder.
  if (typeof obj.logo !== 'string' || !LOGO_FILE.test(obj.logo))
    c.issues.push({ field: 'logo', message: notA(obj.logo, `the file name of an SVG in the theme folder (like "logo.svg")`) });

  checkLength(c, 'radius', obj.radius);
  checkLength(c, 'radiusControl', obj.radiusControl);

  if (checkSection(c, 'spacing', obj.spacing) && obj.spacing !== undefined) {
    const spacing = obj.spacing as Record<string, unknown>;
    for (const step of SPACING_STEPS) checkLength(c, `spacing.${step}`, spacing[step]);
    checkUnknownKeys(c, 'spacing', spacing, SPACING_STEPS);
  }

  if (checkSection(c, 'card', obj.card) && obj.card !== undefined) {
    const card = obj.card as Record<string, unknown>;
    if (card.layout === undefined ? !c.partial : !(CARD_LAYOUTS as readonly unknown[]).includes(card.layout))
      c.issues.push({ field: 'card.layout', message: notA(card.layout, `a card layout (one of ${CARD_LAYOUTS.join(', ')})`) });
    for (const token of CARD_COLOR_TOKENS) checkColor(c, `card.${token}`, card[token]);
    checkUnknownKeys(c, 'card', card, ['layout', ...CARD_COLOR_TOKENS]);
  }

  if (checkSection(c, 'layout', obj.layout) && obj.layout !== undefined) {
    for (const issue of layoutIssues(obj.layout as Record<string, unknown>, c.partial)) c.issues.push(issue);
  }

  checkUnknownKeys(c, '(theme)', obj, [
    'name', 'extends', 'label', 'colors', 'accents', 'fonts', 'logo', 'radius', 'radiusControl', 'spacing', 'card', 'layout',
  ]);
  return c.issues;
}

/**
 * What is wrong with a layout (a theme's, or a site config's override of it, prefixed
 * `field`). With `partial`, fields may be missing.
 */
export function layoutIssues(layout: Record<string, unknown>, partial: boolean, field = 'layout'): ThemeIssue[] {
  const issues: ThemeIssue[] = [];
  const oneOf = (key: string, options: readonly string[]) => {
    const value = layout[key];
    if (value === undefined ? !partial : !options.includes(value as string))
      issues.push({ field: `${field}.${key}`, message: notA(value, `one of ${options.join(', ')}`) });
  };
  oneOf('hero', HERO_KINDS);
  oneOf('cards', CARD_STYLES);
  oneOf('shape', SHAPES);
  const sections = layout.sections;
  if (sections === undefined ? !partial : !Array.isArray(sections) || sections.some((s) => !(HOME_SECTIONS as readonly unknown[]).includes(s)) || new Set(sections).size !== sections.length)
    issues.push({ field: `${field}.sections`, message: notA(sections, `a list of home sections, each once (${HOME_SECTIONS.join(', ')})`) });
  const scale = layout.typeScale;
  if (scale === undefined ? !partial : typeof scale !== 'number' || !(scale >= 1.1 && scale <= 1.6))
    issues.push({ field: `${field}.typeScale`, message: notA(scale, 'a number from 1.1 to 1.6') });
  for (const key of Object.keys(layout)) {
    if (!['hero', 'sections', 'cards', 'typeScale', 'shape'].includes(key))
      issues.push({ field: `${field}.${key}`, message: 'unknown setting (known: hero, sections, cards, typeScale, shape)' });
  }
  return issues;
}

function themeNameOf(obj: unknown): string {
  return isRecord(obj) && typeof obj.name === 'string' ? obj.name : '(unnamed)';
}

/** Checks a complete (resolved) theme and returns it typed, or throws a ThemeValidationError. */
export function validateTheme(obj: unknown): Theme {
  const issues = themeIssues(obj);
  if (issues.length > 0) throw new ThemeValidationError(themeNameOf(obj), issues);
  return obj as Theme;
}

/** Checks what a theme.ts declares (missing fields allowed when it extends another theme). */
export function validateThemeDefinition(obj: unknown): ThemeDefinition {
  const issues = themeIssues(obj, { partial: true });
  if (issues.length > 0) throw new ThemeValidationError(themeNameOf(obj), issues);
  return obj as ThemeDefinition;
}
