import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { QuotesArgs } from "../models/quotes.args";
import { parseId } from "./ids";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import { type QuoteView, toQuote } from "./records";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.QuoteWhereInput;

/** A quote with the publication date of its article, the value quotes sort by. */
type DatedQuote = QuoteView & { publishedAt: Date };

/** The Prisma where for a quotes filter; ids are checked and named in errors as `filter.<field>`. */
export function quoteWhere(filter: QuotesArgs["filter"]): Where {
  if (!filter) return {};
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  return {
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
export function listQuotes(prisma: PrismaClient, args: QuotesArgs): Promise<Page<DatedQuote>> {
  const where = quoteWhere(args.filter);
  return paginate(args, quoteSort(args.orderBy), {
    fetch: async ({ after, orderBy, take }) =>
      (
        await prisma.quote.findMany({
          where: andWhere(where, after),
          orderBy: orderBy as Prisma.QuoteOrderByWithRelationInput[],
          take,
          include: { article: { select: { publishedAt: true } } },
        })
      ).map(({ article, ...quote }) => ({ ...toQuote(quote), publishedAt: article.publishedAt })),
    count: () => prisma.quote.count({ where }),
  });
}
