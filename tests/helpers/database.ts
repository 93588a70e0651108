import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../src/db/client";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Every SQL statement sent since the last reset. */
  statements: string[];
  drop(): Promise<void>;
}

/** A fresh copy of the migrated template database (see global-setup.ts) with its own client. */
export function createTestDatabase(): TestDatabase {
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
    prisma,
    statements,
    async drop() {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
