import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFilePath } from "./src/db/url";

/**
 * Prisma CLI configuration. The JS schema engine with a driver adapter lets `prisma migrate deploy`
 * run offline (no engine binary is downloaded); DATABASE_URL defaults to the embedded SQLite file.
 * A postgres:// or postgresql:// DATABASE_URL picks prisma/postgresql (schema variant written by
 * scripts/prisma-variant.mjs, its own migrations) and @prisma/adapter-pg.
 */
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const postgres = isPostgresUrl(process.env.DATABASE_URL);

/** OIDs of the catalog types "name" and "char", which @prisma/adapter-pg 6.19 cannot deserialize. */
const CATALOG_TYPES = new Set([19, 18]);

/**
 * prisma/orm#27403: `migrate deploy` fails with "Column type 'name' could not be deserialized" because the
 * schema engine reads catalog columns of those types. Describing them to the adapter as text (OID 25), with
 * pg's text parser, makes them plain strings. Patches pg's result parser once, before the adapter exists;
 * only the CLI loads this file, never the server.
 */
function textCatalogTypes(): void {
  const Result = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void; __textCatalog?: true } } }).Result;
  const prototype = Result.prototype;
  if (prototype.__textCatalog) return;
  const addFields = prototype.addFields;
  prototype.addFields = function (fields) {
    for (const field of fields) if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  prototype.__textCatalog = true;
}

interface ScriptConnection {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
}

/**
 * @prisma/adapter-pg 6.19 runs a migration script by splitting it at every ";" (also inside comments,
 * strings and function bodies), which breaks the PL/pgSQL triggers of the search migration. PostgreSQL's
 * simple query protocol runs a multi-statement script as it is: send it whole.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    const scripted = connection as unknown as ScriptConnection;
    scripted.executeScript = async (script: string) => {
      try {
        await scripted.client.query(script);
      } catch (error) {
        scripted.onError(error);
      }
    };
    return connection;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    if (!postgres) return new PrismaBetterSQLite3({ url: sqliteFilePath(process.env.DATABASE_URL!) });
    textCatalogTypes();
    return wholeScripts(new PrismaPg({ connectionString: process.env.DATABASE_URL!, allowExitOnIdle: true, idleTimeoutMillis: 200 }));
  },
});
