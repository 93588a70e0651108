/**
 * Abuse suite, ingestion that loses nothing (issue 9): concurrent seeds store every document exactly once,
 * summaries and exit codes account for every input, documents stream, encodings are detected or refused by
 * name, oversized documents are refused naming the file, and kill -9 mid-seed loses nothing stored.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { seedDocuments } from "../../src/ingest/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { runTs } from "../helpers/processes";
import { describeSqliteFile } from "../helpers/postgres";

let db: TestDatabase;
let dir: string;

beforeEach(() => {
  db = createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-abuse-"));
});

afterEach(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SOURCES = ["Harbour News", "Valley Post", "Coast Daily"];

/** A small seed-format document `n`: a named person says something about a numbered topic. */
function documentText(n: number): string {
  const day = String((n % 28) + 1).padStart(2, "0");
  return (
    `date 2024-02-${day} ${SOURCES[n % 3]} - Mayor Ana Ruiz${n} opened the depot number ${n} on Monday. ` +
    `"We built depot ${n} for everyone," Ruiz${n} said. Councillor Ben Ode added that the depot cost less than planned.`
  );
}

function writeDocuments(folder: string, from: number, to: number): string {
  fs.mkdirSync(folder, { recursive: true });
  for (let n = from; n <= to; n++) fs.writeFileSync(path.join(folder, `doc-${String(n).padStart(4, "0")}.txt`), documentText(n));
  return folder;
}

function summaryOf(stdout: string): Record<string, number> {
  const line = stdout.split("\n").find((l) => l.startsWith("seeded:")) ?? "";
  const number = (re: RegExp) => Number(re.exec(line)?.[1] ?? NaN);
  return {
    added: number(/(\d+) documents added/),
    updated: number(/(\d+) updated/),
    skipped: number(/(\d+) skipped/),
    failed: number(/(\d+) failed/),
    inputs: number(/(\d+) inputs/),
  };
}

describeSqliteFile("concurrent seeds", () => {
  it("three seeds at once on the same and overlapping folders store every document exactly once", async () => {
    await db.prisma.$disconnect();
    const a = writeDocuments(path.join(dir, "a"), 1, 120);
    const b = writeDocuments(path.join(dir, "b"), 81, 200); // 81..120 also in a, with the same names and text
    const env = { DATABASE_URL: db.url };
    const runs = await Promise.all([
      runTs("prisma/seed.ts", [a], env, 240_000),
      runTs("prisma/seed.ts", [a, b], env, 240_000),
      runTs("prisma/seed.ts", [b], env, 240_000),
    ]);
    const summaries = runs.map((r) => summaryOf(r.stdout));
    for (const [i, run] of runs.entries()) {
      expect({ run: i, code: run.code, stderr: run.stderr }).toEqual({ run: i, code: 0, stderr: "" });
      const s = summaries[i];
      expect(s.added + s.updated + s.skipped + s.failed).toBe(s.inputs);
    }
    expect(summaries.map((s) => s.inputs)).toEqual([120, 240, 120]);
    expect(summaries.reduce((sum, s) => sum + s.added, 0)).toBe(200);
    const file = db.url.replace(/^file:/, "");
    const check = new Database(file, { readonly: true });
    try {
      expect(check.prepare(`SELECT count(*) AS n FROM "Article"`).get()).toEqual({ n: 200 });
      expect(check.prepare(`SELECT count(DISTINCT "externalId") AS n FROM "Article"`).get()).toEqual({ n: 200 });
      expect(check.prepare(`SELECT count(*) AS n FROM "Person" WHERE "name" = 'Ben Ode'`).get()).toEqual({ n: 1 });
    } finally {
      check.close();
    }
  }, 300_000);
});

describe("seeding next to the running service", () => {
  it("works while the service has the database open, and the service keeps answering", async () => {
    await db.prisma.$disconnect();
    const docs = path.join(dir, "empty");
    fs.mkdirSync(docs);
    const service = runTs("src/main.ts", [], { DATABASE_URL: db.url, PORT: "0", DOCUMENTS_DIR: docs }, 120_000);
    let url: string | undefined;
    for (let i = 0; i < 600 && !url; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      url = /ready at (http:\/\/\S+\/graphql)/.exec(service.stdoutSoFar())?.[1];
    }
    try {
      expect(url).toBeDefined();
      const seeding = runTs("prisma/seed.ts", [writeDocuments(path.join(dir, "live"), 1, 30)], { DATABASE_URL: db.url }, 120_000);
      const answer = await fetch(url!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles { totalCount } }" }) });
      expect(answer.status).toBe(200);
      const seeded = await seeding;
      expect({ code: seeded.code, stderr: seeded.stderr }).toEqual({ code: 0, stderr: "" });
      expect(summaryOf(seeded.stdout)).toMatchObject({ added: 30, failed: 0, inputs: 30 });
      const after = await fetch(url!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles { totalCount } }" }) });
      expect(((await after.json()) as any).data.articles.totalCount).toBe(30);
    } finally {
      process.kill(service.pid, "SIGTERM");
      expect((await service).code).toBe(0);
    }
  }, 180_000);
});

describeSqliteFile("kill -9 mid-seed", () => {
  it("keeps every stored document whole, and the next seed stores the rest exactly once", async () => {
    await db.prisma.$disconnect();
    // Enough documents that the kill, once 20 are stored, lands mid-seed on a fast machine too (of 150,
    // all were sometimes stored within the 100 ms between two probes).
    const total = 600;
    const folder = writeDocuments(path.join(dir, "k"), 1, total);
    const file = db.url.replace(/^file:/, "");
    const run = runTs("prisma/seed.ts", [folder], { DATABASE_URL: db.url }, 240_000);
    const count = () => {
      const probe = new Database(file, { readonly: true, timeout: 2_000 });
      try {
        return (probe.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        probe.close();
      }
    };
    for (let i = 0; i < 600 && count() < 20; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    process.kill(run.pid, "SIGKILL");
    const killed = await run;
    expect(killed.signal).toBe("SIGKILL");
    const stored = count();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);
    const check = new Database(file);
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      // every stored article has its quotes: no half-written document
      expect(check.prepare(`SELECT count(*) AS n FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "Quote" q WHERE q."articleId" = a.id)`).get()).toEqual({ n: 0 });
    } finally {
      check.close();
    }
    const again = await runTs("prisma/seed.ts", [folder], { DATABASE_URL: db.url }, 240_000);
    expect(again.code).toBe(0);
    expect(summaryOf(again.stdout)).toMatchObject({ added: total - stored, skipped: stored, failed: 0, inputs: total });
    expect(count()).toBe(total);
  }, 300_000);
});

describe("encodings", () => {
  const text = `date 2024-03-01 Harbour News - Mayor Zoë Núñez said: "Café prices fall," on Monday.`;
  const utf16be = (s: string) => {
    const le = Buffer.from(s, "utf16le");
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };

  it("reads UTF-8 with and without BOM and UTF-16 LE/BE with BOM as the same text", async () => {
    fs.writeFileSync(path.join(dir, "plain.txt"), text, "utf8");
    fs.writeFileSync(path.join(dir, "bom8.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace("Café", "Cafe"), "utf8")]));
    fs.writeFileSync(path.join(dir, "le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace("Café", "Tea"), "utf16le")]));
    fs.writeFileSync(path.join(dir, "be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text.replace("Café", "Milk"))]));
    const line = JSON.stringify({ date: "2024-03-02", source: "Valley Post", text: "Zoë Núñez said “hello” to café owners." });
    fs.writeFileSync(path.join(dir, "feed.jsonl"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line}\r\n`, "utf16le")]));
    const summary = await seedDocuments(db.prisma, [dir]);
    expect(summary).toMatchObject({ added: 5, failed: 0, inputs: 5 });
    const bodies = (await db.prisma.article.findMany({ orderBy: { externalId: "asc" }, select: { externalId: true, source: true, body: true } }));
    expect(bodies.map((b) => b.externalId)).toEqual(["be", "bom8", expect.stringMatching(/^feed-/), "le", "plain"]);
    for (const b of bodies) expect(b.body).toMatch(/Zoë Núñez/);
    expect(bodies.find((b) => b.externalId === "be")!.body).toContain("Milk prices fall");
    expect(bodies.find((b) => b.externalId === "bom8")!.body.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("refuses by name what it cannot decode, and still loads the rest", async () => {
    fs.writeFileSync(path.join(dir, "good.txt"), text);
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from(text, "latin1"));
    fs.writeFileSync(path.join(dir, "nobom16.txt"), Buffer.from(text, "utf16le"));
    fs.writeFileSync(path.join(dir, "utf32.txt"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("d\0\0\0")]));
    const errors: string[] = [];
    const summary = await seedDocuments(db.prisma, [dir], { onError: (m) => errors.push(m) });
    expect(summary).toMatchObject({ added: 1, failed: 3, inputs: 4 });
    expect(errors).toEqual([
      expect.stringMatching(/latin1\.txt: is not valid UTF-8 text/),
      expect.stringMatching(/nobom16\.txt: looks like UTF-16 without a byte-order mark/),
      expect.stringMatching(/utf32\.txt: is UTF-32, which is not supported/),
    ]);
  });
});

describe("document size", () => {
  it("refuses a document over MAX_DOCUMENT_BYTES naming the file (and line), loading the others", async () => {
    fs.writeFileSync(path.join(dir, "small.txt"), documentText(1));
    fs.writeFileSync(path.join(dir, "big.txt"), documentText(2) + " More.".repeat(2_000));
    const lines = [
      JSON.stringify({ date: "2024-03-02", source: "Valley Post", text: "Ana Ruiz said it was fine." }),
      JSON.stringify({ date: "2024-03-02", source: "Valley Post", text: "Too long. ".repeat(5_000) }),
      JSON.stringify({ date: "2024-03-03", source: "Valley Post", text: "Ben Ode said it was over." }),
    ];
    fs.writeFileSync(path.join(dir, "feed.jsonl"), lines.join("\n"));
    const errors: string[] = [];
    const summary = await seedDocuments(db.prisma, [dir], { maxDocumentBytes: 5_000, onError: (m) => errors.push(m) });
    expect(summary).toMatchObject({ added: 3, failed: 2, inputs: 5 });
    expect(errors).toEqual([
      expect.stringMatching(/big\.txt: is \d+ bytes, larger than MAX_DOCUMENT_BYTES \(5000\)/),
      expect.stringMatching(/feed\.jsonl:2: document is \d+ bytes, larger than MAX_DOCUMENT_BYTES \(5000\)/),
    ]);
  });

  it("MAX_DOCUMENT_BYTES reaches the seed command; its exit code is 1 and the summary counts every input", async () => {
    await db.prisma.$disconnect();
    fs.writeFileSync(path.join(dir, "small.txt"), documentText(1));
    fs.writeFileSync(path.join(dir, "big.txt"), documentText(2) + " More.".repeat(2_000));
    const run = await runTs("prisma/seed.ts", [dir], { DATABASE_URL: db.url, MAX_DOCUMENT_BYTES: "5000" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/big\.txt: is \d+ bytes, larger than MAX_DOCUMENT_BYTES \(5000\)/);
    expect(summaryOf(run.stdout)).toMatchObject({ added: 1, failed: 1, inputs: 2 });
  }, 60_000);
});

describe("streaming", () => {
  it("stores each document as it arrives, before the rest of the input exists", async () => {
    const fifo = path.join(dir, "live.jsonl");
    execFileSync("mkfifo", [fifo]);
    const seeding = seedDocuments(db.prisma, [fifo]);
    const writer = fs.createWriteStream(fifo);
    writer.write(`${JSON.stringify({ date: "2024-03-02", source: "Valley Post", text: "Ana Ruiz said the first thing." })}\n`);
    let stored = 0;
    for (let i = 0; i < 200 && stored === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      stored = await db.prisma.article.count();
    }
    expect(stored).toBe(1); // the first line is in the database while the file is still open
    writer.end(`${JSON.stringify({ date: "2024-03-03", source: "Valley Post", text: "Ben Ode said the second thing." })}\n`);
    expect(await seeding).toMatchObject({ added: 2, failed: 0, inputs: 2 });
  });
});
