import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../src/db/migrate";
import { adminUrl, runSqlSync, testOnPostgres, withDatabase } from "./postgres";

/**
 * Runs `prisma migrate deploy` once into a template database; each test file copies it
 * (tests/helpers/database.ts) so every file starts from a fresh, fully migrated database. SQLite always
 * (a file); PostgreSQL too when it is reachable (a template database, dropped by global-teardown.ts): for a
 * TEST_DATABASE=postgres run, and for the tests that need PostgreSQL whatever the engine (replicas,
 * workers). PostgreSQL not reachable: fails a TEST_DATABASE=postgres or CI run, else those tests skip.
 */
export default function globalSetup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(`file:${template}`);
  process.env.TEST_TEMPLATE_DB = template;

  const required = testOnPostgres() || process.env.CI === "true";
  const admin = adminUrl();
  const unreachable = runSqlSync(admin, ["SELECT 1"], 10_000);
  if (unreachable) {
    const reason = `PostgreSQL at ${new URL(admin).host} is not reachable: ${unreachable}`;
    if (required) throw new Error(`${reason} (needed: TEST_DATABASE=postgres, TEST_POSTGRES_URL or CI is set)`);
    process.env.TEST_POSTGRES_UNAVAILABLE = reason;
    return;
  }
  process.env.TEST_POSTGRES_RUN = `${process.pid}_${Date.now().toString(36)}`;
  const name = `content_template_${process.env.TEST_POSTGRES_RUN}`;
  const error = runSqlSync(admin, [`CREATE DATABASE "${name}"`]);
  if (error) throw new Error(`cannot create the PostgreSQL template database ${name}: ${error}`);
  migrateDatabase(withDatabase(admin, name));
  process.env.TEST_POSTGRES_TEMPLATE = name;
}
