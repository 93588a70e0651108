import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { ARTICLE_DEFAULT_DIRECTION, ArticleSortField } from "../models/article-order.input";
import type { ArticlesArgs } from "../models/articles.args";
import type { Page } from "../models/connection";
import { SearchKind } from "../models/search-kind.enum";
import { anyOf, anyOfIds, matchingSources } from "./filter-values";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import { type ArticleRow, WITHOUT_BODY } from "./records";
import { textMatchSql } from "./search.service";
import { paginateSql } from "./sql-page";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.ArticleWhereInput;

/**
 * The Prisma where for an articles filter without `text` (see articleFilterSql for one with it); ids are
 * checked and named in errors as `filter.<field>`, source names matched to their stored spelling.
 */
export async function articleWhere(prisma: PrismaClient, filter: ArticlesArgs["filter"]): Promise<Where> {
  if (!filter) return {};
  const and: Where[] = [];
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  if (published) and.push({ publishedAt: published });
  for (const ids of anyOfIds(filter.personIds, filter.personId, "Person", "personIds", "personId")) {
    and.push({ mentions: { some: { personId: { in: ids } } } });
  }
  for (const ids of anyOfIds(filter.eventIds, filter.eventId, "Event", "eventIds", "eventId")) {
    and.push({ events: { some: { eventId: { in: ids } } } });
  }
  for (const names of anyOf(filter.sources, filter.source)) {
    and.push({ source: { in: await matchingSources(prisma, names) } });
  }
  return and.length ? { AND: and } : {};
}

const inList = (column: Prisma.Sql, values: readonly (string | number)[]) =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join([...values])})` : Prisma.sql`0`;

/**
 * The same filter as articleWhere as SQL conditions on `"Article" a`, including `text` as a subquery
 * against the full-text index (which Prisma's where cannot express).
 */
export async function articleFilterSql(prisma: PrismaClient, filter: NonNullable<ArticlesArgs["filter"]>): Promise<Prisma.Sql[]> {
  const and: Prisma.Sql[] = [];
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
  if (filter.text) and.push(textMatchSql(SearchKind.ARTICLE, filter.text, "filter.text", Prisma.sql`a."id"`));
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

/** One page of articles matching the filter, in the requested order. */
export async function listArticles(prisma: PrismaClient, args: ArticlesArgs): Promise<Page<ArticleRow>> {
  if (args.filter?.text) {
    return paginateSql(prisma, args, articleSort(args.orderBy), {
      from: Prisma.sql`"Article" a`,
      where: await articleFilterSql(prisma, args.filter),
      columns: { publishedAt: Prisma.sql`a."publishedAt"`, title: Prisma.sql`a."title"`, id: Prisma.sql`a."id"` },
      load: (ids) => prisma.article.findMany({ where: { id: { in: ids } }, omit: WITHOUT_BODY }),
    });
  }
  const where = await articleWhere(prisma, args.filter);
  return paginate(args, articleSort(args.orderBy), {
    fetch: ({ where: more, orderBy, take }) =>
      prisma.article.findMany({ where: andWhere(where, more), orderBy: orderBy as Prisma.ArticleOrderByWithRelationInput[], take, omit: WITHOUT_BODY }),
    count: () => prisma.article.count({ where }),
    exists: async (more) => (await prisma.article.findFirst({ where: andWhere(where, [more]), select: { id: true } })) !== null,
  });
}
