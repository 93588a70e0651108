import { type DocumentNode, type GraphQLSchema, getNullableType, isListType } from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";
import { BadUserInputError } from "../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../models/page-size";
import { MAX_IDS_PER_ARGUMENT } from "../services/global-id";
import { parseSearchQuery } from "../services/search-query";

/**
 * What the expensive parts of a query cost, in the estimator's units (1 unit ≈ reading one row by id,
 * about 0.05 ms on the reference machine). Calibrated with `npm run bench:cost` (scripts/bench-cost.ts),
 * which times each kind of query on a seeded database and prints ms next to its estimated cost; the
 * README lists the numbers.
 */
export const COST_WEIGHTS = {
  /** A full-text condition (`filter.text`) or a `search`: one FTS5 MATCH plus the rows it selects. */
  fullText: 200,
  /** Extra for each prefix term (`word*`) by the length of the word: short prefixes expand to many words. */
  prefixByLength: [0, 0, 400, 150] as readonly number[],
  /** Extra for a prefix of 4 or more characters. */
  longPrefix: 60,
  /** `search` ranks (bm25) and builds a snippet for each result it returns: per result. */
  searchResult: 4,
  /** `coMentioned` aggregates every article the person is mentioned in: per person asked for. */
  coMentioned: 25,
  /** A nested page (`Person.quotes`, `Person.articles`, `Event.articles`) ranks all of the parent's rows. */
  nestedPage: 20,
  /** `totalCount` counts every row of the (filtered) list. */
  totalCount: 5,
} as const;

/** Shortest prefix (characters before `*`) a full-text query may use: `s*` would match most of the index. */
export const MIN_PREFIX_LENGTH = 2;

/** Fields whose `first`/`last` pages a nested connection ranked per parent. */
const NESTED_PAGES = new Set(["Person.quotes", "Person.articles", "Event.articles"]);

/**
 * The numbers of the cost model, in one place: the service's own estimate (estimateField) and the
 * `@cost`/`@listSize` directives the subgraph publishes for a router (limits/demand-control.ts) both
 * read them, so they change together. A router cannot price a query string, so the static weights hold
 * each expensive field's fixed part; estimateField adds what depends on the arguments.
 */
export const COST_MODEL = {
  /** What one field costs by itself, before its selections ("Type.field" in fieldWeights overrides it). */
  fieldCost: 1,
  /** Fixed weights of the expensive fields, replacing fieldCost for them (see COST_WEIGHTS). */
  fieldWeights: {
    "Query.search": 1 + COST_WEIGHTS.fullText,
    "Person.coMentioned": 1 + COST_WEIGHTS.coMentioned,
    ...Object.fromEntries([...NESTED_PAGES].map((key) => [key, 1 + COST_WEIGHTS.nestedPage])),
    // Mutations weigh what they do: ingesting extracts and stores up to a batch of documents, updating may extract one.
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
  /** What `totalCount` weighs on every connection: it counts every row of the (filtered) list. */
  totalCountWeight: 1 + COST_WEIGHTS.totalCount,
  /** How many items a list field without a size argument is assumed to return (articles quote 12 on average, some over 100). */
  listSizeEstimate: 25,
  /** Items a paged field returns when neither `first` nor `last` is given. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  /** Items `nodes(ids:)` is assumed to return when the router cannot count them (the most it accepts). */
  maxNodes: MAX_IDS_PER_ARGUMENT,
};

/** How many items a list field without a `first` argument is assumed to return. */
export const LIST_SIZE_ESTIMATE = COST_MODEL.listSizeEstimate;

/** The static weight of `typeName.fieldName` in the cost model. */
export function fieldWeight(typeName: string, fieldName: string): number {
  if (fieldName === "totalCount") return COST_MODEL.totalCountWeight;
  return COST_MODEL.fieldWeights[`${typeName}.${fieldName}`] ?? COST_MODEL.fieldCost;
}

/** The cost of a full-text query string (null: no full-text condition). */
export function fullTextCost(text: unknown, argumentName: string): number {
  if (typeof text !== "string") return 0;
  let terms;
  try {
    terms = parseSearchQuery(text, argumentName).terms;
  } catch (error) {
    // Blank, too long, no word: the field itself refuses it (naming the argument) before any SQL.
    if (error instanceof BadUserInputError) return COST_WEIGHTS.fullText;
    throw error;
  }
  let cost = COST_WEIGHTS.fullText;
  for (const term of terms) {
    if (!term.prefix) continue;
    const lastWord = term.text.trim().split(/\s+/u).at(-1) ?? "";
    const length = [...lastWord].length;
    if (length < MIN_PREFIX_LENGTH) {
      throw new BadUserInputError(`${argumentName}: a prefix needs at least ${MIN_PREFIX_LENGTH} characters before *`, argumentName);
    }
    cost += COST_WEIGHTS.prefixByLength[length] ?? COST_WEIGHTS.longPrefix;
  }
  return cost;
}

/**
 * The cost of one field: its weight (fieldWeight) plus its selections times the number of items it can
 * return. Paged fields count `first` or `last` items (DEFAULT_PAGE_SIZE when neither is given; at most
 * MAX_PAGE_SIZE, the field refuses more), `_entities` one per representation, `nodes` one per id, other
 * lists LIST_SIZE_ESTIMATE; a connection's `edges` are already counted by the connection's page size.
 * Full-text conditions (`filter.text`, `search`'s query) add what their terms cost, `search` a ranked
 * snippet per result. Introspection costs nothing (its size is bounded by the introspection-list limit).
 */
export function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  const key = `${type.name}.${field.name}`;
  const clamp = (n: number) => Math.min(Math.max(n, 0), MAX_PAGE_SIZE); // a larger one fails as BAD_USER_INPUT
  let own = fieldWeight(type.name, field.name);
  let items = 1;
  if (field.name === "_entities") {
    items = Array.isArray(args.representations) ? args.representations.length : 1;
  } else if (field.name === "nodes" && Array.isArray(args.ids)) {
    items = args.ids.length;
  } else if (typeof args.first === "number") {
    items = clamp(args.first);
  } else if (typeof args.last === "number") {
    items = clamp(args.last);
  } else if (field.args.some((arg) => arg.name === "first")) {
    items = COST_MODEL.defaultPageSize;
  } else if (isListType(getNullableType(field.type)) && !(field.name === "edges" && type.name.endsWith("Connection"))) {
    items = LIST_SIZE_ESTIMATE;
  }
  const filter = args.filter as { text?: unknown } | undefined;
  if (filter && typeof filter === "object") own += fullTextCost(filter.text, "filter.text");
  // The fixed part of a search (COST_WEIGHTS.fullText) is in its weight; its terms and results add to it.
  if (key === "Query.search") own += Math.max(0, fullTextCost(args.query, "query") - COST_WEIGHTS.fullText) + items * COST_WEIGHTS.searchResult;
  return own + items * childComplexity;
}

/** The estimated cost of running `operationName` of `document` with (coerced) `variables` (see estimateField). */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [estimateField],
    maxQueryNodes: Number.MAX_SAFE_INTEGER,
  });
}
