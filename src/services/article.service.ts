import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { ArticlesArgs } from "../models/articles.args";
import { paginate, whereAfter } from "./paginate";
import type { ArticleRecord } from "./records";

/** One page of articles in the order they were stored, filtered by source and publication dates. */
export function listArticles(prisma: PrismaClient, args: ArticlesArgs): Promise<Page<ArticleRecord>> {
  const where: Prisma.ArticleWhereInput = {
    ...(args.source ? { source: args.source } : {}),
    ...(args.publishedFrom || args.publishedTo
      ? { publishedAt: { gte: args.publishedFrom ?? undefined, lte: args.publishedTo ?? undefined } }
      : {}),
  };
  return paginate(args, {
    fetch: (take, after) =>
      prisma.article.findMany({
        where: whereAfter(where, after),
        orderBy: { id: "asc" },
        take,
      }),
    count: () => prisma.article.count({ where }),
  });
}
