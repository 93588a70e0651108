import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { PageInfo } from "../models/page-info.type";
import { SearchKind } from "../models/search-kind.enum";
import type { SearchArgs } from "../models/search.args";
import type { SearchEdge } from "../models/search.type";
import type { Loaders } from "./loaders";
import type { PageArgs } from "../models/page.args";
import { pageWindow } from "./paginate";
import { parseSearchQuery, type SearchTerm } from "./search-query";
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
  // The kind bit is written into the SQL, not bound: a bound JavaScript number arrives as REAL, which makes
  // the sum REAL, and FTS5 does not use a rowid constraint whose value is REAL (it then walks the whole doclist).
  const highest = Prisma.sql`(SELECT 2 * coalesce(max("id"), 0) + ${Prisma.raw(String(k))} FROM ${KIND_TABLE[kind]})`;
  const floor = Prisma.sql`coalesce((SELECT "rowid" FROM "SearchEntry"
      WHERE "SearchEntry" MATCH ${match} AND "rowid" <= ${highest} AND ("rowid" & 1) = ${k}
      ORDER BY "rowid" DESC LIMIT 1 OFFSET ${candidates - 1}), 0)`;
  // Bounded above too: the kinds' rowids interleave (article N → 2N, quote N → 2N + 1), so without it the
  // articles' range would also walk every matching quote above the floor (58,120 of them for "government"
  // at 20,000 articles: 6.7 → 3.7 ms for the articles' 2,000 candidates with bm25).
  return Prisma.sql`SELECT ${columns} FROM "SearchEntry"
    WHERE "SearchEntry" MATCH ${match} AND "rowid" >= ${floor} AND "rowid" <= ${highest} AND ("rowid" & 1) = ${k}`;
}

/**
 * How the page is joined back to the index for its snippets. Without a prefix term, CROSS JOIN: the page is the
 * outer loop and FTS5 looks each of its rowids up (a plain JOIN let SQLite walk every match of the words and
 * probe the page for each: 3.1 ms of 12.7 for "government" at 20,000 articles, growing with the archive; 9.1 ms
 * in all with this, and "the government" as a phrase 66 → 46 ms). A prefix expands into every word it starts,
 * and FTS5 expands it again for each rowid looked up ("gov*" 32 → 95 ms, "st*" 64 → 212 ms): one walk of the
 * matches is cheaper then, so SQLite chooses.
 */
function snippetJoinOf(terms: readonly SearchTerm[]): Prisma.Sql {
  return terms.some((term) => term.prefix) ? Prisma.sql`JOIN` : Prisma.sql`CROSS JOIN`;
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
  const { match, terms } = parseSearchQuery(args.query);
  const { kinds, scope, window, start, where, order } = searchWindow(args, match);
  // The kind and id come from the rowid, so ranking reads no stored column (reading "kind" and "refId"
  // per match cost more than bm25 itself: 7.4 → 3.0 ms for 7,947 matches at 2k documents). Materializing
  // "scored" to keep SQLite from inlining bm25 twice measured slower (3.9 ms). Snippets: the page only.
  const snippetJoin = snippetJoinOf(terms);
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
    FROM "page" ${snippetJoin} "SearchEntry" ON "SearchEntry"."rowid" = "page"."entry"
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

/** How a list with a `text` filter is ordered, as textMatchSql needs to know it. */
export interface TextMatchOptions {
  /** The list's order can be read off an index of the table (articles and quotes by date); its page arguments. */
  indexedOrder?: Pick<PageArgs, "first" | "last">;
}

/**
 * The condition "`idColumn` is the id of an article (or quote) whose text matches `text`" (the search syntax
 * of parseSearchQuery), for the `text` filters of the lists, in whichever of two forms costs less for this
 * word (SQLite; both use the full-text index, whose rowid says the kind and id: article N → 2N, quote N →
 * 2N + 1, so no stored column is read per match):
 *
 * - `id IN (the matches)`: SQLite reads every match, fetches each row and sorts them for the page: about
 *   1 µs a match, cheap for a rare word and 20–25 ms for one in every article of a 20,000-article archive;
 * - `EXISTS (the row's own index entry matches)`, when the list's order has an index (`indexedOrder`) and
 *   the word is common: rows are read in the list's order and each is probed (about 10 µs) until the page
 *   is full: 0.25 ms for that common word, whatever the size of the archive.
 *
 * Which one is decided by counting the kind's matches up to a threshold (one bounded statement, on the read
 * pool): at `m` matches out of `n` rows, probing reads about `page × n / m` rows, so probing wins once
 * `m² > PROBE_FACTOR × page × n` (4,100 matches of 20,000 for a page of 20); either form then costs
 * O(√(page × n)) at most instead of O(matches). The count behind `totalCount` always uses
 * the first form (countConditionOf): counting by probing would probe every row. Throws BAD_USER_INPUT naming
 * `argumentName` for an unusable text. Lists holding either form run on the read pool (isFullTextCondition).
 */
export async function textMatchSql(
  prisma: PrismaClient,
  kind: SearchKind,
  text: string,
  argumentName: string,
  idColumn: Prisma.Sql,
  options: TextMatchOptions = {},
): Promise<Prisma.Sql> {
  if (isPostgres(prisma)) return textMatchSqlPostgres(kind, text, argumentName, idColumn);
  const { match } = parseSearchQuery(text, argumentName);
  const k = rowidKind(kind);
  const matches = Prisma.sql`${idColumn} IN (SELECT "rowid" >> 1 FROM "SearchEntry"
    WHERE "SearchEntry" MATCH ${match} AND ("rowid" & 1) = ${k})`;
  fullTextConditions.add(matches);
  if (!options.indexedOrder || !(await isCommon(prisma, kind, match, pageWindow(options.indexedOrder).size))) return matches;
  // The kind bit is written into the SQL, not bound: FTS5 ignores a rowid constraint whose value is REAL,
  // which is how a bound JavaScript number arrives, and would then answer "some row matches" for every row.
  const probe = Prisma.sql`EXISTS (SELECT 1 FROM "SearchEntry"
    WHERE "SearchEntry" MATCH ${match} AND "rowid" = ${idColumn} * 2 + ${Prisma.raw(String(k))})`;
  fullTextConditions.add(probe);
  countForms.set(probe, matches);
  return probe;
}

/**
 * Probing wins once matches² > PROBE_FACTOR × page × rows. Measured on the 20,000-article bench database: a
 * probe costs about 10 µs, reading a match 0.3–1.4 µs (its row and its share of the sort); rows holding a
 * word are seldom spread evenly over the dates (a word of one event's coverage: 2,273 matches, 5.8 ms probed
 * against 0.7 ms read), so the factor leaves a margin: 4,100 matches of 20,000 for a page of 20.
 */
const PROBE_FACTOR = 40;

/** Whether `match` has so many matches of `kind` that probing rows in order costs less than reading every match. */
async function isCommon(prisma: PrismaClient, kind: SearchKind, match: string, pageSize: number): Promise<boolean> {
  const table = Prisma.raw(kind === SearchKind.QUOTE ? `"Quote"` : `"Article"`);
  const [{ rows }] = await prisma.$queryRaw<{ rows: number | bigint | null }[]>`SELECT max("id") AS "rows" FROM ${table}`;
  const total = Number(rows ?? 0);
  const threshold = Math.ceil(Math.sqrt(PROBE_FACTOR * (pageSize + 1) * total));
  if (threshold <= 0 || threshold > total) return false;
  const [{ matches }] = await heavyQueryRaw<{ matches: number | bigint }>(prisma, Prisma.sql`
    SELECT count(*) AS "matches" FROM (SELECT 1 FROM "SearchEntry"
      WHERE "SearchEntry" MATCH ${match} AND ("rowid" & 1) = ${rowidKind(kind)} LIMIT ${threshold})`);
  return Number(matches) >= threshold;
}

const fullTextConditions = new WeakSet<Prisma.Sql>();
const countForms = new WeakMap<Prisma.Sql, Prisma.Sql>();

/** The form of a list condition to count with: textMatchSql's probe counts as its `IN` form; others as they are. */
export function countConditionOf(condition: Prisma.Sql): Prisma.Sql {
  return countForms.get(condition) ?? condition;
}

/**
 * Whether `condition` came from textMatchSql on SQLite: a statement holding it may read every match of a
 * common word, so paginateSql runs it on the read pool (heavyQueryRaw) rather than on the event loop.
 */
export function isFullTextCondition(condition: Prisma.Sql): boolean {
  return fullTextConditions.has(condition);
}
