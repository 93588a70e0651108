import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { QUOTE_DEFAULT_DIRECTION, QuoteSortField } from "../models/quote-order.input";
import type { QuotesArgs } from "../models/quotes.args";
import { QuoteKind } from "../models/quote-kind.enum";
import { SearchKind } from "../models/search-kind.enum";
import { anyOf, anyOfIds, matchingSources } from "./filter-values";
import { dateRange } from "./ranges";
import { type DatedQuote, type QuoteRecord, toQuote } from "./records";
import { quoteColumns } from "./rows";
import { type TextMatchOptions, textMatchSql } from "./search.service";
import { paginateSql } from "./sql-page";
import { type Sort, type SortDirection, type SortKey, sortBy } from "./sort";

type Where = Prisma.QuoteWhereInput;

const inList = (column: Prisma.Sql, values: readonly (string | number)[]) =>
  values.length ? Prisma.sql`${column} IN (${Prisma.join([...values])})` : Prisma.sql`FALSE`;

/**
 * A quotes filter as SQL conditions on `"Quote" q JOIN "Article" a` (all must hold), `text` as a subquery
 * against the full-text index; ids are checked and named in errors as `filter.<field>`.
 */
export async function quoteFilterSql(
  prisma: PrismaClient,
  filter: QuotesArgs["filter"],
  order: TextMatchOptions = {},
): Promise<Prisma.Sql[]> {
  const and: Prisma.Sql[] = [];
  if (!filter) return and;
  const published = dateRange(filter.publishedFrom, filter.publishedTo, "filter.publishedFrom");
  // q."articlePublishedAt" is the article's date, kept by triggers: it can use the quote list's indexes.
  if (published?.gte) and.push(Prisma.sql`q."articlePublishedAt" >= ${published.gte}`);
  if (published?.lte) and.push(Prisma.sql`q."articlePublishedAt" <= ${published.lte}`);
  // Every kind is no condition (and keeps the page on the unfiltered index rather than merging two).
  const allKinds = Object.values(QuoteKind).length;
  for (const kinds of anyOf(filter.kinds, filter.kind)) if (kinds.length < allKinds) and.push(inList(Prisma.sql`q."kind"`, kinds));
  for (const ids of anyOfIds(filter.speakerIds, filter.speakerId, "Person", "speakerIds", "speakerId")) {
    and.push(inList(Prisma.sql`q."speakerId"`, ids));
  }
  const organizations = anyOfIds(
    filter.speakerOrganizationIds,
    filter.speakerOrganizationId,
    "Organization",
    "speakerOrganizationIds",
    "speakerOrganizationId",
  );
  for (const ids of organizations) and.push(inList(Prisma.sql`q."speakerOrganizationId"`, ids));
  for (const ids of anyOfIds(filter.articleIds, filter.articleId, "Article", "articleIds", "articleId")) {
    and.push(inList(Prisma.sql`q."articleId"`, ids));
  }
  for (const names of anyOf(filter.sources, null)) {
    and.push(inList(Prisma.sql`a."source"`, await matchingSources(prisma, names)));
  }
  if (filter.text) {
    // Rows read in the list's order and probed only when nothing else narrows them (see textMatchSql).
    and.push(await textMatchSql(prisma, SearchKind.QUOTE, filter.text, "filter.text", Prisma.sql`q."id"`, and.length === 0 ? order : {}));
  }
  return and;
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

/** One page of quotes matching the filter, in the requested order (typed raw SQL: see rows.ts). */
export async function listQuotes(prisma: PrismaClient, args: QuotesArgs): Promise<Page<DatedQuote>> {
  const sort = quoteSort(args.orderBy, args.filter);
  const byDate = sort.keys[0]?.name === "publishedAt";
  const order = byDate ? { indexedOrder: args } : {};
  return paginateSql(prisma, args, sort, {
    from: Prisma.sql`"Quote" q JOIN "Article" a ON a."id" = q."articleId"`,
    where: await quoteFilterSql(prisma, args.filter, order),
    columns: {
      // The article's date as the quote's copy (kept by triggers): ordered by it, a page is read off the index
      // Quote(articlePublishedAt DESC, articleId DESC, start, id) (or its (kind, …) twin), not sorted from every quote.
      publishedAt: { sql: Prisma.sql`q."articlePublishedAt"`, type: "date" },
      articleId: { sql: Prisma.sql`q."articleId"`, type: "number" },
      start: { sql: Prisma.sql`q."start"`, type: "number" },
      id: { sql: Prisma.sql`q."id"`, type: "number" },
    },
    select: Prisma.sql`${quoteColumns("q")}, a."publishedAt"`,
    toRow: ({ publishedAt, ...quote }: QuoteRecord & { publishedAt: Date }): DatedQuote => ({ ...toQuote(quote), publishedAt }),
  });
}
