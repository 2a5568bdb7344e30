/**
 * The shape every language's dictionary has (bokmål's, nb.ts, is the reference) and the two
 * ways a template is filled in: `fill` for `{name}` slots and `plural` for a count's forms.
 * No imports: the islands use these in the browser too.
 */
import type { nb } from './nb.ts';

/** A count's two forms, each with `{n}`: «1 arrangement» / «3 arrangementer». */
export interface PluralForms {
  one: string;
  other: string;
}

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every key bokmål has, each a string or a group of them. */
export type Dictionary = Shape<typeof nb>;

/**
 * "{site}: arrangementer" with { site: 'Appelsinia' } → "Appelsinia: arrangementer". A slot not
 * given at all is a programming error and throws; a value content left empty (null) is blank.
 */
export function fill(template: string, values: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in «${template}»`);
    return String(values[name] ?? '');
  });
}

/** The form for `n` (Norwegian has one singular: exactly 1), with `{n}` and any other slots filled. */
/** The text before and after one `{slot}` of a template, for markup around the value (a title marked with its own language). */
export function around(template: string, slot: string): [before: string, after: string] {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  return [before, after];
}

export function plural(n: number, forms: PluralForms, values: Record<string, string | number> = {}): string {
  return fill(n === 1 ? forms.one : forms.other, { ...values, n });
}
