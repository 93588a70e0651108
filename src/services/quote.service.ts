import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { QuotesArgs } from "../models/quotes.args";
import { SearchKind } from "../models/search-kind.enum";
import { parseId } from "./ids";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import { type DatedQuote, toDatedQuote } from "./records";
import { matchingIds } from "./search.service";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.QuoteWhereInput;

/**
 * The Prisma where for a quotes filter; ids are checked and named in errors as `filter.<field>`.
 * The `text` condition is answered by the full-text index first.
 */
export async function quoteWhere(prisma: PrismaClient, filter: QuotesArgs["filter"]): Promise<Where> {
  if (!filter) return {};
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  const text = filter.text ? await matchingIds(prisma, SearchKind.QUOTE, filter.text, "filter.text") : null;
  return {
    ...(text ? { id: { in: text } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.speakerId ? { speakerId: parseId(filter.speakerId, "filter.speakerId") } : {}),
    ...(filter.speakerOrganizationId
      ? { speakerOrganizationId: parseId(filter.speakerOrganizationId, "filter.speakerOrganizationId") }
      : {}),
    ...(filter.articleId ? { articleId: parseId(filter.articleId, "filter.articleId") } : {}),
    ...(published ? { article: { publishedAt: published } } : {}),
  };
}

/** Quotes sort by their article's publication date, then by id (reading order within an article). */
export function quoteSort(orderBy: QuotesArgs["orderBy"]): Sort<DatedQuote, Where> {
  return sortBy(
    { name: "publishedAt", at: (c: unknown) => ({ article: { publishedAt: c } }), value: (q: DatedQuote) => q.publishedAt },
    orderBy.direction,
  );
}

/** One page of quotes matching the filter, in the requested order. */
export async function listQuotes(prisma: PrismaClient, args: QuotesArgs): Promise<Page<DatedQuote>> {
  const where = await quoteWhere(prisma, args.filter);
  return paginate(args, quoteSort(args.orderBy), {
    fetch: async ({ after, orderBy, take }) =>
      (
        await prisma.quote.findMany({
          where: andWhere(where, after),
          orderBy: orderBy as Prisma.QuoteOrderByWithRelationInput[],
          take,
          include: { article: { select: { publishedAt: true } } },
        })
      ).map(toDatedQuote),
    count: () => prisma.quote.count({ where }),
  });
}
