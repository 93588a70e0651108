import {
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type TypeNode,
  visit,
} from "graphql";
import { COST_MODEL, fieldWeight } from "./complexity";

const BUILT_IN_SCALARS = ["String", "Int", "Float", "Boolean", "ID"];

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function isList(type: TypeNode): boolean {
  return type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE);
}

function value(v: number | boolean | string[]): ConstValueNode {
  if (typeof v === "number") return { kind: Kind.INT, value: String(v) };
  if (typeof v === "boolean") return { kind: Kind.BOOLEAN, value: v };
  return { kind: Kind.LIST, values: v.map((s) => ({ kind: Kind.STRING, value: s })) };
}

function directive(name: string, args: Record<string, number | boolean | string[]>): ConstDirectiveNode {
  const nodes: ConstArgumentNode[] = Object.entries(args).map(([argName, v]) => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: argName },
    value: value(v),
  }));
  return { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: name }, arguments: nodes };
}

/** The default value of a field's Int argument, when the SDL declares one. */
function defaultOf(field: FieldDefinitionNode, argName: string): number | null {
  const arg = field.arguments?.find((a) => a.name.value === argName);
  return arg?.defaultValue?.kind === Kind.INT ? Number(arg.defaultValue.value) : null;
}

/**
 * The Federation demand-control directives (`@cost`, `@listSize`) for one field of `typeName`, so that a
 * router's static cost estimate uses the service's own cost model (limits/complexity.ts):
 * - every field weighs COST_MODEL's field weight: the router weighs objects 1 and leaves 0 by default, so
 *   leaves get `@cost(weight: 1)`, and any field whose weight differs from the router's default gets it too;
 * - connections (fields with `first` returning a …Connection) are sized by `first` or `last`, the size
 *   applying to `edges`, and DEFAULT_PAGE_SIZE without either;
 * - `nodes(ids:)` is assumed to return the most ids it accepts; other lists are sized by their `first`
 *   argument when they have one (its default otherwise), else by the list-size estimate.
 */
function demandDirectives(typeName: string, field: FieldDefinitionNode, leafTypes: Set<string>): ConstDirectiveNode[] {
  const directives: ConstDirectiveNode[] = [];
  const name = field.name.value;
  const target = namedType(field.type);
  const weight = fieldWeight(typeName, name);
  const routerDefault = leafTypes.has(target) && !isList(field.type) ? 0 : 1;
  if (weight !== routerDefault) directives.push(directive("cost", { weight }));
  const argNames = new Set((field.arguments ?? []).map((a) => a.name.value));
  const slicing = ["first", "last"].filter((a) => argNames.has(a));
  if (target.endsWith("Connection") && slicing.length > 0) {
    directives.push(
      directive("listSize", {
        assumedSize: COST_MODEL.defaultPageSize,
        slicingArguments: slicing,
        sizedFields: ["edges"],
        requireOneSlicingArgument: false,
      }),
    );
  } else if (isList(field.type) && !(name === "edges" && typeName.endsWith("Connection"))) {
    if (typeName === "Query" && name === "nodes") {
      directives.push(directive("listSize", { assumedSize: COST_MODEL.maxNodes }));
    } else if (slicing.length > 0) {
      const assumed = defaultOf(field, "first") ?? COST_MODEL.listSizeEstimate;
      directives.push(directive("listSize", { assumedSize: assumed, slicingArguments: slicing, requireOneSlicingArgument: false }));
    } else {
      directives.push(directive("listSize", { assumedSize: COST_MODEL.listSizeEstimate }));
    }
  }
  return directives;
}

/**
 * Adds `@cost` and `@listSize` to the object type fields of a subgraph SDL (see demandDirectives).
 * Interface fields are left alone: Federation does not allow `@cost` there (the object fields carry it).
 */
export function withDemandControl(document: DocumentNode): DocumentNode {
  const leafTypes = new Set(BUILT_IN_SCALARS);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      leafTypes.add(definition.name.value);
    }
  }
  return visit(document, {
    ObjectTypeDefinition(node) {
      return {
        ...node,
        fields: node.fields?.map((field) => ({
          ...field,
          directives: [...(field.directives ?? []), ...demandDirectives(node.name.value, field, leafTypes)],
        })),
      };
    },
  });
}
