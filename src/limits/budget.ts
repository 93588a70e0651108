import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** What an operation asks for once every fragment is expanded where it is spread. */
export interface OperationShape {
  /** Deepest field nesting, introspection not counted: `{ articles { edges { node { title } } } }` is 4. */
  depth: number;
  /** Fields the operation selects after fragment expansion (introspection included). */
  fields: number;
  /** Fields at the top level of the operation (after expansion), e.g. one per alias of `articles`. */
  rootFields: number;
}

interface Measure {
  depth: number;
  fields: number;
  top: number;
}

const EMPTY: Measure = { depth: 0, fields: 0, top: 0 };

/**
 * Measures an operation in time linear in the document: each fragment is measured once (per context:
 * inside introspection, which depth does not count, or not) and its measure reused at every spread, so a fragment "diamond"
 * (`F1 { ...F2 ...F2 }`, `F2 { ...F3 ...F3 }`, …) costs as much as its text while its `fields` count
 * grows as the expansion would (2^levels). Cyclic and unknown spreads count nothing (validation reports them).
 * Field counts may exceed Number.MAX_SAFE_INTEGER for absurd documents; they only ever get compared to a limit.
 *
 * @throws RangeError only when the document nests deeper than the JavaScript stack allows (callers map it to
 *   a depth error); the token limit keeps documents far below that.
 */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();

  const measureSet = (set: SelectionSetNode | undefined, introspection: boolean): Measure => {
    if (!set) return EMPTY;
    let depth = 0;
    let fields = 0;
    let top = 0;
    for (const selection of set.selections) {
      let child: Measure;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const entersIntrospection = introspection || name === "__schema" || name === "__type";
        const inner = measureSet(selection.selectionSet, entersIntrospection);
        const countsDepth = !entersIntrospection && !name.startsWith("__");
        child = { depth: countsDepth ? 1 + inner.depth : 0, fields: 1 + inner.fields, top: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        child = measureSet(selection.selectionSet, introspection);
      } else {
        const name = selection.name.value;
        const key = `${introspection ? "i" : "o"}:${name}`;
        const known = memo.get(key);
        if (known) {
          child = known;
        } else {
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(key)) {
            child = EMPTY;
          } else {
            visiting.add(key);
            child = measureSet(fragment.selectionSet, introspection);
            visiting.delete(key);
            memo.set(key, child);
          }
        }
      }
      depth = Math.max(depth, child.depth);
      fields += child.fields;
      top += child.top;
    }
    return { depth, fields, top };
  };

  const m = measureSet(operation.selectionSet, false);
  return { depth: m.depth, fields: m.fields, rootFields: m.top };
}
