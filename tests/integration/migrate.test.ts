import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase, migrationFolders, pendingMigrations } from "../../src/db/migrate";

/**
 * Start-up skips `prisma migrate deploy` (about 3 s) when `_prisma_migrations` already records every
 * migration folder, and still applies a pending one.
 */
describe("migrateDatabase", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const tables = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    } finally {
      db.close();
    }
  };

  it("lists every migration folder as pending for a missing file, without creating it", () => {
    const file = path.join(dir, "none", "content.db");
    const names = migrationFolders().map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    expect(pendingMigrations(file)).toEqual(names);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("creates and migrates a new database, then does nothing on the next start", () => {
    const file = path.join(dir, "new", "content.db");
    expect(migrateDatabase(`file:${file}`)).toBe(true);
    expect(tables(file)).toEqual(expect.arrayContaining(["Article", "Quote", "_prisma_migrations"]));
    expect(pendingMigrations(file)).toEqual([]);
    expect(migrateDatabase(`file:${file}`)).toBe(false);
  });

  it("applies a migration the table does not record (a new one after an upgrade)", () => {
    // The database as the previous release left it: every migration but the last applied and recorded.
    const template = new Database(process.env.TEST_TEMPLATE_DB!, { readonly: true });
    const { sql: createTable } = template
      .prepare("SELECT sql FROM sqlite_master WHERE name = '_prisma_migrations'")
      .get() as { sql: string };
    const rows = template.prepare("SELECT * FROM _prisma_migrations ORDER BY started_at").all() as Record<string, unknown>[];
    template.close();
    const folders = migrationFolders();
    const last = folders.at(-1)!.name;
    const file = path.join(dir, "upgrade.db");
    const db = new Database(file);
    db.exec(createTable);
    for (const { name } of folders.slice(0, -1)) {
      db.exec(fs.readFileSync(path.join(__dirname, "..", "..", "prisma", "migrations", name, "migration.sql"), "utf8"));
      const row = rows.find((r) => r.migration_name === name)!;
      db.prepare(`INSERT INTO _prisma_migrations (${Object.keys(row).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`)
        .run(...Object.values(row));
    }
    const before = tables(file);
    db.close();
    expect(pendingMigrations(file)).toEqual([last]);

    expect(migrateDatabase(`file:${file}`)).toBe(true);
    expect(pendingMigrations(file)).toEqual([]);
    expect(tables(file)).toEqual(expect.arrayContaining(before));
  });

  it("runs deploy for a database whose table is missing, and for a migration edited after it was applied", () => {
    const empty = path.join(dir, "empty.db");
    new Database(empty).close();
    expect(pendingMigrations(empty)).toEqual(migrationFolders().map((m) => m.name));

    const file = path.join(dir, "edited.db");
    fs.copyFileSync(process.env.TEST_TEMPLATE_DB!, file);
    const first = migrationFolders()[0].name;
    const db = new Database(file);
    db.exec(`UPDATE _prisma_migrations SET checksum = 'other' WHERE migration_name = '${first}'`);
    db.close();
    expect(pendingMigrations(file)).toEqual([first]);
  });

  it("runs deploy when a migration is recorded as started but unfinished (deploy reports the failure)", () => {
    const file = path.join(dir, "failed.db");
    fs.copyFileSync(process.env.TEST_TEMPLATE_DB!, file);
    const db = new Database(file);
    db.exec(`UPDATE _prisma_migrations SET finished_at = NULL WHERE rowid = (SELECT max(rowid) FROM _prisma_migrations)`);
    db.close();
    expect(pendingMigrations(file)).toEqual(migrationFolders().map((m) => m.name));
    expect(() => migrateDatabase(`file:${file}`)).toThrow(/migrate deploy failed/);
  });
});
