import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { sqliteFilePath } from "./url";

export type { PrismaClient };

export interface ClientOptions {
  /** Called with every SQL statement the client sends (for diagnostics and tests). */
  onQuery?: (sql: string) => void;
  /**
   * How long a statement waits for a lock another process holds before failing with SQLITE_BUSY, in ms
   * (default DEFAULT_BUSY_TIMEOUT_MS). better-sqlite3 waits synchronously: keep it short in the server.
   */
  busyTimeoutMs?: number;
}

/** Busy timeout of a client that does not say otherwise. */
export const DEFAULT_BUSY_TIMEOUT_MS = 1_000;

/** A Prisma client on the SQLite file that `databaseUrl` names (see sqliteFilePath). */
export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl), timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as PrismaClient;
}
