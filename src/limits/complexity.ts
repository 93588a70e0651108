import { type DocumentNode, type GraphQLSchema, getNullableType, isListType } from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";
import { BadUserInputError } from "../errors";
import { MAX_PAGE_SIZE } from "../models/page.args";
import { parseSearchQuery } from "../services/search-query";

/** How many items a list field without a `first` argument is assumed to return (articles in the eval corpus quote 12 on average, some over 100). */
export const LIST_SIZE_ESTIMATE = 25;

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

/** Fields whose `first` pages a nested connection ranked per parent. */
const NESTED_PAGES = new Set(["Person.quotes", "Person.articles", "Event.articles"]);

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
 * The cost of one field: its own work plus its selections times the number of items it can return.
 * Paged fields count `first` items (their default when not given; at most MAX_PAGE_SIZE, the field refuses more), `_entities` one per representation,
 * other lists LIST_SIZE_ESTIMATE; a connection's `edges` are already counted by the connection's `first`.
 * Own work is 1, plus COST_WEIGHTS for full-text conditions, `search`, `coMentioned`, nested pages and
 * `totalCount`. Introspection costs nothing (its size is bounded by the introspection-list limit).
 */
export function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  const key = `${type.name}.${field.name}`;
  let own = 1;
  let items = 1;
  if (field.name === "_entities") {
    items = Array.isArray(args.representations) ? args.representations.length : 1;
  } else if (typeof args.first === "number") {
    items = Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE); // a larger first fails as BAD_USER_INPUT naming first
  } else if (isListType(getNullableType(field.type)) && !(field.name === "edges" && type.name.endsWith("Connection"))) {
    items = LIST_SIZE_ESTIMATE;
  }
  const filter = args.filter as { text?: unknown } | undefined;
  if (filter && typeof filter === "object") own += fullTextCost(filter.text, "filter.text");
  if (key === "Query.search") own += fullTextCost(args.query, "query") + items * COST_WEIGHTS.searchResult;
  if (field.name === "coMentioned") own += COST_WEIGHTS.coMentioned;
  if (NESTED_PAGES.has(key)) own += COST_WEIGHTS.nestedPage;
  if (field.name === "totalCount") own += COST_WEIGHTS.totalCount;
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
