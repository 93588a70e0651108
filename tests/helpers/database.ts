import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../src/db/client";
import { createPostgresDatabase, dropPostgresDatabase, testOnPostgres } from "./postgres";

export interface TestDatabase {
  url: string;
  /** The engine this database runs on (TEST_DATABASE picks it; SQLite by default). */
  engine: "sqlite" | "postgresql";
  prisma: PrismaClient;
  /** Every SQL statement sent since the last reset. */
  statements: string[];
  drop(): Promise<void>;
}

/**
 * A fresh copy of the migrated template database (see global-setup.ts) with its own client: an SQLite file,
 * or with TEST_DATABASE=postgres a PostgreSQL database created from the run's template.
 */
export function createTestDatabase(): TestDatabase {
  if (testOnPostgres()) return createPostgresTestDatabase();
  const template = process.env.TEST_TEMPLATE_DB;
  if (!template) throw new Error("TEST_TEMPLATE_DB is not set: run the tests through jest (globalSetup)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(template, file);
  const url = `file:${file}`;
  const statements: string[] = [];
  const prisma = createPrismaClient(url, { onQuery: (sql) => statements.push(sql) });
  return {
    url,
    engine: "sqlite",
    prisma,
    statements,
    async drop() {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL database from the run's template, whatever TEST_DATABASE says (replica and worker tests). */
export function createPostgresTestDatabase(): TestDatabase {
  const created = createPostgresDatabase();
  if (!created) throw new Error("PostgreSQL is not available to this run (see TEST_POSTGRES_UNAVAILABLE)");
  const statements: string[] = [];
  const prisma = createPrismaClient(created.url, { onQuery: (sql) => statements.push(sql) });
  return {
    url: created.url,
    engine: "postgresql",
    prisma,
    statements,
    async drop() {
      await prisma.$disconnect();
      dropPostgresDatabase(created.name);
    },
  };
}
