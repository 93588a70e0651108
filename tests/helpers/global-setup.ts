import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../src/db/migrate";

/**
 * Runs `prisma migrate deploy` once into a template database; each test file copies it
 * (tests/helpers/database.ts) so every file starts from a fresh, fully migrated database.
 */
export default function globalSetup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-test-"));
  const template = path.join(dir, "template.db");
  migrateDatabase(`file:${template}`);
  process.env.TEST_TEMPLATE_DB = template;
}
