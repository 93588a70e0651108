import { spawnSync } from "node:child_process";

/** One row of Prisma's `_prisma_migrations` table, as the pending check needs it. */
export interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Longest the read of `_prisma_migrations` may take. */
const READ_TIMEOUT_MS = 30_000;

/**
 * Reads `_prisma_migrations` of the PostgreSQL database `url` names, synchronously (start-up is synchronous
 * up to the first request): in a child process with pg, which prints the rows as JSON. Null when the table
 * does not exist yet. Throws with pg's message (password left out) when the server cannot be reached.
 */
export function readPostgresMigrations(url: string): MigrationRow[] | null {
  const code = `
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.env.MIGRATIONS_URL, connectionTimeoutMillis: 10000 });
    client.connect()
      .then(() => client.query('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"'))
      .then((r) => { process.stdout.write(JSON.stringify(r.rows)); return client.end(); })
      .catch((e) => {
        if (e.code === "42P01") { process.stdout.write("null"); return client.end(); }
        process.stderr.write(String(e.code || "") + " " + String(e.message)); process.exitCode = 1; return client.end().catch(() => {});
      });`;
  const result = spawnSync(process.execPath, ["-e", code], {
    cwd: __dirname,
    env: { ...process.env, MIGRATIONS_URL: url },
    encoding: "utf8",
    timeout: READ_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    throw new Error(`cannot read the migrations of the PostgreSQL database: ${(result.stderr || result.error?.message || "no answer").trim().slice(0, 300)}`);
  }
  return JSON.parse(result.stdout) as MigrationRow[] | null;
}
