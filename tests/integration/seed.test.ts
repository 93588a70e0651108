import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatSummary, seedDocuments } from "../../src/ingest/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const DOCUMENTS = path.join(__dirname, "..", "..", "documents");
const SEED_FILE = path.join(DOCUMENTS, "000_7cb6cc24b0490032.txt");

let db: TestDatabase;
let dir: string;

beforeEach(() => {
  db = createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-docs-"));
});

afterEach(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("seedDocuments", () => {
  it("loads the documents folder into articles, people, events and quotes", async () => {
    const summary = await seedDocuments(db.prisma, [DOCUMENTS]);
    expect(summary).toMatchObject({ added: 1, updated: 0, skipped: 0, failed: 0, events: 1 });
    expect(summary.people).toBeGreaterThanOrEqual(3);
    expect(summary.quotes).toBeGreaterThanOrEqual(7);

    const article = await db.prisma.article.findUniqueOrThrow({
      where: { externalId: "000_7cb6cc24b0490032" },
      include: { quotes: { include: { speaker: true } }, events: { include: { event: true } } },
    });
    expect(article).toMatchObject({ source: "Islam Times", publishedAt: new Date("2023-10-02T00:00:00Z") });
    expect(article.events.map((e) => [e.event.name, e.event.acronym, e.event.date?.toISOString().slice(0, 10)])).toEqual([
      ["37th International Islamic Unity Conference", "IIUC", "2023-10-01"],
    ]);
    const direct = article.quotes.filter((q) => q.kind === "DIRECT");
    expect(direct.length).toBeGreaterThanOrEqual(5);
    expect(direct.every((q) => q.speaker?.name === "Naim Qassem")).toBe(true);
    for (const quote of article.quotes) expect(article.body.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it("adds nothing when run again on the same documents", async () => {
    await seedDocuments(db.prisma, [DOCUMENTS]);
    const counts = async () => [await db.prisma.article.count(), await db.prisma.person.count(), await db.prisma.quote.count()];
    const before = await counts();
    const again = await seedDocuments(db.prisma, [DOCUMENTS]);
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 1, failed: 0, quotes: 0 });
    expect(await counts()).toEqual(before);
  });

  it("makes one Person of the same speaker across documents", async () => {
    const text = fs.readFileSync(SEED_FILE, "utf8");
    const copy = write("001_copy.txt", text.replace("date 2023-10-02", "date 2023-10-03"));
    await seedDocuments(db.prisma, [SEED_FILE, copy]);
    expect(await db.prisma.article.count()).toBe(2);
    expect(await db.prisma.person.count({ where: { name: "Naim Qassem" } })).toBe(1);
    const qassem = await db.prisma.person.findUniqueOrThrow({ where: { name: "Naim Qassem" }, include: { mentions: true } });
    expect(qassem.mentions).toHaveLength(2);
  });

  it("reports a malformed document by file and reason, and still loads the others", async () => {
    const bad = write("002_bad.txt", "this file has no date header");
    const errors: string[] = [];
    const summary = await seedDocuments(db.prisma, [bad, SEED_FILE], { onError: (m) => errors.push(m) });
    expect(summary).toMatchObject({ added: 1, failed: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${bad}:1:`);
    expect(formatSummary(summary)).toMatch(/1 documents added.*1 failed/);
    expect(await db.prisma.article.count()).toBe(1);
  });

  it("loads JSON Lines and reports each bad line by number", async () => {
    const jsonl = write(
      "bulk.jsonl",
      [
        JSON.stringify({ date: "2024-02-05", source: "Wire", title: "Budget day", url: "https://example.org/a", text: 'The minister, Jane Doe, said "We will balance the budget." She added more.' }),
        "{broken",
        JSON.stringify({ date: "2024-02-06", source: "Wire", text: "Second story.He said nothing." }),
      ].join("\n"),
    );
    const errors: string[] = [];
    const summary = await seedDocuments(db.prisma, [jsonl], { onError: (m) => errors.push(m) });
    expect(summary).toMatchObject({ added: 2, failed: 1 });
    expect(errors[0]).toContain(`${jsonl}:2:`);
    const articles = await db.prisma.article.findMany({ orderBy: { id: "asc" } });
    expect(articles.map((a) => [a.externalId, a.title])).toEqual([
      ["https://example.org/a", "Budget day"],
      [expect.stringMatching(/^bulk-[0-9a-f]{16}$/), "Second story"],
    ]);
  });

  it("reports a path that does not exist", async () => {
    const missing = path.join(dir, "nope");
    const summary = await seedDocuments(db.prisma, [missing]);
    expect(summary.failed).toBe(1);
    expect(summary.errors[0]).toContain(missing);
  });
});

describe("seedDocuments with reextract", () => {
  it("extracts unchanged documents again and replaces what was stored for them", async () => {
    await seedDocuments(db.prisma, [DOCUMENTS]);
    const quotes = await db.prisma.quote.findMany({ select: { id: true } });
    await db.prisma.quote.deleteMany({ where: { id: quotes[0].id } });

    const summary = await seedDocuments(db.prisma, [DOCUMENTS], { reextract: true });
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 0, failed: 0, quotes: quotes.length });
    expect(await db.prisma.quote.count()).toBe(quotes.length);
    expect(await db.prisma.article.count()).toBe(1);
    expect(await db.prisma.person.count({ where: { name: "Naim Qassem" } })).toBe(1);
  });

  it("still skips a copy of a stored document under another name", async () => {
    const copy = write("copy.txt", fs.readFileSync(SEED_FILE, "utf8"));
    await seedDocuments(db.prisma, [SEED_FILE]);
    const summary = await seedDocuments(db.prisma, [copy], { reextract: true });
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 1, failed: 0 });
  });
});
