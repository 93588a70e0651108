import type { Article as ArticleRecord, Person as PersonRecord, Quote as QuoteRecord } from "../generated/prisma/client";
import { readHonorifics } from "../db/honorifics";
import type { Person } from "../models/person.type";
import { QuoteKind } from "../models/quote-kind.enum";
import type { Quote } from "../models/quote.type";

export type {
  Article as ArticleRecord,
  Event as EventRecord,
  Person as PersonRecord,
  Quote as QuoteRecord,
} from "../generated/prisma/client";

/**
 * An article as the read paths load it: without its body (4 KB on average), which Article.body loads by
 * itself when a query asks for it. Rows from the write paths still carry it.
 */
export type ArticleRow = Omit<ArticleRecord, "body"> & { body?: string };

/** The GraphQL view of a stored person: honorifics are stored as a JSON array. */
export function toPerson(record: PersonRecord): Person {
  return { id: record.id, name: record.name, honorifics: readHonorifics(record.honorifics) };
}

/** The GraphQL view of a stored quote, keeping the ids the field resolvers need. */
export type QuoteView = Quote & Pick<QuoteRecord, "articleId" | "speakerId" | "speakerOrganizationId">;

/** A quote with its article's publication date, the value quote lists are ordered by. */
export type DatedQuote = QuoteView & { publishedAt: Date };

/** Narrows the stored kind to the enum; the store only ever writes DIRECT or INDIRECT. */
export function toQuote(record: QuoteRecord): QuoteView {
  const kind = record.kind === QuoteKind.DIRECT ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
  return { ...record, kind };
}
