import type { PrismaClient } from "../db/client";
import { isPostgres } from "../db/dialect";
import { Prisma } from "../generated/prisma/client";
import type { Person } from "../models/person.type";
import { articleSort } from "./article.service";
import type { NestedBounds, NestedPageSource } from "./nested-page";
import { personSort } from "./person.service";
import { NEWEST_QUOTES_FIRST } from "./quote.service";
import { type ArticleRow, type DatedQuote, toPerson, toQuote } from "./records";
import { articlesByIds, datedQuotesByIds, peopleByIds } from "./rows";

type Direction = "ASC" | "DESC";

/** One sort column of a nested list, in SQL. */
interface NestedKey {
  /** The column, e.g. q."articlePublishedAt". */
  column: Prisma.Sql;
  direction: Direction;
  /** A scalar subquery: this column's value for the child with this id (how a cursor row is located). */
  valueOf(id: number): Prisma.Sql;
}

/** How a nested list reaches the children of its parents and orders them. */
interface ChildrenOf {
  /** FROM clause: the children (one table, or a join), with the aliases the columns below use. */
  from: Prisma.Sql;
  /** The parent id column, e.g. q."speakerId". */
  parent: Prisma.Sql;
  /** The child id column, e.g. q."id": the final tie-breaker. */
  child: Prisma.Sql;
  /**
   * The sort columns before the id. With `parent` first they must be an index (see schema.prisma), so that
   * one parent's page is a range of it: the work is bounded by the page, not by the parent's history.
   */
  keys: NestedKey[];
  idDirection: Direction;
  /** Whether `child` alone names a row of `from` (a quote id), or only with `parent` (a link table's article id). */
  childUnique: boolean;
}

const flip = (d: Direction): Direction => (d === "ASC" ? "DESC" : "ASC");

function allKeys(children: ChildrenOf): NestedKey[] {
  return [...children.keys, { column: children.child, direction: children.idDirection, valueOf: (id) => Prisma.sql`${id}` }];
}

/** ORDER BY of the children (or of its exact reverse). */
function orderSql(children: ChildrenOf, reversed: boolean): Prisma.Sql {
  return Prisma.join(
    allKeys(children).map((k) => Prisma.sql`${k.column} ${Prisma.raw(reversed ? flip(k.direction) : k.direction)}`),
    ", ",
  );
}

/**
 * The children strictly after the child `id` in the ordering (reversed: strictly before it): a keyset
 * comparison against that child's own stored values, so the SQL never binds a sort value from a cursor.
 */
function beyondSql(children: ChildrenOf, id: number, reversed: boolean): Prisma.Sql {
  const keys = allKeys(children);
  const terms = keys.map((key, i) => {
    const direction = reversed ? flip(key.direction) : key.direction;
    const op = Prisma.raw(direction === "ASC" ? ">" : "<");
    const equal = keys.slice(0, i).map((k) => Prisma.sql`${k.column} = (${k.valueOf(id)})`);
    return Prisma.sql`(${Prisma.join([...equal, Prisma.sql`${key.column} ${op} (${key.valueOf(id)})`], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(terms, " OR ")})`;
}

function boundsSql(children: ChildrenOf, bounds: NestedBounds): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (bounds.afterId !== null) conditions.push(beyondSql(children, bounds.afterId, false));
  if (bounds.beforeId !== null) conditions.push(beyondSql(children, bounds.beforeId, true));
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The parent ids as a table ("parents"."value"): one bound parameter however many there are. */
const parentsTable = (parentIds: number[]) => Prisma.sql`json_each(${JSON.stringify(parentIds)}) AS "parents"`;

/**
 * rank() on PostgreSQL: the same top-N per parent as a LATERAL subquery (PostgreSQL's idiom; its planner
 * reads each parent's LIMIT off the (parent, keys…) index), the sort columns carried out as "k0", "k1", …
 * to order the whole result by parent position, then the children's order.
 */
async function rankLateral(
  prisma: PrismaClient,
  children: ChildrenOf,
  parentIds: number[],
  take: number,
  bounds: NestedBounds,
  reversed: boolean,
): Promise<{ parentId: number; id: number }[]> {
  const keys = allKeys(children);
  const carried = Prisma.join(keys.map((k, i) => Prisma.sql`${k.column} AS ${Prisma.raw(`"k${i}"`)}`), ", ");
  const outerOrder = Prisma.raw(keys.map((k, i) => `"page"."k${i}" ${reversed ? flip(k.direction) : k.direction}`).join(", "));
  const rows = await prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>`
    SELECT "parents"."value" AS "parentId", "page"."id"
    FROM ${parentsTable(parentIds)} CROSS JOIN LATERAL (
      SELECT ${children.child} AS "id", ${carried} FROM ${children.from}
      WHERE ${children.parent} = "parents"."value" ${boundsSql(children, bounds)}
      ORDER BY ${orderSql(children, reversed)} LIMIT ${take}
    ) AS "page"
    ORDER BY "parents"."key", ${outerOrder}`;
  return rows.map((r) => ({ parentId: Number(r.parentId), id: Number(r.id) }));
}

/**
 * A nested page source over `children`, in one statement for all parents: for each parent, the first
 * `take` children by a LIMIT subquery on the parent's index range (the SQLite idiom for top-N per group),
 * so a parent with 17,000 quotes costs what one with 20 does. Counts (only for totalCount) are one GROUP BY.
 */
function nestedSource<Row extends { id: number }>(
  prisma: PrismaClient,
  children: ChildrenOf,
  rest: Pick<NestedPageSource<Row>, "ordering" | "load" | "positionOf">,
): NestedPageSource<Row> {
  const { from, parent, child } = children;
  return {
    ...rest,
    async rank(parentIds, take, bounds, reversed) {
      if (isPostgres(prisma)) return rankLateral(prisma, children, parentIds, take, bounds, reversed);
      // The subquery's FROM reuses the outer aliases: inside it they name its own rows. The outer rows are
      // found by the child ids the subquery lists; `+` keeps SQLite from walking the parent's index instead
      // (which would read the parent's whole history again).
      const pick = children.childUnique ? Prisma.empty : Prisma.sql`+${parent} = "parents"."value" AND`;
      const rows = await prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>`
        SELECT "parents"."value" AS "parentId", ${child} AS "id"
        FROM ${parentsTable(parentIds)}, ${from}
        WHERE ${pick} ${child} IN (
          SELECT ${child} FROM ${from}
          WHERE ${parent} = "parents"."value" ${boundsSql(children, bounds)}
          ORDER BY ${orderSql(children, reversed)} LIMIT ${take}
        )
        ORDER BY "parents"."key", ${orderSql(children, reversed)}`;
      return rows.map((r) => ({ parentId: Number(r.parentId), id: Number(r.id) }));
    },
    async beyond(parentIds, start) {
      const rows = await prisma.$queryRaw<{ parentId: unknown }[]>`
        SELECT "parents"."value" AS "parentId" FROM ${parentsTable(parentIds)}
        WHERE EXISTS (
          SELECT 1 FROM ${from}
          WHERE ${parent} = "parents"."value" AND (${beyondSql(children, start.id, start.reversed)} OR ${child} = ${start.id})
        )`;
      return new Set(rows.map((r) => Number(r.parentId)));
    },
    async count(parentIds) {
      const rows = await prisma.$queryRaw<{ parentId: unknown; n: unknown }[]>`
        SELECT ${parent} AS "parentId", COUNT(*) AS "n"
        FROM ${from} WHERE ${parent} IN (SELECT "value" FROM ${parentsTable(parentIds)}) GROUP BY ${parent}`;
      return new Map(rows.map((r) => [Number(r.parentId), Number(r.n)]));
    },
  };
}

/** Quotes ordered as the top-level `quotes` list by default (newest article first, then reading order). */
function quotesBy(prisma: PrismaClient, parentColumn: "speakerId" | "speakerOrganizationId"): NestedPageSource<DatedQuote> {
  const quoteColumn = (column: string) => (id: number) =>
    Prisma.sql`SELECT ${Prisma.raw(`"${column}"`)} FROM "Quote" WHERE "id" = ${id}`;
  return nestedSource(
    prisma,
    {
      from: Prisma.sql`"Quote" q`,
      parent: Prisma.raw(`q."${parentColumn}"`),
      child: Prisma.sql`q."id"`,
      // Index Quote(<parent>, articlePublishedAt DESC, articleId DESC, start, id).
      keys: [
        { column: Prisma.sql`q."articlePublishedAt"`, direction: "DESC", valueOf: quoteColumn("articlePublishedAt") },
        { column: Prisma.sql`q."articleId"`, direction: "DESC", valueOf: quoteColumn("articleId") },
        { column: Prisma.sql`q."start"`, direction: "ASC", valueOf: quoteColumn("start") },
      ],
      idDirection: "ASC",
      childUnique: true,
    },
    {
      ordering: NEWEST_QUOTES_FIRST,
      load: async (quoteIds) => (await datedQuotesByIds(prisma, quoteIds)).map(({ publishedAt, ...quote }) => ({ ...toQuote(quote), publishedAt })),
      positionOf: (q) => ({ values: [q.publishedAt, q.articleId, q.start], id: q.id }),
    },
  );
}

/** Person.quotes for many people at once, newest article first (the order and cursors of `quotes`). */
export function speakerQuotes(prisma: PrismaClient): NestedPageSource<DatedQuote> {
  return quotesBy(prisma, "speakerId");
}

/** Organization.quotes: the quotes each organisation is the speaker of, newest article first. */
export function organizationQuotes(prisma: PrismaClient): NestedPageSource<DatedQuote> {
  return quotesBy(prisma, "speakerOrganizationId");
}

/** The table linking articles to a parent (people or events) and the column naming the parent. */
interface ArticleLink {
  table: "ArticlePerson" | "ArticleEvent";
  parentColumn: "personId" | "eventId";
}

/**
 * The articles linked to many parents at once (Person.articles, Event.articles): newest first, then id
 * descending (the order and cursors of the top-level `articles` list by default), off the link table's
 * index (<parent>, articlePublishedAt DESC, articleId DESC).
 */
function linkedArticles(prisma: PrismaClient, link: ArticleLink): NestedPageSource<ArticleRow> {
  const table = Prisma.raw(`"${link.table}"`);
  return nestedSource(
    prisma,
    {
      from: Prisma.sql`${table} m`,
      parent: Prisma.raw(`m."${link.parentColumn}"`),
      child: Prisma.sql`m."articleId"`,
      keys: [
        {
          column: Prisma.sql`m."articlePublishedAt"`,
          direction: "DESC",
          valueOf: (id) => Prisma.sql`SELECT "publishedAt" FROM "Article" WHERE "id" = ${id}`,
        },
      ],
      idDirection: "DESC",
      childUnique: false,
    },
    {
      ordering: articleSort(null).name,
      load: (articleIds) => articlesByIds(prisma, articleIds),
      positionOf: (a) => ({ values: [a.publishedAt], id: a.id }),
    },
  );
}

/** Person.articles: the articles that mention or quote each person, newest first. */
export function personArticles(prisma: PrismaClient): NestedPageSource<ArticleRow> {
  return linkedArticles(prisma, { table: "ArticlePerson", parentColumn: "personId" });
}

/** Event.articles: the articles that cover each event, newest first. */
export function eventArticles(prisma: PrismaClient): NestedPageSource<ArticleRow> {
  return linkedArticles(prisma, { table: "ArticleEvent", parentColumn: "eventId" });
}

/**
 * Organization.people: the people holding a role at each organisation (each once, however many roles),
 * by name A→Z (the order and cursors of the top-level `people` list by default).
 */
export function organizationPeople(prisma: PrismaClient): NestedPageSource<Person> {
  return nestedSource(
    prisma,
    {
      from: Prisma.sql`(SELECT DISTINCT "organizationId", "personId" FROM "Role" WHERE "organizationId" IS NOT NULL) r
        JOIN "Person" p ON p."id" = r."personId"`,
      parent: Prisma.sql`r."organizationId"`,
      child: Prisma.sql`p."id"`,
      keys: [
        { column: Prisma.sql`p."name"`, direction: "ASC", valueOf: (id) => Prisma.sql`SELECT "name" FROM "Person" WHERE "id" = ${id}` },
      ],
      idDirection: "ASC",
      childUnique: false,
    },
    {
      ordering: personSort(null).name,
      load: async (personIds) => (await peopleByIds(prisma, personIds)).map(toPerson),
      positionOf: (p) => ({ values: [p.name], id: p.id }),
    },
  );
}
