import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";
import { testOnPostgres } from "../helpers/postgres";

// The top-level quotes list pages newest first: ordered by the quote's copy of its article's date, a page is
// read off an index (migration 20261201140000_quote_list_indexes), instead of sorting every quote of the
// archive first (SQLite's plan said USE TEMP B-TREE FOR ORDER BY: 16 ms at 2,000 articles, ten times that at
// 20,000). Checked on SQLite's query plans of the statements the list really sends.
const describeSqlite = testOnPostgres() ? describe.skip : describe;

describeSqlite("the quotes list reads a page off an index (SQLite)", () => {
  let db: TestDatabase;
  let server: AppServer;

  beforeAll(async () => {
    db = createTestDatabase();
    await storeSyntheticArticles(db.prisma, 6);
    server = await createServer(db.prisma);
  });

  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  /** The query plans of the page statements `query` sends (parameters bound to placeholders of the same count). */
  async function pagePlans(query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    const sent = db.statements.length;
    const result = await execute(server, query, variables);
    expect(result.errors).toBeUndefined();
    const pages = db.statements.slice(sent).filter((sql) => /FROM "Quote" q JOIN "Article" a/.test(sql) && /ORDER BY/.test(sql));
    expect(pages.length).toBeGreaterThan(0);
    const plans: string[] = [];
    for (const sql of pages) {
      const params = (sql.match(/\?/g) ?? []).map(() => 1);
      const rows = await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
      plans.push(rows.map((row) => row.detail).join(" | "));
    }
    return plans;
  }

  it.each([
    ["newest first", `{ quotes(first: 5) { edges { cursor node { id } } } }`],
    ["by kind", `{ quotes(first: 5, filter: { kind: DIRECT }) { edges { node { id } } } }`],
    ["by kinds, oldest first", `{ quotes(first: 5, filter: { kinds: [DIRECT, INDIRECT] }, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { id } } } }`],
    ["within a date range", `{ quotes(first: 5, filter: { publishedFrom: "2020-01-01", publishedTo: "2030-01-01" }) { edges { node { id } } } }`],
  ])("%s: no sort of the whole list", async (_name, query) => {
    for (const plan of await pagePlans(query)) {
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(plan).toMatch(/INDEX Quote_(kind_)?articlePublishedAt_articleId_start_id_idx/);
    }
  });

  it("after a cursor too", async () => {
    const first = await execute<any>(server, `{ quotes(first: 2) { pageInfo { endCursor } } }`);
    const after = first.data.quotes.pageInfo.endCursor;
    for (const plan of await pagePlans(`query ($after: String) { quotes(first: 5, after: $after) { edges { node { id } } } }`, { after })) {
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });
});
