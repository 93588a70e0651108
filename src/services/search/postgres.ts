import type { PrismaClient } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { SearchKind } from "../../models/search-kind.enum";
import type { SearchArgs } from "../../models/search.args";
import type { Loaders } from "../loaders";
import { parseSearchQuery } from "../search-query";
import { ELLIPSIS, MATCH_CLOSE, MATCH_OPEN } from "../search-snippet";
import { searchPageOf } from "../search-page";
import { beyondSql, searchWindow } from "../search-window";
import type { SearchPage } from "../search.service";
import { postgresSearchQuery } from "./postgres-query";

/**
 * Full-text search on PostgreSQL: "SearchEntry" (migration prisma/postgresql/migrations/*_search) holds a
 * tsvector per article (title weight A, body B) and per quote (B), kept by triggers, with a GIN index.
 * Same GraphQL behaviour as the SQLite FTS5 search in search.service.ts; the scores are ts_rank_cd's.
 */

/**
 * ts_rank_cd weights for {D, C, B, A}: a title word (A) counts ten body words (B), as the SQLite
 * ranking's BM25 column weights do.
 */
const WEIGHTS = Prisma.raw(`'{0.0, 0.0, 0.1, 1.0}'`);
/**
 * Ranking of "e" against "q"."all": cover density divided by the text's length in words (normalisation 2),
 * so that a four-word quote with the word ranks above a long article with it twice, as BM25 ranks them.
 */
const RANK = Prisma.sql`ts_rank_cd(${WEIGHTS}::float4[], e."document", q."all", 2)`;
/** The score as an integer in units of 1e-9, exact in a cursor (see search.service.ts's RANK_KEY). */
const RANK_KEY = Prisma.sql`LEAST(round((${RANK})::numeric * 1000000000)::bigint, ${BigInt(Number.MAX_SAFE_INTEGER)})`;
/** Most words a snippet shows, as on SQLite. */
const SNIPPET_WORDS = 24;
/** ts_headline options: the same marks as FTS5's snippet(), at most SNIPPET_WORDS words, one excerpt. */
const HEADLINE_OPTIONS = `StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}, MaxWords=${SNIPPET_WORDS}, MinWords=20, ShortWord=0, HighlightAll=false, MaxFragments=0`;

interface HitRow {
  kind: string;
  refId: number | bigint;
  rankKey: number | bigint | string;
  score: number;
  snippet: string;
  /** Where the plain excerpt starts in its text (1-based; 0 when not found) and whether it ends before the text does. */
  at: number | bigint;
  cutEnd: boolean;
}

/** The query's tsqueries, bound once: "q"."all" (every term), "q"."any" (any term). */
function queryCte(all: string, any: string): Prisma.Sql {
  return Prisma.sql`"q" AS (SELECT to_tsquery('content_search', ${all}) AS "all", to_tsquery('content_search', ${any}) AS "any")`;
}

/**
 * The entries of `kind` matching "q"."all" that search ranks: the `candidates` most recently added (highest
 * ids), or every one when `candidates` is 0 (see searchContent). Ranking reads each candidate's document,
 * so bounding them bounds the work.
 */
function candidatesOf(kind: SearchKind, candidates: number): Prisma.Sql {
  const matching = Prisma.sql`SELECT c.* FROM "SearchEntry" c, "q" WHERE c."document" @@ q."all" AND c."kind" = ${kind}`;
  return candidates > 0 ? Prisma.sql`(${matching} ORDER BY c."id" DESC LIMIT ${candidates})` : Prisma.sql`(${matching})`;
}

/** The marked excerpt with … where it cuts its text short, as FTS5's snippet() writes it. */
function withEllipses(hit: HitRow): string {
  const at = Number(hit.at);
  return `${at > 1 ? ELLIPSIS : ""}${hit.snippet}${hit.cutEnd ? ELLIPSIS : ""}`;
}

/**
 * searchContent on PostgreSQL (see search.service.ts for the contract): the same terms, order, cursors,
 * candidates and errors; scores are ts_rank_cd's (title words weigh ten body words), snippets ts_headline's.
 */
export async function searchContentPostgres(
  prisma: PrismaClient,
  loaders: Loaders,
  args: SearchArgs,
  candidates: number,
): Promise<SearchPage> {
  const { match, terms } = parseSearchQuery(args.query);
  const { all, any } = postgresSearchQuery(terms);
  const { kinds, scope, window, start, where, order } = searchWindow(args, match);

  // One statement: every match is ranked once ("ranked" is materialized), and the page, the total and
  // whether anything lies on the other side of the cursor are all read from it. Headlines are built for the
  // page's rows only; an article's snippet comes from its body when the body has a searched word, else from
  // its title. "meta" has one row, so the total arrives even when the page is empty.
  const beyondCondition = start
    ? Prisma.sql`EXISTS (SELECT 1 FROM "ranked" WHERE ${beyondSql(start, !window.backward)}
        OR ("kind" = ${start.kind} AND "refId" = ${start.id}))`
    : Prisma.sql`false`;
  const result = await prisma.$queryRaw<(Omit<HitRow, "kind"> & { kind: string | null; total: number | bigint; beyond: boolean })[]>`
    WITH ${queryCte(all, any)}, "ranked" AS MATERIALIZED (
      SELECT e."id" AS "entry", e."kind", e."refId", (${RANK})::float8 AS "score", ${RANK_KEY} AS "rankKey"
      FROM (${Prisma.join(kinds.map((kind) => candidatesOf(kind, candidates)), " UNION ALL ")}) e, "q"
    ), "page" AS (
      SELECT * FROM "ranked" ${where}
      ORDER BY ${order()}
      LIMIT ${window.size + 1}
    ), "source" AS (
      SELECT p.*, CASE WHEN e."title" = '' OR ts_filter(e."document", '{b}') @@ q."any" THEN e."body" ELSE e."title" END AS "text"
      FROM "page" p JOIN "SearchEntry" e ON e."id" = p."entry", "q"
    ), "headline" AS (
      SELECT s.*, ts_headline('content_search', s."text", q."all", ${HEADLINE_OPTIONS}) AS "snippet" FROM "source" s, "q"
    ), "hits" AS (
      SELECT h."kind", h."refId", h."rankKey", h."score", h."snippet",
        strpos(h."text", x."plain") AS "at",
        strpos(h."text", x."plain") + length(x."plain") <= length(rtrim(h."text")) AS "cutEnd"
      FROM "headline" h, LATERAL (SELECT translate(h."snippet", ${MATCH_OPEN + MATCH_CLOSE}, '') AS "plain") x
    ), "meta" AS (
      SELECT (SELECT count(*) FROM "ranked") AS "total", ${beyondCondition} AS "beyond"
    )
    SELECT m."total", m."beyond", hits.* FROM "meta" m LEFT JOIN "hits" ON true
    ORDER BY ${order()}`;
  const count = Number(result.length ? result[0].total : 0);
  const beyond = result.length > 0 && result[0].beyond;
  const rows = result
    .filter((row): row is typeof row & { kind: string } => row.kind !== null)
    .map((row) => ({ ...row, snippet: withEllipses(row) }));
  return searchPageOf(loaders, scope, window, rows, beyond, count);
}

/**
 * textMatchSql on PostgreSQL (see search.service.ts): "`idColumn` is the id of an article (or quote) whose
 * document matches every term of `text`", a subquery against the GIN-indexed "SearchEntry", so any number
 * of matches works and the list's own ORDER BY … LIMIT bounds the page.
 */
export function textMatchSqlPostgres(kind: SearchKind, text: string, argumentName: string, idColumn: Prisma.Sql): Prisma.Sql {
  const { terms } = parseSearchQuery(text, argumentName);
  const { all } = postgresSearchQuery(terms);
  return Prisma.sql`${idColumn} IN (SELECT e."refId" FROM "SearchEntry" e
    WHERE e."document" @@ to_tsquery('content_search', ${all}) AND e."kind" = ${kind})`;
}
