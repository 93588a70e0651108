import { createServer, type AppServer } from "../../src/server";
import { SEARCH_CANDIDATES_FIXTURES as FIXTURES, storeSearchFixture } from "../fixtures/search-articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";
import { testOnPostgres } from "../helpers/postgres";

// search ranks only the SEARCH_CANDIDATES most recently added matches of each kind, so its work is bounded by
// that number and not by how common a word is; totalCount and paging cover exactly those candidates.
const SEARCH = `query ($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    edges { cursor node { __typename ... on Article { externalId } ... on Quote { text } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let db: TestDatabase;
let capped: AppServer;
let uncapped: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  // Stored oldest first: "old-title" is the best "harbour" match but the oldest.
  for (const fixture of FIXTURES) await storeSearchFixture(db.prisma, fixture);
  capped = await createServer(db.prisma, { limits: { searchCandidates: 2 } });
  uncapped = await createServer(db.prisma, { limits: { searchCandidates: 0 } });
});

afterAll(async () => {
  await capped.stop();
  await uncapped.stop();
  await db.drop();
});

async function search(server: AppServer, variables: Record<string, unknown>) {
  const result = await execute(server, SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return result.data.search;
}

const label = ({ node }: any) => (node.__typename === "Article" ? `Article:${node.externalId}` : `Quote:${node.text}`);

describe("search candidates (SEARCH_CANDIDATES)", () => {
  it("ranks every match when the limit is 0: the oldest article, with the word in its title, comes first", async () => {
    const result = await search(uncapped, { query: "harbour" });
    expect(result.totalCount).toBe(8);
    expect(label(result.edges[0])).toBe("Article:old-title");
  });

  it("ranks only the most recent matches of each kind, and totalCount counts those", async () => {
    const result = await search(capped, { query: "harbour" });
    expect(result.totalCount).toBe(4);
    expect(result.edges.map(label).sort()).toEqual([
      "Article:newest",
      "Article:newer",
      'Quote:"The harbour will reopen for the ferries in June,"',
      'Quote:"Our harbour budget is set for the next two years,"',
    ].sort());
    expect(result.pageInfo.hasNextPage).toBe(false);
  });

  it("pages through exactly the candidates, one at a time, and stops", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await search(capped, { query: "harbour", first: 1, after });
      seen.push(...page.edges.map(label));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const whole = await search(capped, { query: "harbour" });
    expect(seen).toEqual(whole.edges.map(label));
  });

  it("still finds a rare word that only an old text holds: the limit counts matches, not documents", async () => {
    const result = await search(capped, { query: "lobsterpots" });
    expect(result.edges.map(label)).toEqual(["Article:old-title"]);
    expect(result.totalCount).toBe(1);
  });
});

// The page's snippets are read row by row off the page (FTS5 looks each rowid up), not by walking every match of
// the words and probing the page for each, which grows with the archive (3.1 ms of 12.7 for a common word at
// 20,000 articles). Checked on the query plan of the statement search really sends (SQLite's FTS5).
(testOnPostgres() ? describe.skip : describe)("search's snippets (SQLite)", () => {
  /** The query plan of the statement that reads the snippets of `query`'s first page. */
  async function snippetPlan(query: string): Promise<string[]> {
    const sent = db.statements.length;
    await search(capped, { query, first: 2 });
    const statement = db.statements.slice(sent).find((sql) => sql.includes("snippet("));
    expect(statement).toBeDefined();
    const params = (statement!.match(/\?/g) ?? []).map(() => 1);
    return (await db.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${statement}`, ...params)).map((row) => row.detail);
  }

  it.each(["harbour", '"harbour budget"'])("are looked up per row of the page for %s, not found by scanning every match", async (query) => {
    const plan = await snippetPlan(query);
    const last = plan.slice(plan.findIndex((detail) => /^SCAN page$/.test(detail)));
    expect(last[0]).toBe("SCAN page");
    expect(last.join(" | ")).toMatch(/SCAN SearchEntry VIRTUAL TABLE INDEX \d+:=/);
    expect(plan.join(" | ")).not.toMatch(/AUTOMATIC COVERING INDEX \(entry=\?\)/);
  });

  // A prefix is expanded into every word it starts for each rowid looked up: one walk of the matches is cheaper.
  it("for a prefix, are read in one walk of the matches", async () => {
    expect(await snippetPlan("harb*")).not.toContain("SCAN page");
  });
});
