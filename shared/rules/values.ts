/**
 * Careful readers for values of unknown shape. A document can hold anything (a number
 * where a title belongs, an object where a date belongs); rules read through these so
 * a wrong type is reported by the type rule and never crashes another rule.
 */
export type PlainObject = Record<string, unknown>;

export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string with something other than whitespace in it. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function refOf(value: unknown): string | undefined {
  return isObject(value) && hasText(value._ref) ? value._ref : undefined;
}

export function slugOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.current === 'string' ? value.current : undefined;
}

/** Length as a reader counts it: characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// ISO 8601 date and time with an explicit offset, as Sanity stores datetimes.
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch for a valid ISO datetime with offset, else undefined. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATETIME.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** A calendar day as Sanity's date type stores it (YYYY-MM-DD), or undefined when it is not a real day. */
export function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? undefined : value;
}

/** "hero" + "image" → "hero.image"; "body" + 2 → "body[2]". */
export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  return base ? `${base}.${segment}` : segment;
}

/** A short, safe rendering of an editor's value inside a message: quoted, one line, cut. */
export function quote(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Control characters are shown as spaces so a value cannot steer a terminal.
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const chars = Array.from(oneLine);
  return `«${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : oneLine}»`;
}

/** Documents the rulebook never looks at: Sanity's own (assets, system) and unknown internals. */
export function isSystemDocument(document: { _id?: unknown; _type?: unknown }): boolean {
  const id = typeof document._id === 'string' ? document._id : '';
  const type = typeof document._type === 'string' ? document._type : '';
  return id.startsWith('_.') || type.startsWith('sanity.') || type.startsWith('system.');
}

export { isPublicId, publishedIdOf } from '../content/publication.ts';
