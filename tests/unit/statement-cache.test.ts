import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "../../src/db/client";
import { cachingStatements } from "../../src/db/statement-cache";

// The adapter's use of its connection: prepare(sql).bind(args), then run() or columns() + raw().all().
const query = (db: Database.Database, sql: string, args: unknown[]) => {
  const statement = db.prepare(sql).bind(args) as unknown as { reader: boolean; run(): unknown; raw(): { all(): unknown[] } };
  return statement.reader ? statement.raw().all() : statement.run();
};

describe("cachingStatements", () => {
  let raw: Database.Database;
  beforeEach(() => {
    raw = new Database(":memory:");
    raw.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');`);
  });
  afterEach(() => raw.close());

  it("prepares a statement text once and runs it with each call's own arguments", () => {
    const prepare = jest.spyOn(raw, "prepare");
    const db = cachingStatements(raw);
    expect(query(db, "SELECT name FROM t WHERE id = ?", [1])).toEqual([["one"]]);
    expect(query(db, "SELECT name FROM t WHERE id = ?", [2])).toEqual([["two"]]);
    expect(query(db, "SELECT name FROM t WHERE id = ?", [9])).toEqual([]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("runs writes and statements without arguments (BEGIN/COMMIT) through the cache", () => {
    const db = cachingStatements(raw);
    (db.prepare("BEGIN") as unknown as { run(): unknown }).run();
    expect(query(db, "INSERT INTO t (id, name) VALUES (?, ?)", [4, "four"])).toMatchObject({ changes: 1 });
    expect(query(db, "INSERT INTO t (id, name) VALUES (?, ?)", [5, "five"])).toMatchObject({ changes: 1 });
    (db.prepare("COMMIT") as unknown as { run(): unknown }).run();
    expect(raw.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 5 });
  });

  it("keeps at most `size` statements, dropping the least recently used", () => {
    const prepare = jest.spyOn(raw, "prepare");
    const db = cachingStatements(raw, 2);
    const a = "SELECT 'a' FROM t WHERE id = ?", b = "SELECT 'b' FROM t WHERE id = ?", c = "SELECT 'c' FROM t WHERE id = ?";
    query(db, a, [1]);
    query(db, b, [1]);
    query(db, a, [1]); // a is now the most recent: c pushes b out
    query(db, c, [1]);
    expect(prepare).toHaveBeenCalledTimes(3);
    query(db, a, [1]);
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(query(db, b, [2])).toEqual([["b"]]);
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it("passes everything else through to the connection", () => {
    const db = cachingStatements(raw);
    expect(db.open).toBe(true);
    expect(db.pragma("user_version", { simple: true })).toBe(0);
    db.close();
    expect(raw.open).toBe(false);
  });
});

describe("the Prisma client on SQLite with cached statements", () => {
  it("answers repeated typed raw queries and model queries with their own arguments", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "statement-cache-"));
    const file = path.join(dir, "t.db");
    const setup = new Database(file);
    setup.exec(`CREATE TABLE "Thing" (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO "Thing" VALUES (1, 'one'), (2, 'two');`);
    setup.close();
    const prisma = createPrismaClient(`file:${file}`);
    try {
      for (const [id, name] of [[1, "one"], [2, "two"], [1, "one"]] as const) {
        const rows = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM "Thing" WHERE id = ${id}`;
        expect(rows).toEqual([{ name }]);
      }
      await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO "Thing" (id, name) VALUES (${3}, ${"three"})`;
        await tx.$executeRaw`INSERT INTO "Thing" (id, name) VALUES (${4}, ${"four"})`;
      });
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.$executeRaw`INSERT INTO "Thing" (id, name) VALUES (${5}, ${"five"})`;
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      const all = await prisma.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "Thing"`;
      expect(Number(all[0].n)).toBe(4);
    } finally {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
