/**
 * Walks a document along the content model: every value present in a known field,
 * with its path and its spec, including array items, image fields and the links and
 * images inside Portable Text. Values of the wrong shape are visited but not entered,
 * so rules downstream only ever see what they can read.
 */
import { CONTENT_MODEL, PORTABLE_TEXT, imageFields, type FieldSpec } from './model.ts';
import { isObject, joinPath, type PlainObject } from './values.ts';
import type { ContentDocument } from './types.ts';

export interface Visit {
  path: string;
  value: unknown;
  spec: FieldSpec;
  /** The object holding the value (the document at the top). */
  parent: PlainObject;
  /** Labels from the top field down to this value, e.g. ["Toppfelt", "Bilde"]. */
  labels: readonly string[];
}

/** The label an editor recognises: the field, with its group when it sits inside one ("Toppfelt › Bilde"). */
export function labelOf(node: Pick<Visit, 'labels'>): string {
  return node.labels.slice(-2).join(' › ');
}

const PORTABLE_TEXT_IMAGE: FieldSpec = { kind: 'image', label: 'Bilde i teksten' };

export function walkDocument(document: ContentDocument, visit: (node: Visit) => void): void {
  const fields = CONTENT_MODEL[document._type];
  if (!fields) return;
  walkFields(document, fields, '', [], visit);
}

type Labels = readonly string[];

function walkFields(
  object: PlainObject,
  fields: Readonly<Record<string, FieldSpec>>,
  base: string,
  labels: Labels,
  visit: (node: Visit) => void,
) {
  for (const [name, spec] of Object.entries(fields)) {
    const value = object[name];
    if (value === undefined || value === null) continue;
    walkValue(value, spec, joinPath(base, name), object, [...labels, spec.label], visit);
  }
}

function walkValue(value: unknown, spec: FieldSpec, path: string, parent: PlainObject, labels: Labels, visit: (node: Visit) => void) {
  visit({ path, value, spec, parent, labels });
  switch (spec.kind) {
    case 'object':
      if (isObject(value) && spec.fields) walkFields(value, spec.fields, path, labels, visit);
      return;
    case 'image':
      if (isObject(value)) walkFields(value, imageFields, path, labels, visit);
      return;
    case 'array':
      if (Array.isArray(value) && spec.of) {
        const of = spec.of;
        value.forEach((item, index) => {
          // An item is named by its own label ("Menypunkt"), not the list's, so messages stay short.
          if (item !== undefined && item !== null) walkValue(item, of, joinPath(path, index), parent, [of.label], visit);
        });
      }
      return;
    case 'portableText':
      if (Array.isArray(value)) value.forEach((item, index) => walkPortableTextItem(item, joinPath(path, index), visit));
      return;
    default:
      return;
  }
}

function walkPortableTextItem(item: unknown, path: string, visit: (node: Visit) => void) {
  if (!isObject(item)) return;
  if (item._type === 'image') {
    walkValue(item, PORTABLE_TEXT_IMAGE, path, item, [PORTABLE_TEXT_IMAGE.label], visit);
  } else if (item._type === 'callout') {
    walkValue(item, PORTABLE_TEXT.callout, path, item, [PORTABLE_TEXT.callout.label], visit);
  } else if (item._type === 'passage') {
    walkValue(item, PORTABLE_TEXT.passage, path, item, [PORTABLE_TEXT.passage.label], visit);
  } else if (item._type === 'block' && Array.isArray(item.markDefs)) {
    item.markDefs.forEach((markDef, index) => {
      if (!isObject(markDef)) return;
      const markPath = joinPath(joinPath(path, 'markDefs'), index);
      if (markDef._type === 'link') walkValue(markDef, PORTABLE_TEXT.link, markPath, item, ['Lenke i teksten'], visit);
      else if (markDef._type === 'internalLink') walkValue(markDef, PORTABLE_TEXT.internalLink, markPath, item, ['Lenke i teksten'], visit);
      else if (markDef._type === 'lang') walkValue(markDef, PORTABLE_TEXT.lang, markPath, item, [PORTABLE_TEXT.lang.label], visit);
    });
  }
}
