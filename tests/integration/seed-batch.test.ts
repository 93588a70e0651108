import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { readHonorifics, writeHonorifics } from "../../src/db/honorifics";
import { seedDocuments } from "../../src/ingest/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let dir: string;

beforeEach(() => {
  db = createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-batch-"));
});

afterEach(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const line = (day: number, text: string) => JSON.stringify({ date: `2024-04-${String(day).padStart(2, "0")}`, source: "Valley Post", text });

/** Makes the database refuse any quote whose text contains POISON (a document the store cannot store). */
async function refusePoison(): Promise<void> {
  if (db.engine === "postgresql") {
    await db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'poisoned quote'; END $$`,
    );
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON "Quote" FOR EACH ROW WHEN (NEW."text" LIKE '%POISON%') EXECUTE FUNCTION refuse_poison()`,
    );
  } else {
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON "Quote" WHEN NEW."text" LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned quote'); END`,
    );
  }
}

describe("seed batches", () => {
  it("stores the other documents of a batch when one cannot be stored, and names its file and line", async () => {
    await refusePoison();
    const file = path.join(dir, "mixed.jsonl");
    fs.writeFileSync(
      file,
      [
        line(1, 'Ana Ruiz, the mayor, said "The bridge opens in May." Ana Ruiz added nothing.'),
        line(2, 'Ben Ode said "Taxes will fall next year." He left.'),
        line(3, 'Cara Lind said "This plan is POISON for the valley." Cara Lind spoke at noon.'),
        line(4, 'Ana Ruiz said "The bridge is nearly done." She smiled.'),
        line(5, 'Dan Holt said "We need more buses." He waved.'),
      ].join("\n"),
    );
    const errors: string[] = [];
    const summary = await seedDocuments(db.prisma, [file], { onError: (m) => errors.push(m), batchSize: 64 });
    expect(summary).toMatchObject({ added: 4, updated: 0, skipped: 0, failed: 1, inputs: 5 });
    expect(errors).toHaveLength(1);
    // (SQLite's adapter reports a trigger's RAISE as a constraint violation: the reason's wording varies.)
    expect(errors[0].startsWith(`${file}:3: `)).toBe(true);
    const articles = await db.prisma.article.findMany({ orderBy: { publishedAt: "asc" }, select: { publishedAt: true } });
    expect(articles.map((a) => a.publishedAt.toISOString().slice(8, 10))).toEqual(["01", "02", "04", "05"]);
    // Nothing of the refused document is kept: not its person, not its quotes.
    expect(await db.prisma.person.findMany({ where: { name: "Cara Lind" } })).toEqual([]);
    expect(await db.prisma.quote.count({ where: { text: { contains: "POISON" } } })).toBe(0);
    // The documents around it are whole, and the person of two documents is one Person.
    const ana = await db.prisma.person.findUniqueOrThrow({ where: { name: "Ana Ruiz" }, include: { quotes: true, mentions: true } });
    expect(ana.quotes.map((q) => q.text).sort()).toEqual(['"The bridge is nearly done."', '"The bridge opens in May."']);
    expect(ana.mentions).toHaveLength(2);
  });

  it("stores the same as one document per transaction with extraction in this thread", async () => {
    const docs = Array.from({ length: 12 }, (_, i) =>
      line(i + 1, `${["Ana Ruiz", "Ben Ode", "Minister Cara Lind"][i % 3]} said "Point number ${i} stands." Ruiz disagreed about point ${i}.`),
    );
    fs.writeFileSync(path.join(dir, "many.jsonl"), docs.join("\n"));
    const snapshot = async () => ({
      people: (await db.prisma.person.findMany({ orderBy: { name: "asc" }, select: { name: true, honorifics: true, aliases: { select: { key: true }, orderBy: { key: "asc" } } } })),
      quotes: (await db.prisma.quote.findMany({ orderBy: [{ articleId: "asc" }, { start: "asc" }], select: { text: true, kind: true, speakerSurface: true, speaker: { select: { name: true } } } })),
    });
    const batched = await seedDocuments(db.prisma, [dir], { batchSize: 5, extractThreads: 2 });
    const a = await snapshot();
    await db.drop();
    db = createTestDatabase();
    const single = await seedDocuments(db.prisma, [dir], { batchSize: 1, extractThreads: 0 });
    expect(batched).toEqual(single);
    expect(await snapshot()).toEqual(a);
    expect(a.quotes.length).toBeGreaterThanOrEqual(12);
  });

  it("skips a document repeated within one batch", async () => {
    const text = 'Ana Ruiz said "The bridge opens in May." She left.';
    fs.writeFileSync(path.join(dir, "twice.jsonl"), [line(1, text), line(2, 'Ben Ode said "No." He left.'), line(1, text)].join("\n"));
    const summary = await seedDocuments(db.prisma, [dir], { batchSize: 64 });
    expect(summary).toMatchObject({ added: 2, skipped: 1, failed: 0, inputs: 3 });
    expect(await db.prisma.article.count()).toBe(2);
  });

  // SQLite: another connection's commit is seen by PRAGMA data_version (on PostgreSQL the cache lives one batch).
  (onSqlite() ? it : it.skip)("does not trust what it cached once another connection changed the database", async () => {
    fs.writeFileSync(path.join(dir, "1.txt"), 'date 2024-04-01 Valley Post - Ana Ruiz said "The bridge opens in May." She left.');
    fs.writeFileSync(path.join(dir, "2.txt"), 'date 2024-04-02 Valley Post - Ben Ode said "No comment." He left.');
    fs.writeFileSync(path.join(dir, "3.txt"), 'date 2024-04-03 Valley Post - Dr. Ana Ruiz said "The bridge is late." She left.');
    const other = new Database(db.url.replace(/^file:/, ""));
    try {
      // One document per batch: when the third file starts, the first is stored (and Ana Ruiz cached); then
      // another connection gives her an honorific before the third document names her again.
      const summary = await seedDocuments(db.prisma, [dir], {
        batchSize: 1,
        extractThreads: 0,
        onProgress: (done) => {
          if (done !== 2) return;
          const ana = other.prepare(`SELECT "id", "honorifics" FROM "Person" WHERE "name" = ?`).get("Ana Ruiz") as { id: number; honorifics: string };
          other.prepare(`UPDATE "Person" SET "honorifics" = ? WHERE "id" = ?`).run(writeHonorifics([...readHonorifics(ana.honorifics), "Prof."]), ana.id);
        },
      });
      expect(summary).toMatchObject({ added: 3, failed: 0 });
    } finally {
      other.close();
    }
    const ana = await db.prisma.person.findUniqueOrThrow({ where: { name: "Ana Ruiz" } });
    // Both kept: the other connection's and the one the third document brought.
    expect(readHonorifics(ana.honorifics).sort()).toEqual(["Dr.", "Prof."]);
  });
});

function onSqlite(): boolean {
  return !(/^postgres(ql)?$/i.test(process.env.TEST_DATABASE?.trim() ?? "") || Boolean(process.env.TEST_POSTGRES_URL?.trim()));
}
