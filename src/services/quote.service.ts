import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { QuotesArgs } from "../models/quotes.args";
import { parseId } from "./ids";
import { paginate, whereAfter } from "./paginate";
import { type QuoteView, toQuote } from "./records";

/** One page of quotes in the order they were stored, filtered by kind, speaker and article. */
export function listQuotes(prisma: PrismaClient, args: QuotesArgs): Promise<Page<QuoteView>> {
  const where: Prisma.QuoteWhereInput = {
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.speakerId ? { speakerId: parseId(args.speakerId, "speakerId") } : {}),
    ...(args.articleId ? { articleId: parseId(args.articleId, "articleId") } : {}),
  };
  return paginate(args, {
    fetch: async (take, after) =>
      (
        await prisma.quote.findMany({
          where: whereAfter(where, after),
          orderBy: { id: "asc" },
          take,
        })
      ).map(toQuote),
    count: () => prisma.quote.count({ where }),
  });
}
