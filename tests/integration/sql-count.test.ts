import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

const QUERY = `query ($first: Int) {
  articles(first: $first) { edges { node { people { name } quotes { speaker { name } } } } }
}`;

let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 20);
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

/** SQL statements one operation sends, on a fresh request context. */
async function statementsFor(variables: Record<string, unknown>, query = QUERY): Promise<string[]> {
  db.statements.length = 0;
  const result = await execute(server, query, variables);
  expect(result.errors).toBeUndefined();
  return [...db.statements];
}

const PEOPLE = `query ($first: Int) {
  people(first: $first) { edges { node {
    name
    quotes(first: 2) { totalCount edges { node { text article { title } } } }
    articles(first: 2) { totalCount edges { node { title } } }
    coMentioned(first: 3) { articleCount person { name } }
  } } }
}`;

describe("nested fields go through per-request DataLoaders", () => {
  it("sends as many SQL statements for 20 articles as for 2", async () => {
    const two = await statementsFor({ first: 2 });
    const twenty = await statementsFor({ first: 20 });
    expect(two.length).toBeGreaterThanOrEqual(4);
    expect(twenty.length).toBe(two.length);
    // articles page (no count: totalCount is not selected), people (one join), quotes, speakers: a handful, not one per row.
    expect(twenty.length).toBeLessThanOrEqual(8);
  });

  it("really does load the nested data for all 20", async () => {
    const result = await execute(server, QUERY, { first: 20 });
    const edges = result.data.articles.edges;
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      expect(node.people).toHaveLength(2);
      expect(node.quotes.map((q: any) => q.speaker.name)).toContain("Jane Doe");
    }
  });

  it("pages Person.quotes, Person.articles and Person.coMentioned for many people in a fixed number of statements", async () => {
    const two = await statementsFor({ first: 2 }, PEOPLE);
    const twenty = await statementsFor({ first: 20 }, PEOPLE);
    expect(twenty.length).toBe(two.length);
    // people page + count; quotes rank + count + rows; articles rank + count + rows; co-mentions + persons; quote articles.
    expect(twenty.length).toBeLessThanOrEqual(12);
  });
});

describe("totalCount is counted only when selected", () => {
  const counts = (statements: string[]) => statements.filter((sql) => /\bcount\s*\(/i.test(sql)).length;

  it("top-level lists, text-filtered lists and search run no count without totalCount", async () => {
    for (const list of [
      `articles(first: 5)`,
      `articles(first: 5, filter: { text: "summit" })`,
      `quotes(first: 5, filter: { text: "summit" })`,
      `people(first: 5)`,
    ]) {
      expect(counts(await statementsFor({}, `{ ${list} { edges { cursor } } }`))).toBe(0);
      expect(counts(await statementsFor({}, `{ ${list} { totalCount } }`))).toBe(1);
      const answer = await execute(server, `{ ${list} { totalCount } }`);
      expect(Object.values(answer.data as object)[0].totalCount).toBeGreaterThan(0);
    }
    // PostgreSQL's search is one statement that ranks every match once and reads the page and the total
    // from that (search/postgres.ts): its count is part of it whether or not totalCount is selected.
    const searchCounts = db.engine === "postgresql" ? 1 : 0;
    expect(counts(await statementsFor({}, `{ search(query: "summit", first: 5) { edges { score } } }`))).toBe(searchCounts);
    const search = await statementsFor({}, `{ search(query: "summit", first: 5) { totalCount } }`);
    expect(counts(search)).toBe(1);
  });

  it("nested lists count once for all parents, and only when totalCount is selected", async () => {
    const nested = (field: string) => `{ people(first: 20) { edges { node { quotes(first: 2) { ${field} } articles(first: 2) { ${field} } } } } }`;
    expect(counts(await statementsFor({}, nested("edges { cursor }")))).toBe(0);
    // people's own count is not selected either: one count each for quotes and articles, for all 20 people.
    expect(counts(await statementsFor({}, nested("totalCount")))).toBe(2);
  });
});

describe("only what is asked for is read", () => {
  it("article(id) { title } reads no body; asking for body loads it (one statement for a whole page)", async () => {
    const { toGlobalId } = await import("../../src/services/global-id");
    const stored = await db.prisma.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    const id = toGlobalId("Article", stored.id);
    const titleOnly = await statementsFor({ id }, `query ($id: ID!) { article(id: $id) { title } }`);
    expect(titleOnly).toHaveLength(1);
    expect(titleOnly[0]).not.toMatch(/[`"]body[`"]/);
    const withBody = await statementsFor({ id }, `query ($id: ID!) { article(id: $id) { title body } }`);
    expect(withBody.filter((sql) => /[`"]body[`"]/.test(sql))).toHaveLength(1);
    const answer = await execute(server, `query ($id: ID!) { article(id: $id) { body } }`, { id });
    expect(answer.data!.article.body).toBe(stored.body);
    const page = await statementsFor({}, `{ articles(first: 20) { edges { node { body } } } }`);
    expect(page.filter((sql) => /[`"]body[`"]/.test(sql))).toHaveLength(1);
  });
});
