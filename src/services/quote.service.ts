import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { QUOTE_DEFAULT_DIRECTION, QuoteSortField } from "../models/quote-order.input";
import type { QuotesArgs } from "../models/quotes.args";
import { SearchKind } from "../models/search-kind.enum";
import { anyOf, anyOfIds, matchingSources } from "./filter-values";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import { type DatedQuote, toDatedQuote } from "./records";
import { matchingIds } from "./search.service";
import { type Sort, type SortDirection, type SortKey, sortBy } from "./sort";

type Where = Prisma.QuoteWhereInput;

/**
 * The Prisma where for a quotes filter; ids are checked and named in errors as `filter.<field>`.
 * The `text` condition is answered by the full-text index first.
 */
export async function quoteWhere(prisma: PrismaClient, filter: QuotesArgs["filter"]): Promise<Where> {
  if (!filter) return {};
  const and: Where[] = [];
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  if (published) and.push({ article: { publishedAt: published } });
  for (const kinds of anyOf(filter.kinds, filter.kind)) and.push({ kind: { in: kinds } });
  for (const ids of anyOfIds(filter.speakerIds, filter.speakerId, "Person", "speakerIds", "speakerId")) {
    and.push({ speakerId: { in: ids } });
  }
  const organizations = anyOfIds(
    filter.speakerOrganizationIds,
    filter.speakerOrganizationId,
    "Organization",
    "speakerOrganizationIds",
    "speakerOrganizationId",
  );
  for (const ids of organizations) and.push({ speakerOrganizationId: { in: ids } });
  for (const ids of anyOfIds(filter.articleIds, filter.articleId, "Article", "articleIds", "articleId")) {
    and.push({ articleId: { in: ids } });
  }
  for (const names of anyOf(filter.sources, null)) {
    and.push({ article: { source: { in: await matchingSources(prisma, names) } } });
  }
  if (filter.text) and.push({ id: { in: await matchingIds(prisma, SearchKind.QUOTE, filter.text, "filter.text") } });
  return and.length ? { AND: and } : {};
}

const publishedAt = (direction: SortDirection): SortKey<DatedQuote> => ({
  name: "publishedAt",
  direction,
  at: (c) => ({ article: { publishedAt: c } }),
  value: (q) => q.publishedAt,
});
const articleId = (direction: SortDirection): SortKey<DatedQuote> => ({
  name: "articleId",
  direction,
  at: (c) => ({ articleId: c }),
  value: (q) => q.articleId,
});
const start = (direction: SortDirection): SortKey<DatedQuote> => ({
  name: "start",
  direction,
  at: (c) => ({ start: c }),
  value: (q) => q.start,
});

/**
 * The quote ordering for `orderBy`. PUBLISHED_AT (newest first by default) keeps each article's quotes
 * together and in reading order; POSITION is reading order (by article, then offset), reversible. Without
 * `orderBy`, a filter naming articles reads them in POSITION order, anything else newest first.
 */
export function quoteSort(orderBy: QuotesArgs["orderBy"], filter?: QuotesArgs["filter"]): Sort<DatedQuote, Where> {
  const namesArticles = Boolean(filter?.articleIds || filter?.articleId);
  const field = orderBy?.field ?? (namesArticles ? QuoteSortField.POSITION : QuoteSortField.PUBLISHED_AT);
  const direction = orderBy?.direction ?? QUOTE_DEFAULT_DIRECTION[field];
  return field === QuoteSortField.POSITION
    ? sortBy("quotes", [articleId(direction), start(direction)], direction)
    : sortBy("quotes", [publishedAt(direction), articleId(direction), start("ASC")], "ASC");
}

/** The ordering of Person.quotes and Organization.quotes: the default of the top-level list (same cursors). */
export const NEWEST_QUOTES_FIRST = quoteSort(null).name;

/** One page of quotes matching the filter, in the requested order. */
export async function listQuotes(prisma: PrismaClient, args: QuotesArgs): Promise<Page<DatedQuote>> {
  const where = await quoteWhere(prisma, args.filter);
  return paginate(args, quoteSort(args.orderBy, args.filter), {
    fetch: async ({ where: more, orderBy, take }) =>
      (
        await prisma.quote.findMany({
          where: andWhere(where, more),
          orderBy: orderBy as Prisma.QuoteOrderByWithRelationInput[],
          take,
          include: { article: { select: { publishedAt: true } } },
        })
      ).map(toDatedQuote),
    count: () => prisma.quote.count({ where }),
    exists: async (more) => (await prisma.quote.findFirst({ where: andWhere(where, [more]), select: { id: true } })) !== null,
  });
}
