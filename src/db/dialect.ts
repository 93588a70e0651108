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
 * Takes the database's write lock at the start of a write transaction, so that writers (seeds, workers on
 * other machines, replicas' write API) store one document at a time, as SQLite does with one writer.
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
