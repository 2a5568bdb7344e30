// One card, start to finish: size the title, draw the card, check it, rasterise and encode it.
// No cache here (see cache.ts).
//
// Drawing and rasterising: satori draws the card as SVG with the photo's box left in the band
// colour; librsvg (in sharp) rasterises it once to raw pixels, the photo's pixels are pasted into
// the box (raster.ts), and the pixels are encoded (encode.ts). The SVG does not depend on the
// photo, so a card that needs its photo simplified only gets the other photo pasted in. A card
// without a photo goes from SVG to PNG in one sharp pipeline.
//
// Sizing the title: the title model (title-model.ts) predicts satori's line breaks from the fonts,
// so the usual card is drawn in one satori pass and the prediction checked against that pass's
// layout boxes (tests/unit/cards/title-model.test.ts: the same size and the same picture as the
// measured path). Titles it cannot predict (a fallback font for another script, a word that must
// be broken, a title that must be clamped) are measured with satori first, as before.
import satori from 'satori';
import { blankProblem, overflowProblems, sizeProblem, type LaidOutNode } from './checks.ts';
import { cardDesign } from './design.ts';
import type { CardDesign, PreparedCard } from './types.ts';
import { cardTree, columnWidth, titleStyle, visualRadius, type TitleArea, type Visual } from './layout.ts';
import type { CardText, TitleFit } from './types.ts';
import { encodeJpeg, encodePng } from './encode.ts';
import {
  chooseHyphenated,
  chooseSize,
  fitsAcross,
  fitsSlot,
  hyphenatedCandidates,
  longWords,
  normalizeText,
  sizeCandidates,
  wordCandidates,
  type Box,
} from './fit-title.ts';
import { cardGeometry, ROOM_STEPS, TYPE, type Geometry, type Rect, type TypeScale } from './geometry.ts';
import { assetLoader, createGlyphLog, emojiPicture, logMissingMarks, missingGlyphProblem, type GlyphLog } from './glyphs.ts';
import { paletteBytesOf, photoPixels, prepareImage, quantisedPhoto, readCardImage } from './image.ts';
import type { ReadyImage } from './types.ts';
import { themedPattern, toGray } from './pattern.ts';
import { rasterise, rasteriseCard, type CardCanvas } from './raster.ts';
import { titleModel, type TitleModel } from './title-model.ts';
import { CARD_SIZE_NAMES } from './sizes.ts';
import type { CardInput, CardProblem, CardResult, CardSize, RenderOptions } from './types.ts';

export const DEFAULT_MAX_BYTES = 300 * 1024;


export async function prepareCard(input: CardInput): Promise<PreparedCard> {
  const { design, problems } = cardDesign(input);
  const image = await readCardImage(input.image);
  return {
    format: input.format ?? 'png',
    content: {
      kind: input.kind,
      title: normalizeText(input.title) ?? '',
      eyebrow: normalizeText(input.eyebrow),
      dateText: normalizeText(input.dateText),
      venueText: normalizeText(input.venueText),
      siteTitle: normalizeText(input.siteTitle) ?? '',
    },
    design,
    image,
    problems: image.problem ? [...problems, image.problem] : problems,
  };
}

interface Pass {
  svg: string;
  nodes: LaidOutNode[];
}

async function layoutPass(
  card: { design: CardDesign; geometry: Geometry; type: TypeScale; content: CardText; visual: Visual },
  title: TitleArea,
  glyphs: GlyphLog,
): Promise<Pass> {
  const nodes: LaidOutNode[] = [];
  const tree = cardTree({ ...card, title });
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: card.geometry.width,
    height: card.geometry.height,
    fonts: card.design.fonts.fonts,
    loadAdditionalAsset: assetLoader(glyphs),
    onNodeDetected: (node) =>
      nodes.push({
        key: node.key === undefined ? undefined : String(node.key),
        left: node.left,
        top: node.top,
        width: node.width,
        height: node.height,
        textContent: node.textContent,
        fontSize: typeof node.props?.style?.fontSize === 'number' ? node.props.style.fontSize : undefined,
      }),
  });
  return { svg, nodes };
}

const boxesByKey = (nodes: LaidOutNode[]) => new Map<string, Box>(nodes.filter((n) => n.key).map((n) => [n.key!, { width: n.width, height: n.height }]));

async function fitTitle(card: Parameters<typeof layoutPass>[0]): Promise<{ fit: TitleFit; clamped: boolean }> {
  const { title } = card.content;
  const scratch = createGlyphLog();
  const first = boxesByKey((await layoutPass(card, { mode: 'measure', candidates: sizeCandidates(title, card.type) }, scratch)).nodes);
  const slot = first.get('title-slot');
  if (!slot) throw new Error('Delingskortet: tittelfeltet ble ikke målt (layoutfeil i shared/cards/layout.ts)');
  const decision = chooseSize(title, card.type, slot, first);
  if ('fit' in decision) return decision;

  // A word too wide even at the smallest size: measure the long words, then break them.
  const words = longWords(title);
  const wordBoxes = boxesByKey((await layoutPass(card, { mode: 'measure', candidates: wordCandidates(words, decision.fontSize) }, scratch)).nodes);
  const widths = new Map(words.map((word, i) => [word, wordBoxes.get(`w${i}`)?.width ?? 0]));
  const candidates = hyphenatedCandidates(title, card.type, widths, decision.fontSize, slot.width);
  const measured = boxesByKey((await layoutPass(card, { mode: 'measure', candidates }, scratch)).nodes);
  // The probes (line height, hanging space) from the first pass.
  for (const [key, value] of first) if (key.startsWith('p') || key.startsWith('s')) measured.set(key, value);
  return chooseHyphenated(candidates, slot, measured);
}

/**
 * How the photo is drawn: `simplified` forces the simplified photo; with `maxBytes`, a photo that
 * alone makes a palette PNG over the limit is drawn simplified from the start (the full photo
 * could only give a card over the limit).
 */
interface PhotoOptions {
  simplified: boolean;
  maxBytes?: number;
}

async function visualFor(prepared: PreparedCard, geometry: Geometry, problems: CardProblem[], options: PhotoOptions): Promise<Visual> {
  const { design, image, content } = prepared;
  const cancelled = design.status?.status === 'cancelled';
  if (image.bytes) {
    const source = { ...image, bytes: image.bytes };
    let photo = await prepareImage(source, geometry.image, { grayscale: cancelled, simplified: options.simplified });
    let simplified = options.simplified;
    if ('encoded' in photo && !simplified && options.maxBytes !== undefined && ((await paletteBytesOf(photo)) ?? 0) > options.maxBytes) {
      photo = await prepareImage(source, geometry.image, { grayscale: cancelled, simplified: true });
      simplified = true;
    }
    if ('encoded' in photo) return { kind: 'photo', image: photo, radius: geometry.frame ? visualRadius(design) : 0, simplified };
    problems.push(photo.problem);
  }
  const colors = cancelled ? [...new Set(design.pattern.map(toGray))] : design.pattern;
  const seed = `${content.kind} ${content.title}`;
  return { kind: 'pattern', node: themedPattern(geometry.image, colors, seed, geometry.tile, geometry.frame ? visualRadius(design) : 0) };
}

/** The photo raster.ts pastes into `box` after rasterising, corners rounded to `radius` (0: square). */
export interface PhotoLayer {
  image: ReadyImage;
  box: Rect;
  radius: number;
}

export interface DrawnCard {
  /** The card as SVG, the photo's box left in the band colour (the photo is `photoLayer`). */
  svg: string;
  width: number;
  height: number;
  /** satori's layout boxes of the drawn card (keys: card, panel, title, date, venue, status, pattern, …). */
  nodes: LaidOutNode[];
  problems: CardProblem[];
  /** The card shows the photo (not the pattern). */
  photo: boolean;
  /** The photo and where it goes, when the card shows one. */
  photoLayer?: PhotoLayer;
  /** The photo is drawn simplified (few flat colours), to keep the file within the limit. */
  photoSimplified: boolean;
  /** Where everything went and the title's size, to draw the card again (with a simpler photo). */
  layout: LaidOutCard;
  /** The title's size was predicted (one satori pass), not measured. */
  predicted: boolean;
}

export interface LaidOutCard {
  geometry: Geometry;
  fit: TitleFit;
  clamped: boolean;
}

/**
 * Where everything goes and how big the title is, measured with satori (the photo left out: it
 * moves nothing). A title too long for the standard layout gets more room before it is clamped.
 */
async function layOut(prepared: PreparedCard, size: CardSize): Promise<LaidOutCard> {
  const { design, content } = prepared;
  const type = TYPE[size];
  let geometry = cardGeometry(design.layout, size, design.status !== undefined, 0);
  let chosen = await fitTitle({ design, geometry, type, content, visual: { kind: 'none' } });
  for (let room = 1; chosen.clamped && room < ROOM_STEPS; room++) {
    geometry = cardGeometry(design.layout, size, design.status !== undefined, room);
    chosen = await fitTitle({ design, geometry, type, content, visual: { kind: 'none' } });
  }
  return { geometry, ...chosen };
}

type Card = { design: CardDesign; geometry: Geometry; type: TypeScale; content: CardText; visual: Visual };

/** The drawing pass's checks (glyphs, text outside the card) and the result. */
function finishDrawing(card: Card, pass: Pass, glyphs: GlyphLog, problems: CardProblem[], layout: LaidOutCard, predicted: boolean): DrawnCard {
  const { content, geometry, visual } = card;
  logMissingMarks(glyphs, card.design.fonts.fonts, [content.title, content.eyebrow, content.dateText, content.venueText, content.siteTitle]);
  const glyphProblem = missingGlyphProblem(glyphs, {
    tittelen: content.title,
    overlinjen: content.eyebrow,
    datoen: content.dateText,
    stedet: content.venueText,
    nettstedsnavnet: content.siteTitle,
  });
  if (glyphProblem) problems.push(glyphProblem);
  problems.push(...overflowProblems(pass.nodes, geometry));
  return {
    svg: pass.svg,
    width: geometry.width,
    height: geometry.height,
    nodes: pass.nodes,
    problems,
    photo: visual.kind === 'photo',
    photoLayer: visual.kind === 'photo' ? { image: visual.image, box: geometry.image, radius: visual.radius } : undefined,
    photoSimplified: visual.kind === 'photo' && visual.simplified,
    layout,
    predicted,
  };
}

// ---- the predicted path ----

/**
 * The room the title had (its box and the spacer beside it), per card layout without the title:
 * the next card of the same kind picks its size from it before drawing. Only a starting guess:
 * every card reads its own room from its own layout.
 */
const titleRooms = new Map<string, number>();

function roomKey(prepared: PreparedCard, size: CardSize): string {
  const { design, content } = prepared;
  return JSON.stringify([
    size,
    design.layout,
    design.fonts.fingerprint,
    design.logo.width,
    design.logo.height,
    design.logo.label,
    design.accent?.key,
    design.status?.status,
    content.eyebrow !== undefined,
    content.dateText !== undefined,
    content.venueText !== undefined,
    content.siteTitle,
  ]);
}

/** The title's letter spacing in px at a size, as satori resolves the em value. */
function letterSpacing(card: Pick<Card, 'design' | 'type' | 'geometry'>, fontSize: number): number {
  const value = String(titleStyle(card, fontSize).letterSpacing ?? 0);
  return value.endsWith('em') ? Number.parseFloat(value) * fontSize : Number.parseFloat(value) || 0;
}

/**
 * The size the measured path would choose for a slot (the largest of the scale that fits), from
 * the model and from the sizes already drawn for this card (`drawn`: did the title fit?): "none"
 * when no size fits without clamping or breaking a word, "unknown" when the model cannot tell.
 */
function predictSize(
  model: TitleModel,
  card: Pick<Card, 'design' | 'type' | 'geometry' | 'content'>,
  slot: Box,
  drawn: Map<number, boolean> = new Map(),
): number | 'none' | 'unknown' {
  const { type, content } = card;
  for (const fontSize of type.title) {
    const fitted = drawn.get(fontSize);
    if (fitted !== undefined) {
      if (fitted) return fontSize;
      continue;
    }
    const p = model.predict(content.title, fontSize, letterSpacing(card, fontSize), type.titleLineHeight, slot.width);
    if (!p) return 'unknown';
    // Too tall even if every close call went the other way: certainly not this size.
    if (p.height - p.ties * Math.round(fontSize * type.titleLineHeight) > slot.height + 0.5) continue;
    // A close call at a size that may fit: worth a drawing pass, whose layout decides.
    if (!p.certain) return fontSize;
    if (fitsSlot(p, slot, p.hang)) return fontSize;
  }
  return 'none';
}

/**
 * The card in one satori pass with a predicted title size; a few more when the room for the
 * title was not known yet, or not what was expected, or a close call went the other way, or the
 * title needs the layout's extra room. Undefined whenever the layout disagrees with the
 * prediction in any way, or the title must be clamped or broken: then the title is measured.
 */
async function drawPredicted(prepared: PreparedCard, size: CardSize, photo: PhotoOptions): Promise<DrawnCard | undefined> {
  const { design, content } = prepared;
  if (!content.title) return undefined;
  const model = await titleModel(design.fonts.fonts, design.fonts.heading.stack, design.fonts.heading.weight, emojiPicture);
  if (!model) return undefined;
  // As the measured path: a title that fits no size gets more room, step by step.
  for (let room = 0; room < ROOM_STEPS; room++) {
    const result = await drawPredictedIn(model, prepared, size, photo, room);
    if (result !== 'more room') return result;
  }
  return undefined;
}

async function drawPredictedIn(
  model: TitleModel,
  prepared: PreparedCard,
  size: CardSize,
  photo: PhotoOptions,
  room: number,
): Promise<DrawnCard | 'more room' | undefined> {
  const { design, content } = prepared;
  const type = TYPE[size];
  const geometry = cardGeometry(design.layout, size, design.status !== undefined, room);
  const width = columnWidth({ geometry, type });
  const key = `${roomKey(prepared, size)} ${room}`;
  const known = titleRooms.get(key);
  // The smallest size fits whatever fits at all, and its pass shows how much room there is.
  const smallest = type.title[type.title.length - 1]!;
  const guess = known === undefined ? 'none' : predictSize(model, { design, type, geometry, content }, { width, height: known });
  if (guess === 'unknown') return undefined;
  let fontSize = guess === 'none' ? smallest : guess;
  const problems = [...prepared.problems];
  const visual = await visualFor(prepared, geometry, problems, photo);
  const card: Card = { design, geometry, type, content, visual };
  const at = (pass: Pass, key: string) => pass.nodes.find((node) => node.key === key);
  let slot: Box | undefined;
  const drawn = new Map<number, boolean>();
  for (let attempt = 0; attempt < 4; attempt++) {
    const fit: TitleFit = { text: content.title, fontSize };
    const glyphs = createGlyphLog();
    const pass = await layoutPass(card, { mode: 'final', fit }, glyphs);
    const title = at(pass, 'title');
    let space = at(pass, 'title-space');
    if (!title || !space || Math.abs(space.width - width) > 0.5) return undefined;
    // The room the title has: its box and the spacer's, unless the title took it all (it may
    // run past it then: a pass with one letter for a title shows the room). It is the same at
    // every title size.
    if (!slot && space.height < 0.5) {
      const probe = await layoutPass(card, { mode: 'final', fit: { text: 'Å', fontSize: smallest } }, createGlyphLog());
      const probeTitle = at(probe, 'title');
      space = at(probe, 'title-space');
      if (!probeTitle || !space || space.height < 0.5) return undefined;
      slot = { width, height: probeTitle.height + space.height };
    } else if (!slot) {
      slot = { width, height: title.height + space.height };
    }
    titleRooms.set(key, slot.height);
    // The model must have predicted this very box, or it is not trusted for the other sizes.
    const here = model.predict(content.title, fontSize, letterSpacing(card, fontSize), type.titleLineHeight, width);
    if (!here || here.height !== title.height || here.width !== Math.round(title.width)) return undefined;
    drawn.set(fontSize, fitsSlot(title, slot, here.hang));
    const best = predictSize(model, card, slot, drawn);
    if (best === 'unknown') return undefined;
    if (best === 'none') {
      // No size fits. Not even the smallest across (a word too wide): breaking it is measured.
      if (fontSize !== smallest) {
        fontSize = smallest;
        continue;
      }
      return fitsAcross(title, slot, here.hang) ? 'more room' : undefined;
    }
    if (best === fontSize) return finishDrawing(card, pass, glyphs, problems, { geometry, fit, clamped: false }, true);
    fontSize = best;
  }
  return undefined;
}

// ---- drawing ----

/** Lays out and draws the card as SVG, with the checks that need the layout (glyphs, overflow). */
export async function drawCard(
  prepared: PreparedCard,
  size: CardSize,
  options: { simplifiedPhoto?: boolean; maxBytes?: number; layout?: LaidOutCard; measure?: boolean } = {},
): Promise<DrawnCard> {
  const photo: PhotoOptions = { simplified: options.simplifiedPhoto ?? false, maxBytes: options.maxBytes };
  if (!options.layout && !options.measure) {
    const predicted = await drawPredicted(prepared, size, photo);
    if (predicted) return predicted;
  }
  const { design, content } = prepared;
  const problems = [...prepared.problems];
  const type = TYPE[size];
  const layout = options.layout ?? (await layOut(prepared, size));
  const { geometry, fit, clamped } = layout;
  if (clamped)
    problems.push({
      rule: 'title-clamped',
      severity: 'warning',
      message: `Tittelen er for lang for ${CARD_SIZE_NAMES[size]} og er avkortet med «…». En kortere tittel gir et bedre kort.`,
    });
  const visual = await visualFor(prepared, geometry, problems, photo);
  const card: Card = { design, geometry, type, content, visual };
  const glyphs = createGlyphLog();
  const pass = await layoutPass(card, { mode: 'final', fit }, glyphs);
  return finishDrawing(card, pass, glyphs, problems, layout, false);
}

/** What a card adds to its photo's truecolour size, typically (text, panel, logo; bench/cards.ts). */
const AROUND_PHOTO: Record<CardSize, number> = { og: 60 * 1024, square: 70 * 1024, story: 90 * 1024 };

/**
 * The encoding follows from what the card shows. Without a photo, flat colours stay far within
 * the budget: truecolour. With a photo whose every colour would make the card too heavy, the
 * photo is pasted in 256 colours of its own (image.ts quantisedPhoto) and the card stays
 * truecolour when that fits: the rest of the card keeps its exact colours. Only a card too heavy
 * even so (a very detailed photo) gets a palette of its own.
 */
async function encodeDrawn(card: DrawnCard, canvas: CardCanvas | undefined, size: CardSize, maxBytes: number) {
  // A card within the size limit keeps every colour (truecolour: a deflate, see encode.ts).
  const truecolorBudget = maxBytes;
  const layer = card.photoLayer;
  // Without a photo, the SVG goes to PNG in one pipeline (see encode.ts).
  if (!canvas || !layer) return encodePng(card.svg, { truecolorBudget, maxBytes, expect: 'truecolor' });
  let photo = layer.image;
  if (!card.photoSimplified && photo.truecolorBytes + AROUND_PHOTO[size] > truecolorBudget) photo = await quantisedPhoto(photo);
  const expect = photo.truecolorBytes + AROUND_PHOTO[size] > truecolorBudget ? 'palette' : 'truecolor';
  return encodePng(canvas.paint(await photoPixels(photo, layer.radius)), { truecolorBudget, maxBytes, expect });
}

/** The card with its photo simplified (see PhotoOptions); the same SVG, so the same canvas. */
async function withSimplifiedPhoto(prepared: PreparedCard, card: DrawnCard): Promise<DrawnCard | undefined> {
  const { image, design } = prepared;
  if (!image.bytes || !card.photoLayer) return undefined;
  const grayscale = design.status?.status === 'cancelled';
  const photo = await prepareImage({ ...image, bytes: image.bytes }, card.photoLayer.box, { grayscale, simplified: true });
  if (!('encoded' in photo)) return undefined;
  return {
    ...card,
    photoLayer: { ...card.photoLayer, image: photo },
    photoSimplified: true,
  };
}

/**
 * A photo card as JPEG: drawn with the whole photo (never simplified: JPEG carries a photo well
 * within the limit), rasterised once with the photo pasted in, one encode.
 */
async function renderJpeg(prepared: PreparedCard, size: CardSize, maxBytes: number): Promise<CardResult> {
  const card = await drawCard(prepared, size);
  const layer = card.photoLayer;
  const pixels = layer
    ? (await rasteriseCard({ svg: card.svg, nodes: card.nodes, photoBox: layer.box })).paint(await photoPixels(layer.image, layer.radius))
    : await rasterise(card.svg);
  const { data, blank } = await encodeJpeg(pixels, maxBytes);
  const problems = [...card.problems];
  if (blank) problems.push(blankProblem());
  const tooLarge = sizeProblem(data.length, maxBytes, CARD_SIZE_NAMES[size]);
  if (tooLarge) problems.push(tooLarge);
  return { png: data, format: 'jpeg', width: card.width, height: card.height, problems };
}

export async function renderPrepared(prepared: PreparedCard, size: CardSize, options: RenderOptions = {}): Promise<CardResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (prepared.format === 'jpeg') return renderJpeg(prepared, size, maxBytes);
  let card = await drawCard(prepared, size, { maxBytes });
  // A photo card is rasterised once, to raw pixels the photo is pasted into (raster.ts).
  const canvas = card.photoLayer ? await rasteriseCard({ svg: card.svg, nodes: card.nodes, photoBox: card.photoLayer.box }) : undefined;
  let encoded = await encodeDrawn(card, canvas, size, maxBytes);
  // PNG is poor at photos: a detailed one can push a story card past the limit. Paste it in
  // again simplified to a few dozen colours (nothing else changes), and keep the smaller file.
  if (encoded.png.length > maxBytes && card.photo && !card.photoSimplified) {
    const simpler = await withSimplifiedPhoto(prepared, card);
    const smaller = simpler && (await encodeDrawn(simpler, canvas, size, maxBytes));
    if (simpler && smaller && smaller.png.length < encoded.png.length) {
      card = simpler;
      encoded = smaller;
    }
  }
  const problems = [...card.problems];
  const { png, blank } = encoded;
  if (blank) problems.push(blankProblem());
  const tooLarge = sizeProblem(png.length, maxBytes, CARD_SIZE_NAMES[size]);
  if (tooLarge) problems.push(tooLarge);
  return { png, format: 'png', width: card.width, height: card.height, problems };
}

/** Renders a card without the cache (tests, previews). Build code wants cardFor. */
export async function renderCard(input: CardInput, size: CardSize, options: RenderOptions = {}): Promise<CardResult> {
  return renderPrepared(await prepareCard(input), size, options);
}
