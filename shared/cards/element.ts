// Plain element objects in the shape satori reads (type, key, props.style, props.children).
// No JSX and no HTML parser anywhere: a title is a string child, so "<script>" stays text.

export type Style = Record<string, string | number>;

export interface CardNode {
  type: string;
  key?: string;
  props: {
    style?: Style;
    children?: Array<CardNode | string> | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

type Child = CardNode | string | null | undefined | false;

const keep = (children: Child[]): Array<CardNode | string> =>
  children.filter((child): child is CardNode | string => child !== null && child !== undefined && child !== false);

/** A flex box (satori's default display). */
export function box(style: Style, children: Child[] = [], key?: string): CardNode {
  return { type: 'div', key, props: { style: { display: 'flex', ...style }, children: keep(children) } };
}

/** A run of text: the string is a child, never markup. */
export function text(style: Style, content: string, key?: string): CardNode {
  // A lone string child: satori reports it as the node's textContent, which the checks read.
  return { type: 'div', key, props: { style, children: content } };
}

/**
 * An image drawn at exactly its box size. The identity transform is deliberate: without one,
 * satori wraps every <image> in an SVG mask of its own box (which clips nothing here), and
 * librsvg draws a masked element through a full offscreen layer — half the rasterising time
 * of a photo card. With a transform, satori clips the image with a plain (or rounded) clip path.
 */
export function image(src: string, width: number, height: number, style: Style = {}, key?: string): CardNode {
  return { type: 'img', key, props: { src, width, height, style: { width, height, transform: 'translate(0px, 0px)', ...style } } };
}
