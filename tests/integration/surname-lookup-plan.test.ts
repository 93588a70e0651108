import Database from "better-sqlite3";
import { contentHash } from "../../src/ingest/store/content-hash";
import { prepareStoreStatements } from "../../src/ingest/store/sqlite-statements";
import { storeDocument } from "../../src/ingest/store/store-document";
import type { ExtractedPerson, SourceDocument } from "../../src/ingest/types";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { testOnPostgres } from "../helpers/postgres";

// Storing a person named by a surname alone ("Ruiz", or the last word of a full name) reads the stored people
// holding that surname. With `"key" LIKE '% ruiz'` that read every alias of the archive (a leading wildcard
// uses no index: 1.9 ms a lookup at 20,000 articles, and linear beyond); an index on the aliases' last words
// (migration 20261201210000_alias_surname_index) answers it with one search. Both stores are checked: storeDocument
// through Prisma (the write API, PostgreSQL's seed) and the SQLite seed's prepared statements.
const describeSqlite = testOnPostgres() ? describe.skip : describe;

describeSqlite("the holders of a surname are found off an index (SQLite)", () => {
  let db: TestDatabase;

  beforeEach(() => {
    db = createTestDatabase();
  });

  afterEach(async () => {
    await db.drop();
  });

  const doc = (externalId: string): SourceDocument =>
    ({ externalId, file: `${externalId}.txt`, source: "Test Wire", date: "2024-03-01", body: externalId, bodyOffset: 0 });
  const person = (name: string): ExtractedPerson => ({ name, aliases: [], honorifics: [], roles: [] });
  const store = (d: SourceDocument, persons: ExtractedPerson[]) =>
    storeDocument(db.prisma, d, { title: "t", persons, events: [], quotes: [] }, contentHash(d));

  async function plan(sql: string, params: unknown[]): Promise<string> {
    return (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params)).map((r) => r.detail).join(" | ");
  }

  it("storeDocument: a bare surname joins the only holder, read through the index", async () => {
    await store(doc("a"), [person("Ana Ruiz")]);
    const sent = db.statements.length;
    await store(doc("b"), [person("Ruiz")]);
    const lookup = db.statements.slice(sent).find((sql) => sql.includes(`"PersonAlias" a`) && sql.includes("rtrim"));
    expect(lookup).toBeDefined();
    expect(await plan(lookup!, ["ruiz"])).toMatch(/SEARCH a USING INDEX PersonAlias_surname_idx/);
    expect((await db.prisma.person.findMany()).map((p) => p.name)).toEqual(["Ana Ruiz"]);
  });

  it("the seed's prepared statement reads the same index", async () => {
    const file = db.url.replace(/^file:/, "");
    const sqlite = new Database(file);
    try {
      const statements = prepareStoreStatements(sqlite);
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${statements.surnameHolders.source}`).all("ruiz") as { detail: string }[];
      expect(rows.map((r) => r.detail).join(" | ")).toMatch(/SEARCH a USING INDEX PersonAlias_surname_idx/);
    } finally {
      sqlite.close();
    }
  });

  it("finds a surname as the last word of a name or as a one-word alias, and nothing else", async () => {
    await store(doc("a"), [person("Ana Maria Ruizo")]);
    await store(doc("b"), [person("Ben Ruiz Lind")]);
    await store(doc("c"), [person("Ruiz")]);
    // "Ruizo" and a middle "Ruiz" hold no surname "ruiz": the bare name is a new person.
    expect((await db.prisma.person.findMany({ orderBy: { id: "asc" } })).map((p) => p.name)).toEqual(["Ana Maria Ruizo", "Ben Ruiz Lind", "Ruiz"]);
    await store(doc("d"), [person("Cara Ruiz")]);
    // Now the one-word "Ruiz" is the only holder of the surname: the full name gives it its first name.
    expect((await db.prisma.person.findMany({ orderBy: { id: "asc" } })).map((p) => p.name)).toEqual(["Ana Maria Ruizo", "Ben Ruiz Lind", "Cara Ruiz"]);
  });
});
