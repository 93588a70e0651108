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
    expect(two.length).toBeGreaterThanOrEqual(5);
    expect(twenty.length).toBe(two.length);
    // articles page + count, people (join + persons), quotes, speakers: a handful, not one per row.
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
