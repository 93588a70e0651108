import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { PageInfo } from "../models/page-info.type";
import { SearchKind } from "../models/search-kind.enum";
import type { SearchArgs } from "../models/search.args";
import type { SearchEdge } from "../models/search.type";
import type { Loaders } from "./loaders";
import { parseSearchQuery } from "./search-query";
import { ELLIPSIS, MATCH_CLOSE, MATCH_OPEN } from "./search-snippet";
import { isPostgres } from "../db/dialect";
import { heavyQueryRaw } from "../db/read-pool";
import { searchContentPostgres, textMatchSqlPostgres } from "./search/postgres";
import { searchPageOf } from "./search-page";
import { beyondSql, searchWindow } from "./search-window";
import { DEFAULT_SEARCH_CANDIDATES } from "../limits/defaults";

/**
 * BM25 weight of each column of "SearchEntry" (title, body, kind, refId): a word in an article's title
 * counts as much as ten in its body. Quote texts are indexed as bodies; kind and refId are not indexed.
 */
const BM25 = Prisma.sql`bm25("SearchEntry", 10.0, 1.0, 0.0, 0.0)`;
/**
 * Paging compares scores as integers in units of 1e-9 ("rankKey"): Prisma binds a float parameter with
 * 16 significant digits, so a float score read back from a cursor may not equal the one SQLite computes,
 * while integers bind exactly. Scores closer than 1e-9 tie, and ties are ordered by kind and id; the key
 * stays below 2^53 so that it survives JavaScript numbers. `score` is the column holding the score.
 */
const rankKeyOf = (score: Prisma.Sql) =>
  Prisma.sql`min(CAST(round(${score} * 1e9) AS INTEGER), ${BigInt(Number.MAX_SAFE_INTEGER)})`;
/** Most words a snippet shows (FTS5 allows at most 64). */
const SNIPPET_WORDS = 24;

/** A page of search results, shaped like the other connections. */
export interface SearchPage {
  edges: SearchEdge[];
  pageInfo: PageInfo;
  /** Counted only when read (see withTotalCount). */
  totalCount: number | Promise<number>;
}

interface HitRow {
  kind: string;
  refId: number | bigint;
  rankKey: number | bigint;
  score: number;
  snippet: string;
}

/** The index's rowid says the kind (article N → 2N, quote N → 2N + 1), so no stored column is read per match. */
const rowidKind = (kind: SearchKind) => (kind === SearchKind.QUOTE ? 1 : 0);
/** The kinds' tables, for the highest rowid each kind can have. */
const KIND_TABLE: Record<SearchKind, Prisma.Sql> = { [SearchKind.ARTICLE]: Prisma.sql`"Article"`, [SearchKind.QUOTE]: Prisma.sql`"Quote"` };

/**
 * The matches of `kind` that search ranks: with `candidates` > 0 only the `candidates` most recently added
 * ones (the highest rowids), found by walking the index backwards from the kind's highest possible rowid
 * and passed to FTS5 as a rowid range, so neither finding them nor scoring them reads the older matches;
 * with 0 every match. `columns` is the select list (it may call bm25).
 */
function candidatesOf(kind: SearchKind, match: string, candidates: number, columns: Prisma.Sql): Prisma.Sql {
  const k = rowidKind(kind);
  if (candidates <= 0) {
    return Prisma.sql`SELECT ${columns} FROM "SearchEntry" WHERE "SearchEntry" MATCH ${match} AND ("rowid" & 1) = ${k}`;
  }
  const highest = Prisma.sql`(SELECT 2 * coalesce(max("id"), 0) + ${k} FROM ${KIND_TABLE[kind]})`;
  const floor = Prisma.sql`coalesce((SELECT "rowid" FROM "SearchEntry"
      WHERE "SearchEntry" MATCH ${match} AND "rowid" <= ${highest} AND ("rowid" & 1) = ${k}
      ORDER BY "rowid" DESC LIMIT 1 OFFSET ${candidates - 1}), 0)`;
  return Prisma.sql`SELECT ${columns} FROM "SearchEntry"
    WHERE "SearchEntry" MATCH ${match} AND "rowid" >= ${floor} AND ("rowid" & 1) = ${k}`;
}

/**
 * One page of the articles and quotes matching `args.query` (see parseSearchQuery for the syntax), best
 * first: BM25 with title words above body words, ties broken by kind (articles first) then id, so paging
 * with `first`/`after` or `last`/`before` neither skips nor repeats a result while the index is unchanged. Each edge has a snippet
 * with the matched words marked. Nodes load through the request's DataLoaders (one query per kind). With
 * `candidates` > 0 only the `candidates` most recently added matches of each kind are ranked and counted
 * (SEARCH_CANDIDATES): the work is bounded by that, not by how many texts hold the words.
 * Throws BAD_USER_INPUT naming `query`, `after` or `before` for a query with nothing to search or a foreign
 * cursor, and naming `last` for first with last.
 */
export async function searchContent(
  prisma: PrismaClient,
  loaders: Loaders,
  args: SearchArgs,
  candidates: number = DEFAULT_SEARCH_CANDIDATES,
): Promise<SearchPage> {
  if (isPostgres(prisma)) return searchContentPostgres(prisma, loaders, args, candidates);
  const { match } = parseSearchQuery(args.query);
  const { kinds, scope, window, start, where, order } = searchWindow(args, match);
  // The kind and id come from the rowid, so ranking reads no stored column (reading "kind" and "refId"
  // per match cost more than bm25 itself: 7.4 → 3.0 ms for 7,947 matches at 2k documents). Materializing
  // "scored" to keep SQLite from inlining bm25 twice measured slower (3.9 ms). Snippets: the page only.
  const scoredColumns = Prisma.sql`"rowid" AS "entry", -${BM25} AS "score"`;
  const ranked = Prisma.sql`"scored" AS (
      ${Prisma.join(kinds.map((kind) => candidatesOf(kind, match, candidates, scoredColumns)), " UNION ALL ")}
    ), "ranked" AS (
      SELECT "entry", CASE "entry" & 1 WHEN 0 THEN ${SearchKind.ARTICLE} ELSE ${SearchKind.QUOTE} END AS "kind",
        "entry" >> 1 AS "refId", "score", ${rankKeyOf(Prisma.sql`"score"`)} AS "rankKey"
      FROM "scored"
    )`;

  const hitsQuery = heavyQueryRaw<HitRow>(prisma, Prisma.sql`
    WITH ${ranked}, "page" AS (
      SELECT * FROM "ranked" ${where}
      ORDER BY ${order()}
      LIMIT ${window.size + 1}
    )
    SELECT "page"."kind", "page"."refId", "page"."rankKey", "page"."score",
      snippet("SearchEntry", -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, ${ELLIPSIS}, ${SNIPPET_WORDS}) AS "snippet"
    FROM "page" JOIN "SearchEntry" ON "SearchEntry"."rowid" = "page"."entry"
    WHERE "SearchEntry" MATCH ${match}
    ORDER BY ${order("page")}`);
  // pageInfo's other side: anything at or before `after` (forward), at or after `before` (backward).
  // Usually the cursor's own row still matches, which answers it with one rowid lookup; only when it is
  // gone does the ranked list have to be read.
  const beyondQuery = start
    ? (async () => {
        const entry = BigInt(start.id) * 2n + BigInt(rowidKind(start.kind));
        const itself = await prisma.$queryRaw<unknown[]>`
          SELECT 1 FROM "SearchEntry" WHERE "rowid" = ${entry} AND "SearchEntry" MATCH ${match}`;
        if (itself.length > 0 && kinds.includes(start.kind)) return itself;
        return heavyQueryRaw<unknown>(prisma, Prisma.sql`WITH ${ranked}
          SELECT 1 FROM "ranked" WHERE ${beyondSql(start, !window.backward)} LIMIT 1`);
      })()
    : Promise.resolve([]);
  // Only when totalCount is read: the results paging can reach (at most `candidates` of each kind).
  const counted = (kind: SearchKind) =>
    Prisma.sql`(SELECT count(*) FROM (${candidatesOf(kind, match, candidates, Prisma.sql`1`)}))`;
  const count = async () =>
    Number(
      (await heavyQueryRaw<{ count: number | bigint }>(prisma, Prisma.sql`SELECT ${Prisma.join(kinds.map(counted), " + ")} AS "count"`))[0]
        .count,
    );
  const [rows, beyond] = await Promise.all([hitsQuery, beyondQuery]);
  return searchPageOf(loaders, scope, window, rows, beyond.length > 0, count);
}

/**
 * The condition "`idColumn` is the id of an article (or quote) whose text matches `text`" (the search syntax
 * of parseSearchQuery), for the `text` filters of the lists: a subquery against the full-text index, so it
 * works for any number of matches and the list's own ORDER BY … LIMIT bounds the page. The index's rowid
 * says the kind and id (article N → 2N, quote N → 2N + 1), so no stored column is read per match. Throws
 * BAD_USER_INPUT naming `argumentName` for an unusable text. Lists holding it run on the read pool (see
 * isFullTextCondition).
 */
export function textMatchSql(
  prisma: PrismaClient,
  kind: SearchKind,
  text: string,
  argumentName: string,
  idColumn: Prisma.Sql,
): Prisma.Sql {
  if (isPostgres(prisma)) return textMatchSqlPostgres(kind, text, argumentName, idColumn);
  const { match } = parseSearchQuery(text, argumentName);
  const condition = Prisma.sql`${idColumn} IN (SELECT "rowid" >> 1 FROM "SearchEntry"
    WHERE "SearchEntry" MATCH ${match} AND ("rowid" & 1) = ${rowidKind(kind)})`;
  fullTextConditions.add(condition);
  return condition;
}

const fullTextConditions = new WeakSet<Prisma.Sql>();

/**
 * Whether `condition` came from textMatchSql on SQLite: a statement holding it may read every match of a
 * common word, so paginateSql runs it on the read pool (heavyQueryRaw) rather than on the event loop.
 */
export function isFullTextCondition(condition: Prisma.Sql): boolean {
  return fullTextConditions.has(condition);
}
