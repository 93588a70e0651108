import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.join(__dirname, "..", "..", "prisma", "migrations");
const sqlOf = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

/**
 * The search migration on a database that already holds data (the template database every other test
 * uses is migrated empty): it must index the stored rows, then keep them in sync.
 */
describe("migration 20261126220500_search", () => {
  let dir: string;
  let db: Database.Database;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "search-migration-"));
    db = new Database(path.join(dir, "test.db"));
    db.exec(sqlOf("20261126210000_init"));
    db.exec(`
      INSERT INTO "Article" ("id", "externalId", "source", "publishedAt", "title", "body", "contentHash", "updatedAt")
      VALUES (1, 'a', 'Wire', '2024-01-01', 'Unity conference opens', 'Delegates spoke about unity.', 'h1', '2024-01-01'),
             (2, 'b', 'Wire', '2024-01-02', 'Harbour news', 'Boats returned to the harbour.', 'h2', '2024-01-02');
      INSERT INTO "Quote" ("id", "articleId", "text", "kind", "start", "end")
      VALUES (1, 1, 'about unity', 'INDIRECT', 16, 27);
    `);
    db.exec(sqlOf("20261126220500_search"));
  });

  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const matches = (query: string) =>
    db
      .prepare(`SELECT "kind", "refId" FROM "SearchEntry" WHERE "SearchEntry" MATCH ? ORDER BY "rowid"`)
      .all(query);

  it("indexes the articles and quotes stored before it", () => {
    expect(matches('"unity"')).toEqual([
      { kind: "ARTICLE", refId: 1 },
      { kind: "QUOTE", refId: 1 },
    ]);
    expect(matches('"harbour"')).toEqual([{ kind: "ARTICLE", refId: 2 }]);
  });

  it("keeps the index in sync through its triggers, cascades included", () => {
    db.exec(`UPDATE "Article" SET "body" = 'Ferries returned.' WHERE "id" = 2`);
    expect(matches('"harbour"')).toEqual([{ kind: "ARTICLE", refId: 2 }]); // still in the title
    expect(matches('"boats"')).toEqual([]);
    db.exec(`DELETE FROM "Article" WHERE "id" = 1`);
    expect(matches('"unity"')).toEqual([]);
    expect(db.prepare(`SELECT count(*) AS "n" FROM "SearchEntry"`).get()).toEqual({ n: 1 });
  });
});
