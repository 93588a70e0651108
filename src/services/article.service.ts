import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { ARTICLE_DEFAULT_DIRECTION, ArticleSortField } from "../models/article-order.input";
import type { ArticlesArgs } from "../models/articles.args";
import type { Page } from "../models/connection";
import { SearchKind } from "../models/search-kind.enum";
import { anyOf, anyOfIds, matchingSources } from "./filter-values";
import { dateRange } from "./ranges";
import type { ArticleRow } from "./records";
import { articleColumns } from "./rows";
import { type TextMatchOptions, textMatchSql } from "./search.service";
import { paginateSql } from "./sql-page";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.ArticleWhereInput;

const inList = (column: Prisma.Sql, values: readonly (string | number)[]) =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join([...values])})` : Prisma.sql`FALSE`;

/**
 * An articles filter as SQL conditions on `"Article" a` (all must hold), `text` as a subquery against the
 * full-text index; ids are checked and named in errors as `filter.<field>`, source names matched to
 * their stored spelling.
 */
export async function articleFilterSql(
  prisma: PrismaClient,
  filter: ArticlesArgs["filter"],
  order: TextMatchOptions = {},
): Promise<Prisma.Sql[]> {
  const and: Prisma.Sql[] = [];
  if (!filter) return and;
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  if (published?.gte) and.push(Prisma.sql`a."publishedAt" >= ${published.gte}`);
  if (published?.lte) and.push(Prisma.sql`a."publishedAt" <= ${published.lte}`);
  for (const ids of anyOfIds(filter.personIds, filter.personId, "Person", "personIds", "personId")) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticlePerson" m WHERE m."articleId" = a."id" AND ${inList(Prisma.sql`m."personId"`, ids)})`);
  }
  for (const ids of anyOfIds(filter.eventIds, filter.eventId, "Event", "eventIds", "eventId")) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleEvent" m WHERE m."articleId" = a."id" AND ${inList(Prisma.sql`m."eventId"`, ids)})`);
  }
  for (const names of anyOf(filter.sources, filter.source)) {
    and.push(inList(Prisma.sql`a."source"`, await matchingSources(prisma, names)));
  }
  if (filter.text) {
    // Rows read in the list's order and probed only when nothing else narrows them (see textMatchSql).
    and.push(await textMatchSql(prisma, SearchKind.ARTICLE, filter.text, "filter.text", Prisma.sql`a."id"`, and.length === 0 ? order : {}));
  }
  return and;
}

/** The article ordering for `orderBy` (newest first by default; titles A→Z). */
export function articleSort(orderBy: ArticlesArgs["orderBy"]): Sort<ArticleRow, Where> {
  const field = orderBy?.field ?? ArticleSortField.PUBLISHED_AT;
  const direction = orderBy?.direction ?? ARTICLE_DEFAULT_DIRECTION[field];
  return sortBy("articles", [
    field === ArticleSortField.TITLE
      ? { name: "title", direction, at: (c) => ({ title: c }), value: (a: ArticleRow) => a.title }
      : { name: "publishedAt", direction, at: (c) => ({ publishedAt: c }), value: (a: ArticleRow) => a.publishedAt },
  ]);
}

/** One page of articles matching the filter, in the requested order (typed raw SQL: see rows.ts). */
export async function listArticles(prisma: PrismaClient, args: ArticlesArgs): Promise<Page<ArticleRow>> {
  const byDate = (args.orderBy?.field ?? ArticleSortField.PUBLISHED_AT) === ArticleSortField.PUBLISHED_AT;
  const order = byDate ? { indexedOrder: args } : {};
  return paginateSql(prisma, args, articleSort(args.orderBy), {
    from: Prisma.sql`"Article" a`,
    where: await articleFilterSql(prisma, args.filter, order),
    columns: {
      publishedAt: { sql: Prisma.sql`a."publishedAt"`, type: "date" },
      title: { sql: Prisma.sql`a."title"`, type: "string" },
      id: { sql: Prisma.sql`a."id"`, type: "number" },
    },
    select: articleColumns("a"),
    toRow: (row: ArticleRow) => row,
  });
}
