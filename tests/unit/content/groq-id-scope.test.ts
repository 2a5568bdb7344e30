/**
 * The dataset source narrows `*[… && _id in $shown]` to the listed ids before groq-js runs it
 * (shared/content/groq-id-scope.ts). The oracle is groq-js itself, given the query as written
 * and every published document: the answers must be the same for every query a site runs.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluate, parse } from 'groq-js';
import { loadDataset, defaultDatasetPath } from '../../../shared/content/dataset.ts';
import { datasetSource } from '../../../shared/content/dataset-source.ts';
import { isPublicId } from '../../../shared/content/publication.ts';
import * as queries from '../../../shared/content/queries.ts';
import { scopeToIdParam } from '../../../shared/content/groq-id-scope.ts';

const dataset = await loadDataset(defaultDatasetPath());
const published = dataset.documents.filter((doc) => isPublicId(doc._id));
const byId = new Map(published.map((doc) => [doc._id, doc]));
const source = datasetSource(dataset);

async function asWritten(query: string, params: Record<string, unknown>): Promise<unknown> {
  const value = await evaluate(parse(query), { dataset: published, params, dereference: ({ _ref }) => byId.get(_ref) ?? null });
  return value.get();
}

const ids = published.map((doc) => doc._id);
const siteIds = published.filter((doc) => doc._type === 'site').map((doc) => doc._id);
const paramSets: Array<[string, Record<string, unknown>]> = [
  ['every id', { shown: ids }],
  ['every other id', { shown: ids.filter((_, i) => i % 2 === 0) }],
  ['no id', { shown: [] }],
  ['ids among other values', { shown: [...ids.slice(0, 20), 42, null, { _id: ids[0] }] }],
  ['no $shown at all', {}],
];

test('every site query answers as groq-js answers the query as written, for every site and every $shown', async () => {
  const named = Object.entries(queries as Record<string, unknown>).flatMap(([name, query]) => (typeof query === 'string' ? [[name, query] as const] : []));
  assert.ok(named.length >= 8, 'the site queries are found');
  let narrowed = 0;
  for (const [name, query] of named) {
    if (scopeToIdParam(parse(query))) narrowed += 1;
    for (const siteId of siteIds) {
      for (const [label, params] of paramSets) {
        const withSite = { ...params, siteId };
        assert.equal(await source.fetch(query, withSite), await asWritten(query, withSite), `${name}, ${siteId}, ${label}`);
      }
    }
  }
  assert.ok(narrowed >= 7, `the queries filtered by $shown are narrowed (${narrowed})`);
});

test('a query with any other `*` is left as written', () => {
  for (const query of [
    '*[_type == "event"]',
    'count(*)',
    '*[_type == "event" && _id in $shown]{_id, "all": count(*[_type == "event"])}',
    '*[_type == "event" && (_id in $shown || featured)]',
    '*[_type == "event" && _id in $shown && _id in $other]',
    '*[_type == "event" && ^._id in $shown]',
    '*[_type == "event" && _id in ["a", "b"]]',
  ]) assert.is(scopeToIdParam(parse(query)), undefined, query);
});

test('nested lists filtered by the same ids are narrowed with their parent, and the filter becomes true', () => {
  const scoped = scopeToIdParam(parse('{"a": *[_type == "x" && _id in $shown], "b": *[_id in $shown && _type == "y"]}'));
  assert.is(scoped?.param, 'shown');
  assert.not.match(JSON.stringify(scoped?.tree), /"op":"in"/);
  assert.is(JSON.stringify(scoped?.tree).match(/"type":"Value","value":true/g)?.length, 2);
});

test.run();
