import type { PrismaClient } from "../../db/client";
import { isPostgres } from "../../db/dialect";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The tables an article's rows go to, each with its columns besides articleId and articlePublishedAt. */
const COLUMNS = {
  Quote: ["speakerId", "speakerOrganizationId", "speakerDescription", "text", "kind", "cue", "speakerSurface", "start", "end"],
  ArticlePerson: ["personId"],
  ArticleEvent: ["eventId"],
} as const;

type Table = keyof typeof COLUMNS;
type Row<T extends Table> = { [C in (typeof COLUMNS)[T][number]]: string | number | null };

/** Most rows per INSERT: SQLite allows 32,766 bound values per statement. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Whether insertArticleRows writes raw SQL: on SQLite, where Prisma's createMany costs ~10× the statement
 * itself (it is the largest part of storing a document); PostgreSQL keeps createMany.
 */
export function rawInserts(tx: Tx): boolean {
  return !isPostgres(tx as unknown as PrismaClient);
}

/**
 * Inserts `rows` of article `articleId` into `table` (SQLite only: see rawInserts), with articlePublishedAt
 * copied from the article as stored (so the bounded-lists triggers have nothing to write), in as few
 * statements as the bound-value limit allows. Values are bound, never spliced into the SQL.
 */
export async function insertArticleRows<T extends Table>(tx: Tx, table: T, articleId: number, rows: readonly Row<T>[]): Promise<void> {
  const columns: readonly string[] = COLUMNS[table];
  const names = ["articleId", ...columns].map((c) => `"${c}"`).join(", ");
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
    const tuple = `(${["?", ...columns.map(() => "?")].join(", ")})`;
    const values: unknown[] = [];
    for (const row of chunk) values.push(articleId, ...columns.map((c) => (row as Record<string, unknown>)[c]));
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names}, "articlePublishedAt") ` +
        `SELECT v.*, (SELECT "publishedAt" FROM "Article" WHERE "id" = ?) FROM (VALUES ${chunk.map(() => tuple).join(", ")}) AS v`,
      articleId,
      ...values,
    );
  }
}

/** A DateTime as Prisma stores it in SQLite (TEXT, e.g. 2024-03-02T00:00:00.000+00:00), so that Prisma reads it back. */
function sqliteDateTime(date: Date): string {
  return date.toISOString().replace(/Z$/, "+00:00");
}

/**
 * Inserts a new article (SQLite only: see rawInserts) as `tx.article.create` would, with createdAt and
 * updatedAt set to now, and returns its id.
 */
export async function insertArticle(
  tx: Tx,
  article: { externalId: string; source: string; publishedAt: Date; title: string; body: string; url: string | null; contentHash: string },
): Promise<number> {
  const now = sqliteDateTime(new Date());
  const [row] = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
    `INSERT INTO "Article" ("externalId", "source", "publishedAt", "title", "body", "url", "contentHash", "createdAt", "updatedAt") ` +
      `VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
    article.externalId,
    article.source,
    sqliteDateTime(article.publishedAt),
    article.title,
    article.body,
    article.url,
    article.contentHash,
    now,
    now,
  );
  return Number(row.id);
}
