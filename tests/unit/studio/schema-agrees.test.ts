/**
 * The Studio schema, the rulebook's content model and the sample dataset describe the
 * same content: every field the dataset uses exists in the schema with the right type
 * (checked by Sanity's own validator), and the rulebook knows every field the schema has.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateDocument } from '@sanity/validation';
import { CONTENT_MODEL, type FieldSpec } from '../../../shared/rules/model.ts';
import { world } from '../rules/fixtures.ts';
import { schema } from './support.ts';

interface SchemaTypeLike {
  name: string;
  jsonType: string;
  type?: SchemaTypeLike;
  fields?: Array<{ name: string; type: SchemaTypeLike }>;
  of?: SchemaTypeLike[];
  to?: SchemaTypeLike[];
}

const chain = (type: SchemaTypeLike | undefined): string[] => {
  const names: string[] = [];
  for (let t = type; t; t = t.type) names.push(t.name);
  return names;
};

const SCHEMA_NAME: Record<FieldSpec['kind'], string> = {
  string: 'string',
  text: 'text',
  url: 'url',
  number: 'number',
  boolean: 'boolean',
  datetime: 'datetime',
  date: 'date',
  slug: 'slug',
  reference: 'reference',
  image: 'image',
  geopoint: 'geopoint',
  portableText: 'portableText',
  object: 'object',
  array: 'array',
};

/** Differences between a model spec and the schema's type for the same field. */
function compare(spec: FieldSpec, type: SchemaTypeLike, path: string): string[] {
  const names = chain(type);
  const expected = SCHEMA_NAME[spec.kind];
  const matches =
    spec.kind === 'object'
      ? type.jsonType === 'object' && !names.includes('image')
      : spec.kind === 'array'
        ? type.jsonType === 'array' && !names.includes('portableText')
        : names.includes(expected);
  // A plain string in the model may be a text or url in the schema only if the model says so.
  if (!matches || (spec.kind === 'string' && (names.includes('text') || names.includes('url')))) {
    return [`${path}: the rulebook says ${spec.kind}, the schema has ${names.join(' → ')}`];
  }
  const found: string[] = [];
  if (spec.kind === 'reference') {
    const to = (type.to ?? []).map((t) => t.name).sort();
    if (JSON.stringify(to) !== JSON.stringify([...(spec.to ?? [])].sort()))
      found.push(`${path}: refers to ${to.join(',')} in the schema, ${spec.to?.join(',')} in the rulebook`);
  }
  if (spec.kind === 'object' && spec.fields) found.push(...compareFields(spec.fields, type.fields ?? [], path));
  if (spec.kind === 'array' && spec.of) {
    const members = type.of ?? [];
    if (members.length !== 1) found.push(`${path}: the schema allows ${members.length} kinds of items, the rulebook one`);
    else found.push(...compare(spec.of, members[0]!, `${path}[]`));
  }
  return found;
}

function compareFields(
  model: Readonly<Record<string, FieldSpec>>,
  fields: Array<{ name: string; type: SchemaTypeLike }>,
  base: string,
): string[] {
  const found: string[] = [];
  const byName = new Map(fields.map((field) => [field.name, field.type]));
  for (const [name, spec] of Object.entries(model)) {
    const type = byName.get(name);
    if (!type) found.push(`${base}${name}: in the rulebook, not in the schema`);
    else found.push(...compare(spec, type, `${base}${name}`));
  }
  for (const name of byName.keys()) {
    if (!(name in model)) found.push(`${base}${name}: in the schema, unknown to the rulebook`);
  }
  return found;
}

test('the rulebook knows every document type and field of the schema, with the same kinds', () => {
  const found: string[] = [];
  for (const [typeName, model] of Object.entries(CONTENT_MODEL)) {
    const type = schema.get(typeName) as SchemaTypeLike | undefined;
    if (!type) {
      found.push(`${typeName}: no such document type in the schema`);
      continue;
    }
    found.push(...compareFields(model, type.fields ?? [], `${typeName}.`));
  }
  const documentTypes = (schema.getTypeNames() as string[]).filter(
    (name) => (schema.get(name) as { type?: { name?: string } }).type?.name === 'document' && !name.startsWith('sanity.'),
  );
  for (const name of documentTypes) if (!(name in CONTENT_MODEL)) found.push(`${name}: a document type the rulebook does not know`);
  assert.equal(found, []);
});

/** Markers from Sanity's own checks (unknown fields, wrong value types, list values), without custom validation. */
async function schemaDisagreements(documents: readonly { _id: string; _type: string }[]): Promise<string[]> {
  const found: string[] = [];
  for (const document of documents) {
    if (document._type.startsWith('sanity.') || document._id.startsWith('_.')) continue;
    if (!schema.get(document._type)) {
      found.push(`${document._id}: type ${document._type} is not in the schema`);
      continue;
    }
    const result = await validateDocument({ document: document as never, schema, getDocumentExists: async () => true });
    for (const marker of result.markers) found.push(`${document._id} ${JSON.stringify(marker.path)}: ${marker.message}`);
  }
  // Sanity reports an unknown field once per rule that looks at the object; once is enough here.
  return [...new Set(found)];
}

test('the rule fixtures are valid Studio documents', async () => {
  assert.equal(await schemaDisagreements(world()), []);
});

test('a field the schema does not have, or a value of the wrong type, is caught', async () => {
  const docs = world();
  const event = docs.find((d) => d._id === 'event.jazz')!;
  event.title = 5;
  event.colour = '#ff0000';
  assert.equal((await schemaDisagreements([event])).length, 2);
});

const SAMPLE = join(import.meta.dirname, '../../../dataset/sample');

test('every field the sample dataset uses exists in the schema, with the right type', async () => {
  assert.ok(existsSync(join(SAMPLE, 'data.ndjson')), 'dataset/sample/data.ndjson is missing: run npm run dataset:generate');
  const { loadDataset } = await import('../../../shared/content/dataset.ts');
  // Loaded as the import into a live project would store it: `_sanityAsset` becomes an asset reference.
  const dataset = await loadDataset(SAMPLE);
  const found = await schemaDisagreements(dataset.documents);
  assert.equal(found.slice(0, 30), [], `${found.length} disagreements`);
  const types = new Set(dataset.documents.map((d) => d._type));
  for (const type of Object.keys(CONTENT_MODEL)) assert.ok(types.has(type), `the sample has no ${type}`);
});

test.run();
