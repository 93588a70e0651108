import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { NestedPageSource } from "./nested-page";
import { type ArticleRecord, type DatedQuote, toDatedQuote } from "./records";

const ids = (values: number[]) => Prisma.join(values);

/** How a nested list reaches its children, each joined to its "Article" (alias a) for the date. */
interface ChildrenOf {
  /** FROM clause: the children joined to "Article" a. */
  from: Prisma.Sql;
  /** The parent id column, e.g. q."speakerId". */
  parent: Prisma.Sql;
  /** The child id column, e.g. q."id". */
  child: Prisma.Sql;
  /** A scalar subquery: the publication date of the child with this id. */
  dateOf(id: number): Prisma.Sql;
}

/**
 * The first `take` children of each parent, newest article first then child id descending, after the
 * child `afterId` when given: one statement with ROW_NUMBER() over a partition per parent. The cursor
 * child's own stored date bounds the page, so the SQL never compares a date parameter.
 */
async function rankNewestFirst(
  prisma: PrismaClient,
  children: ChildrenOf,
  parentIds: number[],
  take: number,
  afterId: number | null,
): Promise<{ parentId: number; id: number }[]> {
  const { from, parent, child } = children;
  const after =
    afterId === null
      ? Prisma.empty
      : Prisma.sql`AND (a."publishedAt" < (${children.dateOf(afterId)})
          OR (a."publishedAt" = (${children.dateOf(afterId)}) AND ${child} < ${afterId}))`;
  const rows = await prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>`
    SELECT "parentId", "id" FROM (
      SELECT ${parent} AS "parentId", ${child} AS "id",
             ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY a."publishedAt" DESC, ${child} DESC) AS "rank"
      FROM ${from}
      WHERE ${parent} IN (${ids(parentIds)}) ${after}
    ) ranked
    WHERE "rank" <= ${take}
    ORDER BY "parentId", "rank"`;
  return rows.map((r) => ({ parentId: Number(r.parentId), id: Number(r.id) }));
}

/**
 * Person.quotes for many people at once: newest article first, then quote id descending (the order and
 * cursors of the top-level `quotes` list).
 */
export function speakerQuotes(prisma: PrismaClient): NestedPageSource<DatedQuote> {
  return {
    ordering: "publishedAt:desc",
    rank: (parentIds, take, afterId) =>
      rankNewestFirst(
        prisma,
        {
          from: Prisma.sql`"Quote" q JOIN "Article" a ON a."id" = q."articleId"`,
          parent: Prisma.sql`q."speakerId"`,
          child: Prisma.sql`q."id"`,
          dateOf: (id) =>
            Prisma.sql`SELECT ca."publishedAt" FROM "Quote" cq JOIN "Article" ca ON ca."id" = cq."articleId" WHERE cq."id" = ${id}`,
        },
        parentIds,
        take,
        afterId,
      ),
    async count(parentIds) {
      const groups = await prisma.quote.groupBy({
        by: ["speakerId"],
        where: { speakerId: { in: parentIds } },
        _count: { _all: true },
      });
      return new Map(groups.map((g) => [g.speakerId!, g._count._all]));
    },
    async load(quoteIds) {
      const rows = await prisma.quote.findMany({
        where: { id: { in: quoteIds } },
        include: { article: { select: { publishedAt: true } } },
      });
      return rows.map(toDatedQuote);
    },
    positionOf: (q) => ({ value: q.publishedAt, id: q.id }),
  };
}

/** The table linking articles to a parent (people or events) and the column naming the parent. */
interface ArticleLink {
  table: "ArticlePerson" | "ArticleEvent";
  parentColumn: "personId" | "eventId";
}

/**
 * The articles linked to many parents at once (Person.articles, Event.articles): newest first, then id
 * descending (the order and cursors of the top-level `articles` list by default).
 */
function linkedArticles(prisma: PrismaClient, link: ArticleLink): NestedPageSource<ArticleRecord> {
  const table = Prisma.raw(`"${link.table}"`);
  const parent = Prisma.raw(`m."${link.parentColumn}"`);
  return {
    ordering: "publishedAt:desc",
    rank: (parentIds, take, afterId) =>
      rankNewestFirst(
        prisma,
        {
          from: Prisma.sql`${table} m JOIN "Article" a ON a."id" = m."articleId"`,
          parent,
          child: Prisma.sql`a."id"`,
          dateOf: (id) => Prisma.sql`SELECT "publishedAt" FROM "Article" WHERE "id" = ${id}`,
        },
        parentIds,
        take,
        afterId,
      ),
    async count(parentIds) {
      const rows = await prisma.$queryRaw<{ parentId: unknown; n: unknown }[]>`
        SELECT ${parent} AS "parentId", COUNT(*) AS "n" FROM ${table} m WHERE ${parent} IN (${ids(parentIds)}) GROUP BY ${parent}`;
      return new Map(rows.map((r) => [Number(r.parentId), Number(r.n)]));
    },
    load: (articleIds) => prisma.article.findMany({ where: { id: { in: articleIds } } }),
    positionOf: (a) => ({ value: a.publishedAt, id: a.id }),
  };
}

/** Person.articles: the articles that mention or quote each person, newest first. */
export function personArticles(prisma: PrismaClient): NestedPageSource<ArticleRecord> {
  return linkedArticles(prisma, { table: "ArticlePerson", parentColumn: "personId" });
}

/** Event.articles: the articles that cover each event, newest first. */
export function eventArticles(prisma: PrismaClient): NestedPageSource<ArticleRecord> {
  return linkedArticles(prisma, { table: "ArticleEvent", parentColumn: "eventId" });
}
