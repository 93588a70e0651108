import { DEFAULT_WRITE_CONFIG, type WriteConfig } from "../../src/auth/config";
import { MAX_BODY_BYTES } from "../../src/http";
import { createServer, type AppServer } from "../../src/server";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer } from "../helpers/http";
import { FERRY_BUDGET, FERRY_TERMINAL, meetingDocument } from "../fixtures/write-documents";

// ingestDocuments follows the seed's rules: atomic per document, idempotent by content hash, one Person
// across documents, size limit, extraction budget; batches are bounded; every stored document is audited.

const INGEST = `mutation Ingest($input: [IngestDocumentInput!]!) {
  ingestDocuments(input: $input) {
    added updated unchanged failed
    results { index status error article { id externalId title source publishedAt url quotes { text kind attributedTo { ... on Person { name } } } } }
  }
}`;

let db: TestDatabase;
let server: AppServer;
let token: string;

const writes = (ingest: Partial<WriteConfig["ingest"]>): WriteConfig => ({ ...DEFAULT_WRITE_CONFIG, ingest: { ...DEFAULT_WRITE_CONFIG.ingest, ...ingest } });

beforeAll(async () => {
  db = createTestDatabase();
  server = await createServer(db.prisma, { writes: writes({ maxDocuments: 5, maxBatchBytes: 50_000, maxDocumentBytes: 20_000 }) });
  token = await createToken(db.prisma, ["write"]);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

const ingest = async (input: unknown[], as = server) => dataOf(await executeAs(as, token, INGEST, { input })).ingestDocuments;

describe("ingestDocuments", () => {
  it("stores seed-format text and field documents, each with its article, and one Person across them", async () => {
    const result = await ingest([{ text: FERRY_TERMINAL }, FERRY_BUDGET]);
    expect(result).toMatchObject({ added: 2, updated: 0, unchanged: 0, failed: 0 });
    const [terminal, budget] = result.results;
    expect(terminal).toMatchObject({ index: 0, status: "ADDED", error: null });
    expect(terminal.article).toMatchObject({
      source: "Harbour Herald",
      publishedAt: "2024-03-04",
      title: "Mayor Ana Ruiz opened the new ferry terminal on Monday",
      quotes: [
        { text: '"This terminal changes how the city moves,"', kind: "DIRECT", attributedTo: { name: "Ana Ruiz" } },
        { text: "the project came in under budget", kind: "INDIRECT", attributedTo: { name: "Ben Ode" } },
      ],
    });
    expect(budget).toMatchObject({ index: 1, status: "ADDED" });
    expect(budget.article).toMatchObject({ title: FERRY_BUDGET.title, url: FERRY_BUDGET.url, externalId: FERRY_BUDGET.url });
    expect(await db.prisma.person.count({ where: { name: "Ana Ruiz" } })).toBe(1);
    const ruiz = await db.prisma.person.findFirstOrThrow({ where: { name: "Ana Ruiz" }, include: { mentions: true } });
    expect(ruiz.mentions).toHaveLength(2);
  });

  it("is idempotent by content hash: the same documents again are UNCHANGED and write nothing", async () => {
    const before = { articles: await db.prisma.article.count(), quotes: await db.prisma.quote.count(), audit: await db.prisma.auditEntry.count() };
    const result = await ingest([{ text: FERRY_TERMINAL }, FERRY_BUDGET]);
    expect(result).toMatchObject({ added: 0, unchanged: 2 });
    expect(result.results.map((r: { article: { id: string } }) => r.article.id)).toHaveLength(2);
    expect({ articles: await db.prisma.article.count(), quotes: await db.prisma.quote.count(), audit: await db.prisma.auditEntry.count() }).toEqual(before);
  });

  it("reports each bad input by its index and reason, and still stores the good ones", async () => {
    const result = await ingest([
      { ...FERRY_BUDGET, date: "2024-02-30" },
      { text: "no header here" },
      { text: FERRY_TERMINAL, source: "Both" },
      { date: "2024-03-06", source: "Coast Times", body: "   " },
      meetingDocument(1, "Dana Holt"),
    ]);
    expect(result).toMatchObject({ added: 1, failed: 4 });
    expect(result.results.map((r: { status: string; error: string | null }) => [r.status, r.error])).toEqual([
      ["FAILED", 'input[0].date: expected a real YYYY-MM-DD date (got "2024-02-30")'],
      ["FAILED", 'input[1]:1: expected a header "date YYYY-MM-DD <Source> - <text>"'],
      ["FAILED", "input[2]: give either text (seed format) or date, source and body, not both"],
      ["FAILED", "input[3].body: must not be empty"],
      ["ADDED", null],
    ]);
    expect(result.results[0].article).toBeNull();
  });

  it("replaces the article stored under the same externalId when its content changed (UPDATED)", async () => {
    const changed = { ...FERRY_BUDGET, body: `${FERRY_BUDGET.body} Ruiz added that fares stay the same.` };
    const result = await ingest([changed]);
    expect(result.results[0]).toMatchObject({ status: "UPDATED", article: { externalId: FERRY_BUDGET.url } });
    expect(await db.prisma.article.count({ where: { externalId: FERRY_BUDGET.url } })).toBe(1);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "ingestDocuments" }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.before!)).toHaveProperty("contentHash");
    expect(JSON.parse(entry.after!).contentHash).not.toBe(JSON.parse(entry.before!).contentHash);
  });

  it("refuses a document over the size limit by index, storing nothing of it", async () => {
    const big = { ...meetingDocument(2, "Eli Marsh"), body: `${meetingDocument(2, "Eli Marsh").body} ${"More words. ".repeat(2000)}` };
    const result = await ingest([big]);
    expect(result.results[0].status).toBe("FAILED");
    expect(result.results[0].error).toMatch(/^input\[0\]: the document is \d+ bytes, more than the limit of 20000$/);
    expect(await db.prisma.person.count({ where: { name: "Eli Marsh" } })).toBe(0);
  });

  it("refuses a document whose extraction takes longer than the budget, storing nothing", async () => {
    const strict = await createServer(db.prisma, { writes: writes({ extractBudgetMs: 1, maxDocumentBytes: 1_000_000, maxBatchBytes: 1_000_000 }) });
    try {
      const doc = meetingDocument(3, "Fay Quill");
      const long = { ...doc, body: `${doc.body} ${"Mayor Ana Ruiz said the pier is old. ".repeat(200)}` };
      const result = await ingest([long], strict);
      expect(result.results[0].status).toBe("FAILED");
      expect(result.results[0].error).toBe("input[0]: extraction took longer than the budget of 1 ms and was stopped; nothing was stored");
      expect(await db.prisma.person.count({ where: { name: "Fay Quill" } })).toBe(0);
    } finally {
      await strict.stop();
    }
  });

  it("bounds the batch: too many documents or too many bytes is BAD_USER_INPUT naming input, before anything is stored", async () => {
    const tooMany = await executeAs(server, token, INGEST, { input: Array.from({ length: 6 }, (_, i) => meetingDocument(10 + i, `Gus Num${i}`)) });
    expect(tooMany.errors?.[0]).toMatchObject({ message: "input lists 6 documents; at most 5 per call", extensions: { code: "BAD_USER_INPUT", argumentName: "input" } });
    expect(tooMany.status).toBe(400);
    const heavy = Array.from({ length: 4 }, (_, i) => ({ ...meetingDocument(20 + i, `Hal Big${i}`), body: `${meetingDocument(20 + i, `Hal Big${i}`).body} ${"x ".repeat(8000)}` }));
    const tooBig = await executeAs(server, token, INGEST, { input: heavy });
    expect(tooBig.errors?.[0].message).toMatch(/^input holds \d+ bytes of text; at most 50000 per call$/);
    expect(await db.prisma.person.count({ where: { name: { startsWith: "Gus Num" } } })).toBe(0);
    expect(await db.prisma.person.count({ where: { name: { startsWith: "Hal Big" } } })).toBe(0);
  });

  it("concurrent calls ingesting the same new person make one Person", async () => {
    const calls = [0, 1, 2, 3].map((i) => ingest([meetingDocument(30 + i, "Ivy Stone"), meetingDocument(40 + i, "Jon Reyes")]));
    const results = await Promise.all(calls);
    expect(results.every((r) => r.added === 2)).toBe(true);
    expect(await db.prisma.person.count({ where: { name: "Ivy Stone" } })).toBe(1);
    expect(await db.prisma.person.count({ where: { name: "Jon Reyes" } })).toBe(1);
    const ivy = await db.prisma.person.findFirstOrThrow({ where: { name: "Ivy Stone" }, include: { mentions: true, quotes: true } });
    expect(ivy.mentions).toHaveLength(4);
    expect(ivy.quotes).toHaveLength(4);
    expect(await db.prisma.person.count({ where: { name: "Ana Ruiz" } })).toBe(1);
  });

  it("records who stored what in the audit log", async () => {
    const entries = await db.prisma.auditEntry.findMany({ where: { operation: "ingestDocuments" }, orderBy: { id: "asc" } });
    const key = await db.prisma.apiKey.findFirstOrThrow();
    expect(entries.length).toBe(2 + 1 + 1 + 8);
    expect(entries.every((e) => e.actor === `key:${key.id}` && e.targetType === "Article")).toBe(true);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ source: "Harbour Herald", publishedAt: "2024-03-04" });
    expect(entries[0].before).toBeNull();
  });
});

describe("ingestDocuments goes through the query limits", () => {
  it("is refused by cost before anything runs (its weight is in the cost model)", async () => {
    const tight = await createServer(db.prisma, { limits: { maxDepth: 12, maxComplexity: 500 } });
    try {
      const result = await executeAs(tight, token, INGEST, { input: [meetingDocument(50, "Kit Vale")] });
      expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
      expect(result.status).toBe(400);
      expect(await db.prisma.person.count({ where: { name: "Kit Vale" } })).toBe(0);
    } finally {
      await tight.stop();
    }
  });

  it("is refused by depth, and a body over the HTTP limit answers 413", async () => {
    const shallow = await createServer(db.prisma, { limits: { maxDepth: 3, maxComplexity: 20_000 } });
    try {
      const result = await executeAs(shallow, token, INGEST, { input: [meetingDocument(51, "Lou Pine")] });
      expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    } finally {
      await shallow.stop();
    }
    const http = await startHttpServer(db);
    try {
      const huge = { ...meetingDocument(52, "Max Dune"), body: "y".repeat(MAX_BODY_BYTES) };
      const response = await http.post(INGEST, { input: [huge] }, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(413);
    } finally {
      await http.close();
    }
    expect(await db.prisma.person.count({ where: { name: { in: ["Lou Pine", "Max Dune"] } } })).toBe(0);
  });
});
