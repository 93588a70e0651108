import { createReadPool, ReadWorkerError } from "../../src/db/read-pool";
import { sqliteSourceOf } from "../../src/db/client";
import { Prisma } from "../../src/generated/prisma/client";
import { startDeadline } from "../../src/limits/deadline";
import { createServer, type AppServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";
import { testOnPostgres } from "../helpers/postgres";

// Search and text-filtered lists run on worker threads on SQLite (db/read-pool.ts), so that ranking every
// match of a common word does not hold the event loop while a by-id request waits. The corpus: ARTICLES
// articles, every one with "harbour" in its body (so a search ranks them all: SEARCH_CANDIDATES is 0 here),
// every seventh with "lantern".
const ARTICLES = 60_000;
/** A statement that takes seconds of real work (counting to 10 million in a recursive CTE). */
const SLOW = Prisma.sql`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${10_000_000})
  SELECT count(*) AS "n" FROM c`;
const describeSqlite = testOnPostgres() ? describe.skip : describe;

const SEARCH = `query ($q: String!, $after: String) {
  search(query: $q, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor score snippet { text html highlights { start end } } node { __typename ... on Article { id title publishedAt } ... on Quote { id text } } }
  }
}`;
const TEXT_LIST = `query ($t: String!, $after: String) {
  articles(first: 10, after: $after, filter: { text: $t }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title publishedAt source } }
  }
  quotes(first: 10, filter: { text: $t }) { totalCount edges { cursor node { id text } } }
}`;

describeSqlite("heavy reads on the read pool (SQLite)", () => {
  let db: TestDatabase;
  let pooled: AppServer;
  let inline: AppServer;
  let articleId: string;

  beforeAll(async () => {
    db = createTestDatabase();
    // One statement: the insert trigger indexes every article for search.
    await db.prisma.$executeRawUnsafe(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ARTICLES})
      INSERT INTO "Article" ("externalId", "source", "publishedAt", "title", "body", "contentHash", "updatedAt")
      SELECT 'pool-' || i, 'Pool Wire', 1704067200000 + (i % 500) * 86400000, 'Report ' || i,
        'The harbour board met on day ' || i || '.' || CASE WHEN i % 7 = 0 THEN ' A lantern was lit.' ELSE '' END,
        'pool-hash-' || i, 1704067200000
      FROM n`);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Quote" ("articleId", "text", "kind", "start", "end")
      SELECT "id", 'the harbour is open, day ' || "id", 'INDIRECT', 0, 10 FROM "Article" WHERE "id" % 5 = 0`);
    pooled = await createServer(db.prisma, { readWorkers: 2, limits: { maxComplexity: 1_000_000, searchCandidates: 0 } });
    inline = await createServer(db.prisma, { readWorkers: 0, limits: { maxComplexity: 1_000_000, searchCandidates: 0 } });
    const first = await execute(inline, `{ articles(first: 1) { edges { node { id } } } }`);
    articleId = first.data.articles.edges[0].node.id;
  }, 120_000);

  afterAll(async () => {
    await pooled?.stop();
    await inline?.stop();
    await db?.drop();
  });

  it("answers search and text-filtered lists exactly as the event loop does, page after page", async () => {
    for (const [query, text] of [[SEARCH, "harbour"], [SEARCH, "lantern"], [TEXT_LIST, "lantern"], [TEXT_LIST, "harbour -lantern"]] as const) {
      let after: string | null = null;
      for (let page = 0; page < 2; page++) {
        const a = await execute<any>(pooled, query, { q: text, t: text, after });
        const b = await execute(inline, query, { q: text, t: text, after });
        expect(a.errors).toBeUndefined();
        expect(a).toEqual(b);
        const connection: { totalCount: number; pageInfo: { endCursor: string | null } } = a.data.search ?? a.data.articles;
        expect(connection.totalCount).toBeGreaterThan(0);
        after = connection.pageInfo.endCursor;
      }
    }
  });

  it("serves a by-id request while a search is running on a worker", async () => {
    await execute(pooled, SEARCH, { q: "harbour" }); // workers started
    const finished: string[] = [];
    const sent = db.statements.length;
    const search = execute(pooled, SEARCH, { q: "harbour" }).then((result) => {
      finished.push("search");
      return result;
    });
    // Wait until the ranking statement is on a worker, then ask for one article by id.
    const until = Date.now() + 10_000;
    while (!db.statements.slice(sent).some((sql) => sql.includes("MATCH")) && Date.now() < until) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(finished).toEqual([]);
    const byId = await execute(pooled, `query ($id: ID!) { article(id: $id) { title } }`, { id: articleId });
    finished.push("byId");
    expect(byId.errors).toBeUndefined();
    expect(byId.data.article.title).toMatch(/^Report /);
    const result = await search;
    expect(result.errors).toBeUndefined();
    expect(result.data.search.totalCount).toBe(ARTICLES + ARTICLES / 5);
    expect(finished).toEqual(["byId", "search"]);
  });

  it("keeps the event loop free while a statement runs: a by-id request completes before it ends", async () => {
    const pool = createReadPool(sqliteSourceOf(db.prisma)!.file, { size: 1, busyTimeoutMs: 1_000 });
    try {
      // About a second of real work on the worker's own connection; on the event loop, nothing else
      // could run until it ended.
      let done = false;
      const slow = pool.query(SLOW).then((rows) => {
        done = true;
        return rows;
      });
      const byId = await execute(pooled, `query ($id: ID!) { article(id: $id) { title } }`, { id: articleId });
      expect(byId.data.article.title).toMatch(/^Report /);
      expect(done).toBe(false);
      expect((await slow).length).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("stops waiting for a statement past the request's deadline and serves the next one on a fresh worker", async () => {
    const pool = createReadPool(sqliteSourceOf(db.prisma)!.file, { size: 1, busyTimeoutMs: 1_000 });
    try {
      await expect(pool.query(SLOW, startDeadline(100))).rejects.toMatchObject({ extensions: { code: "REQUEST_TIMEOUT" } });
      const rows = await pool.query<{ n: bigint | number }>(Prisma.sql`SELECT count(*) AS "n" FROM "Article" WHERE "id" <= ${10}`);
      expect(Number(rows[0].n)).toBe(10);
    } finally {
      await pool.close();
    }
  });

  it("fails only the statement of a worker that crashes (out of memory), and keeps the process serving", async () => {
    const starved = createReadPool(sqliteSourceOf(db.prisma)!.file, { size: 1, busyTimeoutMs: 1_000, resourceLimits: { maxOldGenerationSizeMb: 4 } });
    try {
      await expect(starved.query(Prisma.sql`SELECT 1 AS "one"`)).rejects.toThrow(/read worker stopped.*memory/i);
      await expect(starved.query(Prisma.sql`SELECT 1 AS "one"`)).rejects.toBeInstanceOf(ReadWorkerError);
    } finally {
      await starved.close();
    }
    const byId = await execute(pooled, `query ($id: ID!) { article(id: $id) { title } }`, { id: articleId });
    expect(byId.data.article.title).toMatch(/^Report /);
  });

  it("answers REQUEST_TIMEOUT for a search whose deadline has passed", async () => {
    const strict = await createServer(db.prisma, { readWorkers: 1, limits: { maxComplexity: 1_000_000, timeoutMs: 1 } });
    try {
      const response = await strict.apollo.executeOperation({ query: SEARCH, variables: { q: "harbour" } }, { contextValue: strict.createContext() });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      expect(response.body.singleResult.errors?.[0]?.extensions?.code).toBe("REQUEST_TIMEOUT");
    } finally {
      await strict.stop();
    }
  });
});
