import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { sqliteFilePath } from "./url";

export type { PrismaClient };

export interface ClientOptions {
  /** Called with every SQL statement the client sends (for diagnostics and tests). */
  onQuery?: (sql: string) => void;
}

/** A Prisma client on the SQLite file that `databaseUrl` names (see sqliteFilePath). */
export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl) });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as PrismaClient;
}
