import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { ArticleSortField } from "../models/article-order.input";
import type { ArticlesArgs } from "../models/articles.args";
import type { Page } from "../models/connection";
import { SearchKind } from "../models/search-kind.enum";
import { parseId } from "./ids";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import type { ArticleRecord } from "./records";
import { matchingIds } from "./search.service";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.ArticleWhereInput;

/**
 * The Prisma where for an articles filter; ids are checked and named in errors as `filter.<field>`.
 * The `text` condition is answered by the full-text index first.
 */
export async function articleWhere(prisma: PrismaClient, filter: ArticlesArgs["filter"]): Promise<Where> {
  if (!filter) return {};
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  const text = filter.text ? await matchingIds(prisma, SearchKind.ARTICLE, filter.text, "filter.text") : null;
  return {
    ...(text ? { id: { in: text } } : {}),
    ...(filter.source ? { source: filter.source } : {}),
    ...(published ? { publishedAt: published } : {}),
    ...(filter.personId ? { mentions: { some: { personId: parseId(filter.personId, "filter.personId") } } } : {}),
    ...(filter.eventId ? { events: { some: { eventId: parseId(filter.eventId, "filter.eventId") } } } : {}),
  };
}

/** The article ordering for `orderBy`. */
export function articleSort(orderBy: ArticlesArgs["orderBy"]): Sort<ArticleRecord, Where> {
  const column =
    orderBy.field === ArticleSortField.TITLE
      ? { name: "title", at: (c: unknown) => ({ title: c }), value: (a: ArticleRecord) => a.title }
      : { name: "publishedAt", at: (c: unknown) => ({ publishedAt: c }), value: (a: ArticleRecord) => a.publishedAt };
  return sortBy(column, orderBy.direction);
}

/** One page of articles matching the filter, in the requested order. */
export async function listArticles(prisma: PrismaClient, args: ArticlesArgs): Promise<Page<ArticleRecord>> {
  const where = await articleWhere(prisma, args.filter);
  return paginate(args, articleSort(args.orderBy), {
    fetch: ({ after, orderBy, take }) =>
      prisma.article.findMany({ where: andWhere(where, after), orderBy: orderBy as Prisma.ArticleOrderByWithRelationInput[], take }),
    count: () => prisma.article.count({ where }),
  });
}
