import { type DocumentNode, type GraphQLSchema, getNullableType, isListType } from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";

/** How many items a list field without a `first` argument is assumed to return. */
export const LIST_SIZE_ESTIMATE = 10;

/**
 * The cost of one field: 1 plus its selections, times the number of items it can return. Paged fields
 * count `first` items (their default when not given), `_entities` one per representation, other lists
 * LIST_SIZE_ESTIMATE; a connection's `edges` are already counted by the connection's `first`.
 * Introspection costs nothing.
 */
export function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  let items = 1;
  if (field.name === "_entities") {
    items = Array.isArray(args.representations) ? args.representations.length : 1;
  } else if (typeof args.first === "number") {
    items = args.first;
  } else if (isListType(getNullableType(field.type)) && !(field.name === "edges" && type.name.endsWith("Connection"))) {
    items = LIST_SIZE_ESTIMATE;
  }
  return 1 + items * childComplexity;
}

/** The estimated cost of running `operationName` of `document` with `variables` (see estimateField). */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [estimateField] });
}
