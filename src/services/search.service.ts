import type { PrismaClient } from "../db/client";
import { BadUserInputError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { PageInfo } from "../models/page-info.type";
import { SearchKind } from "../models/search-kind.enum";
import type { SearchArgs } from "../models/search.args";
import { isArticleNode, type SearchNode } from "../models/search-result.union";
import type { SearchEdge } from "../models/search.type";
import type { Loaders } from "./loaders";
import { decodeSearchCursor, encodeSearchCursor, type SearchPosition, searchScope } from "./search-cursor";
import { parseSearchQuery } from "./search-query";
import { ELLIPSIS, MATCH_CLOSE, MATCH_OPEN, snippetFromMarked } from "./search-snippet";

/**
 * BM25 weight of each column of "SearchEntry" (title, body, kind, refId): a word in an article's title
 * counts as much as ten in its body. Quote texts are indexed as bodies; kind and refId are not indexed.
 */
const RANK = Prisma.sql`-bm25("SearchEntry", 10.0, 1.0, 0.0, 0.0)`;
/**
 * Paging compares scores as integers in units of 1e-9 ("rankKey"): Prisma binds a float parameter with
 * 16 significant digits, so a float score read back from a cursor may not equal the one SQLite computes,
 * while integers bind exactly. Scores closer than 1e-9 tie, and ties are ordered by kind and id; the key
 * stays below 2^53 so that it survives JavaScript numbers.
 */
const RANK_KEY = Prisma.sql`min(CAST(round(${RANK} * 1e9) AS INTEGER), ${BigInt(Number.MAX_SAFE_INTEGER)})`;
/** Most words a snippet shows (FTS5 allows at most 64). */
const SNIPPET_WORDS = 24;

/** A page of search results, shaped like the other connections. */
export interface SearchPage {
  edges: SearchEdge[];
  pageInfo: PageInfo;
  totalCount: number;
}

interface HitRow {
  kind: string;
  refId: number | bigint;
  rankKey: number | bigint;
  score: number;
  snippet: string;
}

/** Only the chosen kinds; nothing when every kind is wanted. */
function kindFilter(kinds: readonly SearchKind[]): Prisma.Sql {
  return kinds.length === Object.keys(SearchKind).length
    ? Prisma.empty
    : Prisma.sql`AND "kind" IN (${Prisma.join([...kinds])})`;
}

/** Rows strictly after `after` in the order rankKey DESC, kind, refId (keyset: no offsets). */
function afterFilter(after: SearchPosition | null): Prisma.Sql {
  if (after === null) return Prisma.empty;
  const rankKey = BigInt(after.rankKey);
  const id = BigInt(after.id);
  return Prisma.sql`WHERE "rankKey" < ${rankKey}
    OR ("rankKey" = ${rankKey} AND ("kind" > ${after.kind} OR ("kind" = ${after.kind} AND "refId" > ${id})))`;
}

/**
 * One page of the articles and quotes matching `args.query` (see parseSearchQuery for the syntax), best
 * first: BM25 with title words above body words, ties broken by kind (articles first) then id, so paging
 * with `after` neither skips nor repeats a result while the index is unchanged. Each edge has a snippet
 * with the matched words marked. Nodes load through the request's DataLoaders (one query per kind).
 * Throws BAD_USER_INPUT naming `query` or `after` for a query with nothing to search or a foreign cursor.
 */
export async function searchContent(prisma: PrismaClient, loaders: Loaders, args: SearchArgs): Promise<SearchPage> {
  const { match } = parseSearchQuery(args.query);
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : Object.values(SearchKind);
  const scope = searchScope(match, kinds);
  const after = args.after ? decodeSearchCursor(args.after, scope) : null;

  // The page is ranked over every match, but snippets are built for the page's rows only.
  const hitsQuery = prisma.$queryRaw<HitRow[]>`
    WITH "ranked" AS (
      SELECT "rowid" AS "entry", "kind", "refId", ${RANK} AS "score", ${RANK_KEY} AS "rankKey"
      FROM "SearchEntry"
      WHERE "SearchEntry" MATCH ${match} ${kindFilter(kinds)}
    ), "page" AS (
      SELECT * FROM "ranked" ${afterFilter(after)}
      ORDER BY "rankKey" DESC, "kind", "refId"
      LIMIT ${args.first + 1}
    )
    SELECT "page"."kind", "page"."refId", "page"."rankKey", "page"."score",
      snippet("SearchEntry", -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, ${ELLIPSIS}, ${SNIPPET_WORDS}) AS "snippet"
    FROM "page" JOIN "SearchEntry" ON "SearchEntry"."rowid" = "page"."entry"
    WHERE "SearchEntry" MATCH ${match}
    ORDER BY "page"."rankKey" DESC, "page"."kind", "page"."refId"`;
  const countQuery = prisma.$queryRaw<{ count: number | bigint }[]>`
    SELECT count(*) AS "count" FROM "SearchEntry" WHERE "SearchEntry" MATCH ${match} ${kindFilter(kinds)}`;
  const [hits, [{ count }]] = await Promise.all([hitsQuery, countQuery]);

  const page = hits.slice(0, args.first).map((hit) => ({
    position: { kind: hit.kind as SearchKind, id: Number(hit.refId), rankKey: Number(hit.rankKey) },
    score: Number(hit.score),
    snippet: hit.snippet,
  }));
  const idsOf = (kind: SearchKind) => page.filter((hit) => hit.position.kind === kind).map((hit) => hit.position.id);
  const [articles, quotes] = await Promise.all([
    loaders.article.loadMany(idsOf(SearchKind.ARTICLE)),
    loaders.quote.loadMany(idsOf(SearchKind.QUOTE)),
  ]);
  const nodes = new Map<string, SearchNode>();
  for (const node of [...articles, ...quotes]) {
    if (node instanceof Error) throw node;
    if (node) nodes.set(`${isArticleNode(node) ? SearchKind.ARTICLE : SearchKind.QUOTE}:${node.id}`, node);
  }

  const edges: SearchEdge[] = [];
  for (const { position, score, snippet } of page) {
    // A row deleted between the two statements is left out rather than answered as null.
    const node = nodes.get(`${position.kind}:${position.id}`);
    if (!node) continue;
    edges.push({ node, cursor: encodeSearchCursor(scope, position), score, snippet: snippetFromMarked(snippet) });
  }
  return {
    edges,
    totalCount: Number(count),
    pageInfo: {
      hasNextPage: hits.length > args.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Most rows a `text` filter may match: the ids become an `id IN (…)` list, and Prisma refuses more bound
 * parameters than SQLite's 999 (P2029, which was a 500); it also bounds the work of one statement.
 */
export const MAX_TEXT_FILTER_MATCHES = 900;

/**
 * The ids of the articles or quotes whose text matches `text` (the search syntax of parseSearchQuery),
 * for the `text` filters of the lists. Throws BAD_USER_INPUT naming `argumentName` for an unusable text,
 * or one that matches more than MAX_TEXT_FILTER_MATCHES rows.
 */
export async function matchingIds(
  prisma: PrismaClient,
  kind: SearchKind,
  text: string,
  argumentName: string,
): Promise<number[]> {
  const { match } = parseSearchQuery(text, argumentName);
  const rows = await prisma.$queryRaw<{ refId: number | bigint }[]>`
    SELECT "refId" FROM "SearchEntry" WHERE "SearchEntry" MATCH ${match} AND "kind" = ${kind}
    LIMIT ${MAX_TEXT_FILTER_MATCHES + 1}`;
  if (rows.length > MAX_TEXT_FILTER_MATCHES) {
    throw new BadUserInputError(
      `${argumentName} matches more than ${MAX_TEXT_FILTER_MATCHES} ${kind === SearchKind.QUOTE ? "quotes" : "articles"}: ` +
        "add words or lengthen the prefix, or use search(query) which ranks any number of matches",
      argumentName,
    );
  }
  return rows.map((row) => Number(row.refId));
}
