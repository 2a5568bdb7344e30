// The card as satori elements. Two modes: "measure" puts every candidate title size into the
// title slot (absolutely positioned, so they don't move anything) for one layout pass; "final"
// draws the card with the chosen title.
//
// A photo is not drawn here: its box stays in the band colour, and raster.ts pastes the photo's
// pixels into it after librsvg has rasterised the rest (drawing an embedded JPEG was most of a
// photo card's rasterising time). A marker right after the box tells raster.ts where in satori's
// output (paint order) the elements drawn over the photo begin.
import { contrastRatio } from '../../themes/contrast.ts';
import type { CardDesign, TitleCandidate, TitleFit, CardText } from './types.ts';
import { box, image, text, type CardNode, type Style } from './element.ts';
import type { Geometry, Rect, TypeScale } from './geometry.ts';
import type { ReadyImage } from './types.ts';




export type TitleArea = { mode: 'measure'; candidates: TitleCandidate[] } | { mode: 'final'; fit: TitleFit };

/** photo: pasted into its box after rasterising (raster.ts); `radius` rounds its corners (0: square). */
export type Visual = { kind: 'photo'; image: ReadyImage; radius: number; simplified: boolean } | { kind: 'pattern'; node: CardNode } | { kind: 'none' };

export interface CardSpec {
  design: CardDesign;
  geometry: Geometry;
  type: TypeScale;
  content: CardText;
  visual: Visual;
  title: TitleArea;
}

/** Corner radius of the framed photo: the theme's radius, scaled up to card size. */
export const visualRadius = (design: CardDesign) => design.radius * 2;

/** Two colours far enough apart to see an edge between them (WCAG's 3:1 would forbid most brand pairs). */
const distinct = (a: string, b: string) => contrastRatio(a, b) >= 1.4;

const at = (r: Rect): Style => ({ position: 'absolute', left: r.left, top: r.top, width: r.width, height: r.height });

/** Title style; the same object for measuring and drawing, so the measured box is the drawn one. */
export function titleStyle(spec: Pick<CardSpec, 'design' | 'type' | 'geometry'>, fontSize: number): Style {
  const { design, type, geometry } = spec;
  return {
    alignSelf: 'flex-start',
    flexShrink: 0,
    fontFamily: design.fonts.heading.stack,
    fontWeight: design.fonts.heading.weight,
    fontSize,
    lineHeight: type.titleLineHeight,
    letterSpacing: fontSize >= 56 ? '-0.015em' : '-0.005em',
    color: geometry.panelOn === 'band' ? design.colors.onBand : design.colors.text,
  };
}

function logoNode(spec: CardSpec, chip: boolean): CardNode {
  const { design, type } = spec;
  const ratio = design.logo.width / design.logo.height;
  let height = type.logo;
  let width = Math.round(height * ratio);
  if (width > type.logoMaxWidth) {
    width = type.logoMaxWidth;
    height = Math.round(width / ratio);
  }
  const src = `data:image/svg+xml;base64,${Buffer.from(design.logo.svg).toString('base64')}`;
  const img = spec.title.mode === 'measure' ? box({ width, height }) : image(src, width, height);
  if (!chip) return box({ alignSelf: 'flex-start', flexShrink: 0 }, [img], 'logo');
  const padY = Math.round(type.logo * 0.32);
  return box(
    {
      alignSelf: 'flex-start',
      flexShrink: 0,
      backgroundColor: design.colors.background,
      borderRadius: Math.max(design.radiusControl, 2) * 1.5,
      padding: `${padY}px ${Math.round(padY * 1.4)}px`,
      // Over a photo the chip may meet a light background: a hairline keeps its edge. (Not a
      // box-shadow: satori draws it as an SVG blur filter, which doubles the rasterising time.)
      ...(spec.geometry.logo === 'image' ? { border: '2px solid rgba(0, 0, 0, 0.14)' } : {}),
    },
    [img],
    'logo',
  );
}

function eyebrowNode(spec: CardSpec, label: string): CardNode {
  const { design, type, geometry } = spec;
  const colors = design.accent
    ? design.accent
    : geometry.panelOn === 'band'
      ? { background: design.colors.background, text: design.colors.text }
      : { background: design.colors.band, text: design.colors.onBand };
  const panelColor = geometry.panelOn === 'band' ? design.colors.band : design.colors.background;
  // An accent in (nearly) the panel's own colour still needs a visible chip: outline it.
  const outline: Style = distinct(colors.background, panelColor) ? {} : { border: `2px solid ${colors.text}` };
  const padY = Math.round(type.eyebrow * 0.36);
  return box(
    {
      alignSelf: 'flex-start',
      flexShrink: 0,
      maxWidth: '100%',
      backgroundColor: colors.background,
      borderRadius: Math.max(design.radiusControl, 2) * 1.5,
      padding: `${padY}px ${Math.round(type.eyebrow * 0.62)}px`,
      marginBottom: type.gap,
      ...outline,
    },
    [
      text(
        {
          minWidth: 0,
          fontFamily: design.fonts.bodyStrong.stack,
          fontWeight: design.fonts.bodyStrong.weight,
          fontSize: type.eyebrow,
          lineHeight: 1.15,
          letterSpacing: '0.07em',
          textTransform: 'uppercase',
          color: colors.text,
          lineClamp: 1,
          overflowWrap: 'anywhere',
        },
        label,
        'eyebrow',
      ),
    ],
  );
}

/**
 * Measured candidates are laid out far below the card: satori still reports their boxes, but
 * skips building glyph paths for text outside the picture (most of a measuring pass's time).
 * They are not balanced: satori balances lines within the box it measured unbalanced, so the box
 * is the same, and balancing costs a dozen reflows per candidate.
 */
const OFF_CANVAS = 100_000;

function titleSlot(spec: CardSpec): CardNode[] {
  const area = spec.title;
  if (area.mode === 'measure') {
    return [
      box(
        { flexGrow: 1, flexShrink: 1, flexBasis: 0, minHeight: 0, position: 'relative' },
        area.candidates.map((candidate) =>
          box({ position: 'absolute', left: 0, top: OFF_CANVAS, width: '100%', flexDirection: 'column' }, [
            text(
              { ...titleStyle(spec, candidate.fontSize), ...(candidate.nowrap ? { whiteSpace: 'nowrap' } : {}) },
              candidate.text,
              candidate.key,
            ),
          ]),
        ),
        'title-slot',
      ),
    ];
  }
  const { fit } = area;
  const style = titleStyle(spec, fit.fontSize);
  return [text(fit.lineClamp ? { ...style, lineClamp: fit.lineClamp } : { ...style, textWrap: 'balance' }, fit.text, 'title')];
}

function metaNodes(spec: CardSpec): CardNode | null {
  const { design, type, geometry, content } = spec;
  if (!content.dateText && !content.venueText) return null;
  const onBand = geometry.panelOn === 'band';
  const cancelled = design.status?.status === 'cancelled';
  const common: Style = { alignSelf: 'flex-start', lineClamp: 2, overflowWrap: 'anywhere', lineHeight: 1.22 };
  return box({ flexDirection: 'column', flexShrink: 0, marginTop: type.gap }, [
    content.dateText
      ? text(
          {
            ...common,
            fontFamily: design.fonts.bodyStrong.stack,
            fontWeight: design.fonts.bodyStrong.weight,
            fontSize: type.meta,
            color: onBand ? design.colors.onBand : design.colors.text,
            ...(cancelled ? { textDecoration: 'line-through' } : {}),
          },
          content.dateText,
          'date',
        )
      : null,
    content.venueText
      ? text(
          {
            ...common,
            fontFamily: design.fonts.body.stack,
            fontWeight: design.fonts.body.weight,
            fontSize: Math.round(type.meta * 0.93),
            color: onBand ? design.colors.onBand : design.colors.textMuted,
            marginTop: Math.round(type.gap * 0.25),
          },
          content.venueText,
          'venue',
        )
      : null,
  ]);
}

function footerNode(spec: CardSpec): CardNode | null {
  const { design, type, geometry, content } = spec;
  const withLogo = geometry.logo === 'footer';
  if (!geometry.footer && !withLogo) return null;
  const onBand = geometry.panelOn === 'band';
  // Beside a logo that already says the site's name, the name would only repeat it.
  const named = withLogo && design.logo.label.toLowerCase() === content.siteTitle.toLowerCase();
  const site = content.siteTitle && !named
    ? text(
        {
          alignSelf: 'center',
          minWidth: 0,
          flexShrink: 1,
          fontFamily: design.fonts.body.stack,
          fontWeight: design.fonts.bodyStrong.weight,
          fontSize: type.footer,
          lineHeight: 1.2,
          color: onBand ? design.colors.onBand : design.colors.textMuted,
          lineClamp: 1,
          overflowWrap: 'anywhere',
        },
        content.siteTitle,
        'footer',
      )
    : null;
  return box(
    {
      flexShrink: 0,
      marginTop: Math.round(type.gap * 1.5),
      paddingTop: Math.round(type.gap * 0.9),
      borderTop: `2px solid ${onBand ? design.colors.onBand : design.colors.band}`,
      justifyContent: 'space-between',
      alignItems: 'center',
      gap: type.gap,
    },
    [withLogo ? logoNode(spec, onBand) : null, site],
  );
}

function statusNode(spec: CardSpec): CardNode | null {
  const { design, type, geometry } = spec;
  if (!design.status || !geometry.status) return null;
  const { status } = design;
  const padX = geometry.padding.left;
  const label = text(
    {
      flexShrink: 0,
      fontFamily: design.fonts.heading.stack,
      fontWeight: design.fonts.bodyStrong.weight >= design.fonts.heading.weight ? design.fonts.bodyStrong.weight : design.fonts.heading.weight,
      fontSize: type.status,
      lineHeight: 1,
      letterSpacing: '0.08em',
      color: status.text,
    },
    status.label,
    'status-label',
  );
  const note = text(
    {
      flexShrink: 1,
      minWidth: 0,
      fontFamily: design.fonts.body.stack,
      fontWeight: design.fonts.body.weight,
      fontSize: type.statusNote,
      lineHeight: 1.2,
      color: status.text,
      lineClamp: 2,
      overflowWrap: 'anywhere',
      ...(geometry.statusStacked ? { marginTop: Math.round(type.gap * 0.5) } : { textAlign: 'right' }),
    },
    status.note,
    'status-note',
  );
  return box(
    {
      ...at(geometry.status),
      boxSizing: 'border-box',
      backgroundColor: status.background,
      padding: `0 ${padX}px`,
      flexDirection: geometry.statusStacked ? 'column' : 'row',
      justifyContent: geometry.statusStacked ? 'center' : 'space-between',
      alignItems: geometry.statusStacked ? 'flex-start' : 'center',
      gap: geometry.statusStacked ? 0 : type.gap * 2,
      // A rule in the text colour sets a light badge apart from a light card or photo.
      ...(distinct(status.background, design.colors.background) ? {} : { borderBottom: `${Math.round(type.gap * 0.4)}px solid ${status.text}` }),
    },
    [label, note],
    'status',
  );
}

function visualNode(spec: CardSpec): CardNode {
  const { geometry, design, visual } = spec;
  const r = geometry.image;
  // No overflow: hidden anywhere on a card: satori turns it into SVG masks, and librsvg draws
  // each mask as a full offscreen layer (a story card took 2 s instead of 60 ms). The pattern
  // stays inside its tiles; the photo is cut to size by sharp and pasted in by raster.ts.
  const rounded: Style = geometry.frame ? { borderRadius: visualRadius(design) } : {};
  return box({ ...at(r), backgroundColor: design.colors.band, ...rounded }, [visual.kind === 'pattern' ? visual.node : null], 'image');
}

/** The key of the marker node: every node after it in satori's output is painted over the photo. */
export const OVER_PHOTO = 'over-photo';

/**
 * The fill of the marker's rect (an empty rect, which SVG draws as nothing): a colour no theme
 * uses, so raster.ts finds the one place in the SVG where the elements over the photo begin.
 */
export const OVER_PHOTO_FILL = '#010203';

/** Zero-sized and absolutely placed: it moves nothing and paints nothing. */
const overPhotoMarker = (): CardNode => box({ position: 'absolute', left: 0, top: 0, width: 0, height: 0, backgroundColor: OVER_PHOTO_FILL }, [], OVER_PHOTO);

/** Which side of the panel meets the photo or pattern (where the seam goes), if it is on the band. */
function seamSide(spec: Pick<CardSpec, 'geometry'>): 'top' | 'right' | undefined {
  const { geometry } = spec;
  if (geometry.panelOn !== 'band') return undefined;
  const { panel, image } = geometry;
  if (panel.top === image.top + image.height) return 'top';
  if (panel.left + panel.width === image.left) return 'right';
  return undefined;
}

const seamWidth = (type: TypeScale) => Math.max(6, Math.round(type.gap * 0.5));

/**
 * A stripe where a coloured panel meets the photo or pattern, so a pattern tile in the band's
 * own colour does not run into the panel: the accent if there is one, else the card background.
 */
function seam(spec: CardSpec): Style {
  const { design, type } = spec;
  const side = seamSide(spec);
  if (!side) return {};
  const accent = design.accent?.background;
  const color = accent && distinct(accent, design.colors.band) ? accent : design.colors.background;
  const border = `${seamWidth(type)}px solid ${color}`;
  return side === 'top' ? { borderTop: border } : { borderRight: border };
}

/** The width of the panel's text column (inside its padding and seam): the most a title line may take. */
export function columnWidth(spec: Pick<CardSpec, 'geometry' | 'type'>): number {
  const { panel, padding } = spec.geometry;
  return panel.width - padding.left - padding.right - (seamSide(spec) === 'right' ? seamWidth(spec.type) : 0);
}

export function cardTree(spec: CardSpec): CardNode {
  const { design, geometry, type, content } = spec;
  const { panel, padding } = geometry;
  const final = spec.title.mode === 'final';
  // Keyed: the title's box and this one's add up to the room the title had (render.ts reads it).
  const spacer = box({ flexGrow: 1 }, [], 'title-space');
  const panelNode = box(
    {
      ...at(panel),
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `${padding.top}px ${padding.right}px ${padding.bottom}px ${padding.left}px`,
      backgroundColor: geometry.panelOn === 'band' ? design.colors.band : design.colors.background,
      ...seam(spec),
    },
    [
      geometry.logo === 'panel' ? box({ flexShrink: 0, marginBottom: type.gap * 2 }, [logoNode(spec, true)]) : null,
      // The measured slot takes the free height; once the title is set, a spacer takes what it left.
      final && geometry.anchor === 'bottom' ? spacer : null,
      content.eyebrow ? eyebrowNode(spec, content.eyebrow) : null,
      ...titleSlot(spec),
      final && geometry.anchor === 'top' ? spacer : null,
      metaNodes(spec),
      footerNode(spec),
    ],
    'panel',
  );
  const logoOnImage =
    geometry.logo === 'image'
      ? box({ position: 'absolute', left: geometry.logoAt.left, top: geometry.logoAt.top }, [logoNode(spec, true)])
      : null;
  return box(
    { width: geometry.width, height: geometry.height, position: 'relative', backgroundColor: design.colors.background },
    [
      geometry.frame ? box({ ...at(geometry.frame), backgroundColor: design.colors.band }) : null,
      visualNode(spec),
      spec.visual.kind === 'photo' ? overPhotoMarker() : null,
      panelNode,
      logoOnImage,
      statusNode(spec),
    ],
    'card',
  );
}
