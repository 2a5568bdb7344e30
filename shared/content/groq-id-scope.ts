/**
 * groq-js evaluates `_id in $shown` by comparing the document's id with every element of the
 * array, converting each element on the way: with a site's thousand events and a thousand ids in
 * `$shown`, the site's queries spent seconds there (most of the warm renderer's time for one
 * edited event at 10,000 events). The Content Lake answers the same filter from an index.
 *
 * When every `*` in a query is filtered by a conjunct `_id in $param` (as every query in
 * queries.ts that takes `$shown` is), the query means the same over only the documents whose id
 * is in `$param`, with that conjunct replaced by `true`: each `*` then yields exactly the
 * documents it yielded before, and nothing else in the query sees the dataset (references are
 * followed through the source's own index of every document). A query with any other `*` is left
 * as it is. tests/unit/content/groq-id-scope.test.ts compares both on every site query.
 */
import type { ExprNode } from 'groq-js';

export interface IdScoped {
  /** The query with each `_id in $param` conjunct replaced by `true`. */
  tree: ExprNode;
  /** The parameter whose ids the dataset is narrowed to. */
  param: string;
}

type Node = { type: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** `_id in $name` on the document being filtered: the parameter's name, or undefined. */
function idInParam(node: Node): string | undefined {
  if (node.type !== 'OpCall' || node.op !== 'in') return undefined;
  const left = node.left as Node;
  const right = node.right as Node;
  if (left?.type !== 'AccessAttribute' || left.name !== '_id' || left.base !== undefined) return undefined;
  return right?.type === 'Parameter' && typeof right.name === 'string' ? right.name : undefined;
}

/** The conjuncts of an `&&` chain. */
function conjuncts(node: Node): Node[] {
  return node.type === 'And' ? [...conjuncts(node.left as Node), ...conjuncts(node.right as Node)] : [node];
}

/** Every node of the tree, with the node holding it. */
function* nodes(node: Node, parent?: Node): Generator<[Node, Node | undefined]> {
  yield [node, parent];
  for (const value of Object.values(node)) {
    for (const item of Array.isArray(value) ? value : [value]) if (isNode(item)) yield* nodes(item, node);
  }
}

/** The query narrowed to the ids of one parameter, when every `*` in it is filtered by them; otherwise undefined. */
export function scopeToIdParam(tree: ExprNode): IdScoped | undefined {
  const root = tree as unknown as Node;
  let param: string | undefined;
  const replaced = new Set<Node>();
  for (const [node, parent] of nodes(root)) {
    if (node.type !== 'Everything') continue;
    if (parent?.type !== 'Filter' || parent.base !== node) return undefined;
    const filters = conjuncts(parent.expr as Node).filter((conjunct) => idInParam(conjunct) !== undefined);
    const name = filters.length ? idInParam(filters[0]!) : undefined;
    if (!name || (param !== undefined && name !== param) || filters.some((filter) => idInParam(filter) !== name)) return undefined;
    param = name;
    for (const filter of filters) replaced.add(filter);
  }
  if (!param) return undefined;
  const copy = (node: Node): Node => {
    if (replaced.has(node)) return { type: 'Value', value: true };
    const out: Node = { type: node.type };
    for (const [key, value] of Object.entries(node)) {
      out[key] = Array.isArray(value) ? value.map((item) => (isNode(item) ? copy(item) : item)) : isNode(value) ? copy(value) : value;
    }
    return out;
  };
  return { tree: copy(root) as unknown as ExprNode, param };
}
