// Checks on a drawn card, before anyone publishes it: text inside the card and inside its own
// area (from satori's layout boxes), not one flat colour, not too heavy a file.
import type { CardProblem } from './types.ts';

export interface LaidOutNode {
  key?: string;
  left: number;
  top: number;
  width: number;
  height: number;
  textContent?: string;
  /** A text's font size (px), when it is set on the node: its glyphs may reach past the box. */
  fontSize?: number;
}

const TOLERANCE = 0.5;

const inside = (inner: LaidOutNode, outer: { left: number; top: number; width: number; height: number }) =>
  inner.left >= outer.left - TOLERANCE &&
  inner.top >= outer.top - TOLERANCE &&
  inner.left + inner.width <= outer.left + outer.width + TOLERANCE &&
  inner.top + inner.height <= outer.top + outer.height + TOLERANCE;

const FIELD_NAMES: Record<string, string> = {
  title: 'Tittelen',
  eyebrow: 'Overlinjen',
  date: 'Datoen',
  venue: 'Stedet',
  footer: 'Nettstedsnavnet',
  'status-label': 'Statusmerket',
  'status-note': 'Statusteksten',
};

// Which laid-out box each text must stay inside.
const AREA_OF: Record<string, string> = {
  title: 'panel',
  eyebrow: 'panel',
  date: 'panel',
  venue: 'panel',
  footer: 'panel',
  'status-label': 'status',
  'status-note': 'status',
};

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Every text box must lie inside the card, and inside the area it belongs to. */
export function overflowProblems(nodes: LaidOutNode[], card: { width: number; height: number }): CardProblem[] {
  const byKey = new Map(nodes.filter((node) => node.key).map((node) => [node.key!, node]));
  const problems: CardProblem[] = [];
  const cardBox = { left: 0, top: 0, ...card };
  for (const node of nodes) {
    if (!node.textContent || node.textContent.trim() === '') continue;
    const what = (node.key && FIELD_NAMES[node.key]) ?? 'Teksten';
    const area = node.key ? byKey.get(AREA_OF[node.key] ?? '') : undefined;
    const where = `(${Math.round(node.left)}, ${Math.round(node.top)}, ${Math.round(node.width)}×${Math.round(node.height)} px)`;
    if (!inside(node, cardBox)) {
      problems.push({
        rule: 'text-overflow',
        severity: 'error',
        message: `${what} «${excerpt(node.textContent)}» går utenfor delingskortet ${where}. Gjør teksten kortere.`,
      });
    } else if (area && !inside(node, area)) {
      problems.push({
        rule: 'text-overflow',
        severity: 'error',
        message: `${what} «${excerpt(node.textContent)}» går utenfor tekstfeltet på delingskortet ${where}. Gjør teksten kortere.`,
      });
    }
  }
  return problems;
}

/** True when every pixel is the same colour: nothing was drawn. */
export function isOneColour(data: Buffer, channels: number): boolean {
  if (data.length < channels) return true;
  for (let i = channels; i < data.length; i += channels) {
    for (let c = 0; c < channels; c++) if (data[i + c] !== data[c]) return false;
  }
  return true;
}

export function blankProblem(): CardProblem {
  return {
    rule: 'card-blank',
    severity: 'error',
    message: 'Delingskortet ble tegnet som én flat farge uten tekst eller bilde, og må ikke publiseres. Meld fra til de som drifter nettstedet.',
  };
}

export function sizeProblem(bytes: number, maxBytes: number, which = 'delingskortet'): CardProblem | undefined {
  if (bytes <= maxBytes) return undefined;
  const kb = (n: number) => `${Math.round(n / 1024)} kB`;
  return {
    rule: 'file-too-large',
    severity: 'warning',
    message:
      `Bildefilen for ${which} er ${kb(bytes)}, over grensen på ${kb(maxBytes)}, og lastes tregt i sosiale medier. ` +
      'Et bilde med roligere flater (mindre fine detaljer) gir en mindre fil.',
  };
}
