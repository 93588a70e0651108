import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { insensitiveTextFilters } from "./postgres-text-filters";
import { isPostgresUrl, sqliteFilePath } from "./url";

/**
 * The client type the code is written against. The PostgreSQL client (src/generated/prisma-pg, generated
 * from the variant schema) has the same models and the same API; createPrismaClient returns either.
 */
export type { PrismaClient };

export interface ClientOptions {
  /** Called with every SQL statement the client sends (for diagnostics and tests). */
  onQuery?: (sql: string) => void;
  /**
   * SQLite: how long a statement waits for a lock another process holds before failing with SQLITE_BUSY, in
   * ms (default DEFAULT_BUSY_TIMEOUT_MS). better-sqlite3 waits synchronously: keep it short in the server.
   */
  busyTimeoutMs?: number;
  /** PostgreSQL: most connections of the client's pool (default 10). */
  poolSize?: number;
}

/** PostgreSQL: longest a query waits for a connection to the server before failing, in ms. */
export const PG_CONNECT_TIMEOUT_MS = 5_000;

/** Busy timeout of a client that does not say otherwise. */
export const DEFAULT_BUSY_TIMEOUT_MS = 1_000;

/**
 * A Prisma client on the database `databaseUrl` names: a postgres:// or postgresql:// URL gets the
 * PostgreSQL client on a pg pool, a file: URL the SQLite client on that file (see sqliteFilePath).
 */
export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  let client: PrismaClient;
  if (isPostgresUrl(databaseUrl)) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
    client = new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient;
  } else {
    const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl), timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    client = new PrismaClient({ adapter, log }) as unknown as PrismaClient;
  }
  const onQuery = options.onQuery;
  if (onQuery) (client as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (event) => onQuery(event.query));
  if (!isPostgresUrl(databaseUrl)) return client;
  // Text filters ignore case on PostgreSQL as SQLite's LIKE does (see insensitiveTextFilters).
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(insensitiveTextFilters(args));
        },
      },
    },
  }) as unknown as PrismaClient;
}
