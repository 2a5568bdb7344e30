// One card, start to finish: measure the title with satori's layout, draw the card, check it,
// rasterise and encode it. No cache here (see cache.ts).
import satori from 'satori';
import { blankProblem, overflowProblems, sizeProblem, type LaidOutNode } from './checks.ts';
import { cardDesign, type CardDesign } from './design.ts';
import { cardTree, visualRadius, type CardText, type TitleArea, type TitleFit, type Visual } from './layout.ts';
import { encodePng } from './encode.ts';
import {
  chooseHyphenated,
  chooseSize,
  hyphenatedCandidates,
  longWords,
  normalizeText,
  sizeCandidates,
  wordCandidates,
  type Box,
} from './fit-title.ts';
import { cardGeometry, ROOM_STEPS, TYPE, type Geometry, type TypeScale } from './geometry.ts';
import { assetLoader, createGlyphLog, missingGlyphProblem, type GlyphLog } from './glyphs.ts';
import { prepareImage, readCardImage, type ImageBytes } from './image.ts';
import { themedPattern, toGray } from './pattern.ts';
import { CARD_SIZES } from './sizes.ts';
import type { CardInput, CardProblem, CardResult, CardSize, RenderOptions } from './types.ts';

export const DEFAULT_MAX_BYTES = 300 * 1024;

/** A card's input resolved to what it shows: normalised text, the theme's design, the image bytes. */
export interface PreparedCard {
  content: CardText;
  design: CardDesign;
  image: ImageBytes;
  /** Problems known before drawing (unknown accent, unreadable image). */
  problems: CardProblem[];
}

export async function prepareCard(input: CardInput): Promise<PreparedCard> {
  const { design, problems } = cardDesign(input);
  const image = await readCardImage(input.image);
  return {
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

async function visualFor(prepared: PreparedCard, geometry: Geometry, problems: CardProblem[]): Promise<Visual> {
  const { design, image, content } = prepared;
  const cancelled = design.status?.status === 'cancelled';
  if (image.bytes) {
    const photo = await prepareImage({ ...image, bytes: image.bytes }, geometry.image, { grayscale: cancelled });
    if ('dataUrl' in photo) return { kind: 'photo', dataUrl: photo.dataUrl };
    problems.push(photo.problem);
  }
  const colors = cancelled ? [...new Set(design.pattern.map(toGray))] : design.pattern;
  const seed = `${content.kind} ${content.title}`;
  return { kind: 'pattern', node: themedPattern(geometry.image, colors, seed, geometry.tile, geometry.frame ? visualRadius(design) : 0) };
}

export interface DrawnCard {
  svg: string;
  width: number;
  height: number;
  /** satori's layout boxes of the drawn card (keys: card, panel, title, date, venue, status, pattern, …). */
  nodes: LaidOutNode[];
  problems: CardProblem[];
}

/** Lays out and draws the card as SVG, with the checks that need the layout (glyphs, overflow). */
export async function drawCard(prepared: PreparedCard, size: CardSize): Promise<DrawnCard> {
  const { design, content } = prepared;
  const problems = [...prepared.problems];
  const type = TYPE[size];

  // Measure with the photo left out (it does not move anything); a title too long for the
  // standard layout gets more room before it would be clamped.
  let geometry = cardGeometry(design.layout, size, design.status !== undefined, 0);
  let chosen = await fitTitle({ design, geometry, type, content, visual: { kind: 'none' } });
  for (let room = 1; chosen.clamped && room < ROOM_STEPS; room++) {
    const roomier = cardGeometry(design.layout, size, design.status !== undefined, room);
    const fit = await fitTitle({ design, geometry: roomier, type, content, visual: { kind: 'none' } });
    geometry = roomier;
    chosen = fit;
  }
  const { fit, clamped } = chosen;
  if (clamped)
    problems.push({
      rule: 'title-clamped',
      severity: 'warning',
      message: `Tittelen er for lang for delingskortet (${CARD_SIZES[size].width}×${CARD_SIZES[size].height}) og er avkortet med «…». En kortere tittel gir et bedre kort.`,
    });
  const visual = await visualFor(prepared, geometry, problems);
  const card = { design, geometry, type, content, visual };

  const glyphs = createGlyphLog();
  const final = await layoutPass(card, { mode: 'final', fit }, glyphs);
  const glyphProblem = missingGlyphProblem(glyphs, {
    tittelen: content.title,
    overlinjen: content.eyebrow,
    datoen: content.dateText,
    stedet: content.venueText,
    nettstedsnavnet: content.siteTitle,
  });
  if (glyphProblem) problems.push(glyphProblem);
  problems.push(...overflowProblems(final.nodes, geometry));
  return { svg: final.svg, width: geometry.width, height: geometry.height, nodes: final.nodes, problems };
}

export async function renderPrepared(prepared: PreparedCard, size: CardSize, options: RenderOptions = {}): Promise<CardResult> {
  const drawn = await drawCard(prepared, size);
  const problems = [...drawn.problems];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { png, blank } = await encodePng(drawn.svg, maxBytes);
  if (blank) problems.push(blankProblem());
  const tooLarge = sizeProblem(png.length, maxBytes);
  if (tooLarge) problems.push(tooLarge);
  return { png, width: drawn.width, height: drawn.height, problems };
}

/** Renders a card without the cache (tests, previews). Build code wants cardFor. */
export async function renderCard(input: CardInput, size: CardSize, options: RenderOptions = {}): Promise<CardResult> {
  return renderPrepared(await prepareCard(input), size, options);
}
