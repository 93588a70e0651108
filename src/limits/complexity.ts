import { type DocumentNode, type GraphQLSchema, getNullableType, isListType } from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../models/page.args";
import { MAX_IDS_PER_ARGUMENT } from "../services/global-id";

/**
 * The numbers of the cost model, in one place: the service's own estimate (estimateField) and the
 * `@cost`/`@listSize` directives the subgraph publishes for a router (limits/demand-control.ts) both
 * read them, so they change together.
 */
export const COST_MODEL = {
  /** What one field costs by itself, before its selections ("Type.field" in fieldWeights overrides it). */
  fieldCost: 1,
  /**
   * Weights of particular fields ("Query.search": 5), replacing fieldCost for them. Mutations (issue 11)
   * weigh what they do: ingesting extracts and stores up to a batch of documents, updating may extract one.
   */
  fieldWeights: {
    "Mutation.ingestDocuments": 1000,
    "Mutation.updateArticle": 200,
    "Mutation.deleteArticle": 50,
    "Mutation.mergePeople": 50,
    "Mutation.splitPerson": 50,
    "Mutation.renamePerson": 20,
    "Mutation.correctQuote": 20,
    "Mutation.addQuote": 20,
    "Mutation.deleteQuote": 20,
  } as Readonly<Record<string, number>>,
  /** How many items a list field without a size argument is assumed to return. */
  listSizeEstimate: 10,
  /** Items a paged field returns when neither `first` nor `last` is given. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  /** Items `nodes(ids:)` is assumed to return when the router cannot count them (the most it accepts). */
  maxNodes: MAX_IDS_PER_ARGUMENT,
};

/** How many items a list field without a `first` argument is assumed to return. */
export const LIST_SIZE_ESTIMATE = COST_MODEL.listSizeEstimate;

/** The weight of `typeName.fieldName` in the cost model. */
export function fieldWeight(typeName: string, fieldName: string): number {
  return COST_MODEL.fieldWeights[`${typeName}.${fieldName}`] ?? COST_MODEL.fieldCost;
}

/**
 * The cost of one field: its weight (1) plus its selections, times the number of items it can return.
 * Paged fields count `first` or `last` items (DEFAULT_PAGE_SIZE when neither is given), `_entities` one
 * per representation, `nodes` one per id, other lists LIST_SIZE_ESTIMATE; a connection's `edges` are
 * already counted by the connection's page size. Introspection costs nothing.
 */
export function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  let items = 1;
  if (field.name === "_entities") {
    items = Array.isArray(args.representations) ? args.representations.length : 1;
  } else if (field.name === "nodes" && Array.isArray(args.ids)) {
    items = args.ids.length;
  } else if (typeof args.first === "number") {
    items = args.first;
  } else if (typeof args.last === "number") {
    items = args.last;
  } else if (field.args.some((arg) => arg.name === "first")) {
    items = COST_MODEL.defaultPageSize;
  } else if (isListType(getNullableType(field.type)) && !(field.name === "edges" && type.name.endsWith("Connection"))) {
    items = LIST_SIZE_ESTIMATE;
  }
  return fieldWeight(type.name, field.name) + items * childComplexity;
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
