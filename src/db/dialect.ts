import type { PrismaClient } from "./client";
import type { DatabaseProvider } from "./url";

/**
 * The engine behind a Prisma client (or a transaction client of one): where raw SQL must differ, the
 * caller picks the statement by this. Reads the provider the generated client was built for.
 */
export function dialectOf(prisma: PrismaClient | Pick<PrismaClient, "$queryRaw">): DatabaseProvider {
  const provider = (prisma as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgresql" : "sqlite";
}

/** Whether `prisma` talks to PostgreSQL. */
export function isPostgres(prisma: PrismaClient | Pick<PrismaClient, "$queryRaw">): boolean {
  return dialectOf(prisma) === "postgresql";
}

/** The key of the PostgreSQL advisory lock that stands for SQLite's single write lock ("content:write"). */
export const WRITE_LOCK_KEY = 0x636f6e74;

/**
 * Takes the database's write lock, exclusively, at the start of a write transaction: one such writer at a
 * time across every process, as SQLite has one writer (stores take it shared: takeStoreLocks).
 * SQLite: a no-op UPDATE takes the write lock at once, as BEGIN IMMEDIATE would (Prisma's adapter only issues
 * BEGIN): waiting for it honours the busy timeout, whereas upgrading a read transaction that another writer
 * overtook fails at once. PostgreSQL: a transaction-scoped advisory lock, released at commit or rollback.
 */
export async function takeWriteLock(tx: Pick<PrismaClient, "$executeRawUnsafe">): Promise<void> {
  if (isPostgres(tx as PrismaClient)) {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  } else {
    await tx.$executeRawUnsafe(`UPDATE "Article" SET "id" = "id" WHERE 0`);
  }
}

/**
 * The write lock for transactions that only this process's in-memory lock (services/write-lock.ts) orders:
 * on PostgreSQL, where other replicas and workers write the same database, the advisory lock of
 * takeWriteLock; on SQLite nothing more (the file has one writer at a time already).
 */
export async function takeSharedWriteLock(tx: Pick<PrismaClient, "$executeRawUnsafe">): Promise<void> {
  if (isPostgres(tx as PrismaClient)) await takeWriteLock(tx);
}

/**
 * The client that reads from the primary database: with DATABASE_READ_URL, reads that must see the latest
 * write (an API key just revoked) go through this; otherwise `prisma` itself.
 */
export function primaryOf<T extends object>(prisma: T): T {
  const primary = (prisma as { $primary?: () => T }).$primary;
  return typeof primary === "function" ? primary.call(prisma) : prisma;
}

/** Namespace (first key) of the PostgreSQL advisory locks on people's surnames taken by takeStoreLocks. */
export const PERSON_LOCK_NAMESPACE = 0x706572; // "per"

/**
 * The locks a document's store transaction takes. SQLite: the write lock (takeWriteLock). PostgreSQL: the
 * write lock in shared mode, so that stores run side by side (workers on several machines) while the write
 * API's transactions (takeSharedWriteLock, exclusive) still wait for them; plus one exclusive lock per
 * surname in `surnames`, taken in a fixed order (no deadlock between two stores), so that two documents
 * naming the same person match and create people one after the other, as with one writer.
 */
export async function takeStoreLocks(tx: Pick<PrismaClient, "$executeRawUnsafe" | "$executeRaw">, surnames: readonly string[]): Promise<void> {
  if (!isPostgres(tx as PrismaClient)) return takeWriteLock(tx);
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${WRITE_LOCK_KEY})`);
  const keys = [...new Set(surnames.filter(Boolean))].sort();
  if (keys.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PERSON_LOCK_NAMESPACE}::int4, "key")
    FROM (SELECT DISTINCT hashtext(k) AS "key" FROM unnest(${keys}::text[]) AS k ORDER BY 1) AS "keys"`;
}
