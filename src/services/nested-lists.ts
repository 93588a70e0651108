import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { NestedPageSource } from "./nested-page";
import { type ArticleRecord, type QuoteView, toQuote } from "./records";

/** A quote with its article's publication date, the value quotes are ordered by. */
export type DatedQuote = QuoteView & { publishedAt: Date };

const ids = (values: number[]) => Prisma.join(values);
const toRanked = (rows: { parentId: unknown; id: unknown }[]) =>
  rows.map((r) => ({ parentId: Number(r.parentId), id: Number(r.id) }));

/**
 * Person.quotes for many people at once: newest article first, then quote id descending (the order and
 * cursors of the top-level `quotes` list). The cursor row's own date bounds the next page, so the SQL
 * compares stored values only.
 */
export function speakerQuotes(prisma: PrismaClient): NestedPageSource<DatedQuote> {
  return {
    ordering: "publishedAt:desc",
    async rank(parentIds, take, afterId) {
      const after =
        afterId === null
          ? Prisma.empty
          : Prisma.sql`AND (a."publishedAt" < c."publishedAt" OR (a."publishedAt" = c."publishedAt" AND q."id" < ${afterId}))`;
      const cursor =
        afterId === null
          ? Prisma.empty
          : Prisma.sql`JOIN (SELECT ca."publishedAt" FROM "Quote" cq JOIN "Article" ca ON ca."id" = cq."articleId" WHERE cq."id" = ${afterId}) c ON 1 = 1`;
      return toRanked(
        await prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>`
          SELECT "parentId", "id" FROM (
            SELECT q."speakerId" AS "parentId", q."id" AS "id",
                   ROW_NUMBER() OVER (PARTITION BY q."speakerId" ORDER BY a."publishedAt" DESC, q."id" DESC) AS "rank"
            FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId" ${cursor}
            WHERE q."speakerId" IN (${ids(parentIds)}) ${after}
          ) ranked
          WHERE "rank" <= ${take}
          ORDER BY "parentId", "rank"`,
      );
    },
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
      return rows.map(({ article, ...quote }) => ({ ...toQuote(quote), publishedAt: article.publishedAt }));
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
    async rank(parentIds, take, afterId) {
      const after =
        afterId === null
          ? Prisma.empty
          : Prisma.sql`AND (a."publishedAt" < c."publishedAt" OR (a."publishedAt" = c."publishedAt" AND a."id" < ${afterId}))`;
      const cursor =
        afterId === null
          ? Prisma.empty
          : Prisma.sql`JOIN (SELECT "publishedAt" FROM "Article" WHERE "id" = ${afterId}) c ON 1 = 1`;
      return toRanked(
        await prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>`
          SELECT "parentId", "id" FROM (
            SELECT ${parent} AS "parentId", a."id" AS "id",
                   ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY a."publishedAt" DESC, a."id" DESC) AS "rank"
            FROM ${table} m JOIN "Article" a ON a."id" = m."articleId" ${cursor}
            WHERE ${parent} IN (${ids(parentIds)}) ${after}
          ) ranked
          WHERE "rank" <= ${take}
          ORDER BY "parentId", "rank"`,
      );
    },
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
