/**
 * Abuse suite, health that tells the truth (issue 9): /health says the process is alive without touching
 * the database; /ready reads the main tables and answers 503 with the reason when the database is locked
 * by another process, corrupt, missing or replaced.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "../../src/db/url";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type RunningServer, startHttpServer } from "../helpers/http";
import { describeSqliteFile } from "../helpers/postgres";

let db: TestDatabase;
let file: string;
let http: RunningServer;
let base: string;

describeSqliteFile("/ready on the SQLite database file", () => {
  beforeEach(async () => {
    db = createTestDatabase();
    file = sqliteFilePath(db.url);
    http = await startHttpServer(db, { databaseFile: file });
    base = http.url.replace(/\/graphql$/, "");
  });

  afterEach(async () => {
    await http.close();
    await db.drop();
  });

  async function get(route: string): Promise<{ status: number; body: any; ms: number }> {
    const started = performance.now();
    const response = await fetch(`${base}${route}`);
    return { status: response.status, body: await response.json(), ms: performance.now() - started };
  }

  /** Another process that takes the database's write lock exclusively and keeps it until killed. */
  function holdExclusiveLock(target: string): Promise<ChildProcess> {
    const script = `
      const Database = require("better-sqlite3");
      const db = new Database(${JSON.stringify(target)});
      db.pragma("locking_mode = EXCLUSIVE");
      db.exec("BEGIN EXCLUSIVE");
      db.exec("CREATE TABLE IF NOT EXISTS lock_probe (x)");
      process.stdout.write("locked\\n");
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
    return new Promise((resolve, reject) => {
      child.stdout!.once("data", () => resolve(child));
      child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
    });
  }

  it("/health and /ready answer 200 on a good database", async () => {
    expect(await get("/health")).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(await get("/ready")).toMatchObject({ status: 200, body: { status: "ready", database: "ok" } });
  });

  it("a lock held by another process: /ready 503 'locked' within a short timeout, /health still 200", async () => {
    const holder = await holdExclusiveLock(file);
    try {
      const ready = await get("/ready");
      expect(ready.status).toBe(503);
      expect(ready.body.database).toMatch(/locked by another process/);
      expect(ready.ms).toBeLessThan(3_000);
      expect((await get("/health")).status).toBe(200);
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }
    expect((await get("/ready")).status).toBe(200);
  });

  it("corrupt pages: /ready 503 'corrupt'", async () => {
    await db.prisma.$disconnect();
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, "r+");
    const garbage = Buffer.alloc(size - 4096, 0xa5);
    fs.writeSync(fd, garbage, 0, garbage.length, 4096); // every page but the header page
    fs.closeSync(fd);
    const ready = await get("/ready");
    expect(ready.status).toBe(503);
    expect(ready.body.database).toMatch(/corrupt/);
  });

  it("the file deleted under the running service: /ready 503 'missing'", async () => {
    fs.rmSync(file);
    const ready = await get("/ready");
    expect(ready.status).toBe(503);
    expect(ready.body.database).toMatch(/missing/);
  });

  it("the file replaced by another one: /ready 503 'replaced' (the service still reads the old one)", async () => {
    const copy = path.join(path.dirname(file), "other.db");
    fs.copyFileSync(file, copy);
    fs.renameSync(copy, file);
    const ready = await get("/ready");
    expect(ready.status).toBe(503);
    expect(ready.body.database).toMatch(/replaced/);
  });

  it("random bytes instead of a database: /ready 503", async () => {
    await db.prisma.$disconnect();
    fs.writeFileSync(`${file}.tmp`, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
    fs.copyFileSync(`${file}.tmp`, file); // same inode, other content
    const ready = await get("/ready");
    expect(ready.status).toBe(503);
    expect(ready.body.database).toMatch(/corrupt|not a database/);
  });
});
