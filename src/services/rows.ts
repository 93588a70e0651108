import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { ArticleRow, PersonRecord, QuoteRecord } from "./records";

/**
 * Rows by id through Prisma's typed raw SQL, for the per-request loaders: a Prisma model query costs
 * 180–390 µs of JavaScript and WebAssembly before SQLite sees it, `$queryRaw` about 50 µs (measured on
 * `article(id)`: findMany with omit 387 µs, $queryRaw 58 µs). The column lists are checked against the
 * generated record types, so a column added to the schema fails to compile here until it is listed.
 * Ids travel as one JSON parameter (`json_each`): any number of them, and one statement text per query.
 */

type Columns<T> = { readonly [K in keyof Required<T>]: true };

const ARTICLE_COLUMNS: Columns<Omit<ArticleRow, "body">> = {
  id: true, externalId: true, source: true, publishedAt: true, title: true, url: true, contentHash: true, createdAt: true, updatedAt: true,
};
const PERSON_COLUMNS: Columns<PersonRecord> = { id: true, name: true, honorifics: true, createdAt: true };
const QUOTE_COLUMNS: Columns<QuoteRecord> = {
  id: true, articleId: true, speakerId: true, speakerOrganizationId: true, speakerDescription: true, text: true, kind: true,
  cue: true, speakerSurface: true, start: true, end: true, articlePublishedAt: true,
};

/** `alias."column", …` for a column list. */
function select(alias: string, columns: object): Prisma.Sql {
  return Prisma.raw(Object.keys(columns).map((c) => `${alias}."${c}"`).join(", "));
}

/** The columns of an ArticleRow (no body) of the article aliased `alias`. */
export const articleColumns = (alias: string) => select(alias, ARTICLE_COLUMNS);
/** The columns of a PersonRecord of the person aliased `alias`. */
export const personColumns = (alias: string) => select(alias, PERSON_COLUMNS);
/** The columns of a QuoteRecord of the quote aliased `alias`. */
export const quoteColumns = (alias: string) => select(alias, QUOTE_COLUMNS);

/** The ids as a one-parameter subquery. */
export function idList(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`(SELECT "value" FROM json_each(${JSON.stringify(ids)}))`;
}

/** Articles (without body) with these ids, in any order. */
export function articlesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<ArticleRow[]> {
  return prisma.$queryRaw<ArticleRow[]>`SELECT ${select("a", ARTICLE_COLUMNS)} FROM "Article" a WHERE a."id" IN ${idList(ids)}`;
}

/** The bodies of these articles. */
export function articleBodies(prisma: PrismaClient, ids: readonly number[]): Promise<{ id: number; body: string }[]> {
  return prisma.$queryRaw<{ id: number; body: string }[]>`SELECT "id", "body" FROM "Article" WHERE "id" IN ${idList(ids)}`;
}

/** People with these ids, in any order. */
export function peopleByIds(prisma: PrismaClient, ids: readonly number[]): Promise<PersonRecord[]> {
  return prisma.$queryRaw<PersonRecord[]>`SELECT ${select("p", PERSON_COLUMNS)} FROM "Person" p WHERE p."id" IN ${idList(ids)}`;
}

/** Quotes with these ids, in any order. */
export function quotesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<QuoteRecord[]> {
  return prisma.$queryRaw<QuoteRecord[]>`SELECT ${select("q", QUOTE_COLUMNS)} FROM "Quote" q WHERE q."id" IN ${idList(ids)}`;
}

/** Quotes with these ids and their article's publication date, in any order. */
export function datedQuotesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<(QuoteRecord & { publishedAt: Date })[]> {
  return prisma.$queryRaw<(QuoteRecord & { publishedAt: Date })[]>`
    SELECT ${select("q", QUOTE_COLUMNS)}, a."publishedAt" FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId"
    WHERE q."id" IN ${idList(ids)}`;
}

/** The quotes of these articles, each article's in reading order. */
export function quotesOfArticles(prisma: PrismaClient, articleIds: readonly number[]): Promise<QuoteRecord[]> {
  return prisma.$queryRaw<QuoteRecord[]>`SELECT ${select("q", QUOTE_COLUMNS)} FROM "Quote" q
    WHERE q."articleId" IN ${idList(articleIds)} ORDER BY q."articleId", q."start", q."id"`;
}

/** The people these articles mention, with the article id; each article's by person id. */
export async function peopleOfArticles(
  prisma: PrismaClient,
  articleIds: readonly number[],
): Promise<{ articleId: number; person: PersonRecord }[]> {
  const rows = await prisma.$queryRaw<(PersonRecord & { articleId: number })[]>`
    SELECT m."articleId", ${select("p", PERSON_COLUMNS)}
    FROM "ArticlePerson" m JOIN "Person" p ON p."id" = m."personId"
    WHERE m."articleId" IN ${idList(articleIds)} ORDER BY m."articleId", m."personId"`;
  return rows.map(({ articleId, ...person }) => ({ articleId, person }));
}
