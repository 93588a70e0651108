import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { checkDatabaseFile, StartupError } from "../../src/db/preflight";

// The start-up check reads every page of a database up to FULL_CHECK_MAX_BYTES (quick_check, whose time grows
// with the file) and, above that, the schema and the first pages of every table, so that `npm start` on a large
// archive does not wait seconds before serving. These run the bounded check on small files (limit 0).
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "preflight-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database of one table whose 2,000 rows of 1 KB fill some 500 pages. */
function database(): string {
  const file = path.join(dir, "content.db");
  const db = new Database(file);
  db.exec(`CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)`);
  const insert = db.prepare(`INSERT INTO "Note" ("text") VALUES (?)`);
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run("x".repeat(1000));
  })();
  db.close();
  return file;
}

/** Overwrites `bytes` of `file` from `offset` with junk. */
function damage(file: string, offset: number, bytes: number): void {
  const fd = fs.openSync(file, "r+");
  fs.writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, offset);
  fs.closeSync(fd);
}

describe("the start-up database check", () => {
  it("passes an intact database either way", () => {
    const file = database();
    expect(() => checkDatabaseFile(file)).not.toThrow();
    expect(() => checkDatabaseFile(file, { fullCheckMaxBytes: 0 })).not.toThrow();
  });

  it("bounded: refuses a file overwritten after its first page, naming it", () => {
    const file = database();
    damage(file, 4096, fs.statSync(file).size - 4096);
    expect(() => checkDatabaseFile(file, { fullCheckMaxBytes: 0 })).toThrow(StartupError);
    expect(() => checkDatabaseFile(file, { fullCheckMaxBytes: 0 })).toThrow(/content\.db is (corrupt|not an SQLite database)/);
  });

  it("bounded: refuses random bytes", () => {
    const file = path.join(dir, "random.db");
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(() => checkDatabaseFile(file, { fullCheckMaxBytes: 0 })).toThrow(/random\.db is not an SQLite database/);
  });

  it("a page damaged deep inside: found by the full check, left to the first read above the limit", () => {
    const file = database();
    damage(file, 4096 * 300 + 100, 2000);
    expect(() => checkDatabaseFile(file)).toThrow(/content\.db is corrupt/);
    expect(() => checkDatabaseFile(file, { fullCheckMaxBytes: 0 })).not.toThrow();
    const db = new Database(file, { readonly: true });
    try {
      expect(() => db.prepare(`SELECT sum(length("text")) FROM "Note"`).get()).toThrow(/malformed|corrupt/i);
    } finally {
      db.close();
    }
  });
});
