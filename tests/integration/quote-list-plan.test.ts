import { createServer, type AppServer } from "../../src/server";
import { storeArticleWithSpeakers, storeSyntheticArticles } from "../fixtures/articles";
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
    await storeArticleWithSpeakers(db.prisma, 7, { direct: { organization: "Harbour Transit Board" }, indirect: null });
    await storeArticleWithSpeakers(db.prisma, 8, { direct: { organization: "Harbour Transit Board" }, indirect: { organization: "Quarry Council" } });
    server = await createServer(db.prisma);
  });

  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  /**
   * The query plans of the statements `query` sends that read quotes in order (those matching `page`; by
   * default the top-level list's), with parameters bound to placeholders of the same count.
   */
  async function pagePlans(query: string, variables: Record<string, unknown> = {}, page = /FROM "Quote" q JOIN "Article" a/): Promise<string[]> {
    const sent = db.statements.length;
    const result = await execute(server, query, variables);
    expect(result.errors).toBeUndefined();
    const pages = db.statements.slice(sent).filter((sql) => page.test(sql) && /ORDER BY/.test(sql));
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

  // The organisation index is partial (only quotes with an organisation as speaker: almost none are), so
  // these statements must say enough about the column for SQLite to know that it is not null.
  it("by speaker organisation: off the partial organisation index", async () => {
    const [index] = await db.prisma.$queryRawUnsafe<{ sql: string }[]>(
      `SELECT "sql" FROM sqlite_master WHERE "name" = 'Quote_speakerOrganizationId_articlePublishedAt_articleId_start_id_idx'`);
    expect(index.sql).toMatch(/WHERE "speakerOrganizationId" IS NOT NULL$/);
    const orgs = await execute<any>(server, `{ organizations(first: 5) { edges { node { id name } } } }`);
    const ids = orgs.data.organizations.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const filtered = await pagePlans(`query ($ids: [ID!]) { quotes(first: 5, filter: { speakerOrganizationIds: $ids }) { edges { node { id } } } }`, { ids });
    const nested = await pagePlans(`{ organizations(first: 5) { edges { node { quotes(first: 2) { edges { node { text } } } } } } }`, {}, /"speakerOrganizationId"/);
    for (const plan of [...filtered, ...nested]) {
      expect(plan).toMatch(/INDEX Quote_speakerOrganizationId_articlePublishedAt_articleId_start_id_idx/);
      expect(plan).not.toMatch(/SCAN q\b/);
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
