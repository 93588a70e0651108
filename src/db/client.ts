import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { insensitiveTextFilters } from "./postgres-text-filters";
import { CachingSqliteAdapterFactory } from "./statement-cache";
import { isPostgresUrl, sqliteFilePath } from "./url";

/**
 * The client type the code is written against. The PostgreSQL client (src/generated/prisma-pg, generated
 * from the variant schema) has the same models and the same API; createPrismaClient returns either.
 */
export type { PrismaClient };

/** Which database a statement went to: the primary (DATABASE_URL) or the read replica (DATABASE_READ_URL). */
export type QueryTarget = "primary" | "replica";

export interface ClientOptions {
  /** Called with every SQL statement the client sends, and where it went (for diagnostics and tests). */
  onQuery?: (sql: string, target: QueryTarget) => void;
  /**
   * PostgreSQL: a read replica (DATABASE_READ_URL). Model reads outside transactions (findMany, findUnique,
   * count, …) go there through @prisma/extension-read-replicas, and so does `$queryRaw` (see rawReadsOnReplica);
   * writes, transactions and `$executeRaw` stay on the primary.
   */
  readUrl?: string | null;
  /**
   * SQLite: how long a statement waits for a lock another process holds before failing with SQLITE_BUSY, in
   * ms (default DEFAULT_BUSY_TIMEOUT_MS). better-sqlite3 waits synchronously: keep it short in the server.
   */
  busyTimeoutMs?: number;
  /** PostgreSQL: most connections of the client's pool (default 10). */
  poolSize?: number;
}

/** The SQLite file behind a client createPrismaClient made, and the options a second connection to it needs. */
export interface SqliteSource {
  file: string;
  busyTimeoutMs: number;
  onQuery?: (sql: string, target: QueryTarget) => void;
}

const sqliteSources = new WeakMap<object, SqliteSource>();

/** The SQLite file of a client createPrismaClient made (null for PostgreSQL or a client made elsewhere). */
export function sqliteSourceOf(prisma: PrismaClient): SqliteSource | null {
  return sqliteSources.get(prisma) ?? null;
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
  if (!isPostgresUrl(databaseUrl)) {
    if (options.readUrl) throw new Error("a read replica needs a PostgreSQL DATABASE_URL");
    const file = sqliteFilePath(databaseUrl);
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    const adapter = new CachingSqliteAdapterFactory({ url: file, timeout: busyTimeoutMs });
    const client = logged(new PrismaClient({ adapter, log: logOption(options) }) as unknown as PrismaClient, options, "primary");
    sqliteSources.set(client, { file, busyTimeoutMs, onQuery: options.onQuery });
    return client;
  }
  const primary = postgresClient(databaseUrl, options, "primary");
  if (!options.readUrl) return primary;
  const replica = postgresClient(options.readUrl, options, "replica");
  return rawReadsOnReplica(primary.$extends(readReplicas({ replicas: [replica as never] })) as unknown as PrismaClient);
}

/**
 * The read-replica client with `$queryRaw` sent to the replica too: outside transactions the services use it
 * only for SELECTs (typed raw SQL is their read path), while writes run in `$transaction`s and
 * `$executeRaw`, which stay on the primary.
 */
function rawReadsOnReplica(client: PrismaClient): PrismaClient {
  const withReplica = client as PrismaClient & { $replica(): PrismaClient };
  return new Proxy(client, {
    get(target, property) {
      if (property === "$queryRaw") {
        const replica = withReplica.$replica();
        return replica.$queryRaw.bind(replica);
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function logOption(options: ClientOptions) {
  return options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : undefined;
}

function logged(client: PrismaClient, options: ClientOptions, target: QueryTarget): PrismaClient {
  const onQuery = options.onQuery;
  if (onQuery) (client as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (event) => onQuery(event.query, target));
  return client;
}

/** A PostgreSQL client on a pg pool whose text filters ignore case as SQLite's LIKE does (see insensitiveTextFilters). */
function postgresClient(url: string, options: ClientOptions, target: QueryTarget): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  const client = logged(new PostgresPrismaClient({ adapter, log: logOption(options) }) as unknown as PrismaClient, options, target);
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
