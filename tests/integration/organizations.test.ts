import { fromGlobalId } from "../../src/services/global-id";
import { createServer, type AppServer } from "../../src/server";
import { storeArticleWithSpeakers, storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// 6 synthetic articles: Sam Lee1..6 are Reporters at "Harbour News" (no quotes as an organisation).
// Articles 7–9 give quotes to organisations: "Harbour Board" says 3 (7, 8 and 9's direct quotes),
// "Port Authority" 1 (9's reported quote); their reporters Sam Lee7..9 also work at Harbour News.
let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 6);
  await storeArticleWithSpeakers(db.prisma, 7, { direct: { organization: "Harbour Board" }, indirect: null });
  await storeArticleWithSpeakers(db.prisma, 8, { direct: { organization: "Harbour Board" }, indirect: null });
  await storeArticleWithSpeakers(db.prisma, 9, { direct: { organization: "Harbour Board" }, indirect: { organization: "Port Authority" } });
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

async function data(query: string, variables?: Record<string, unknown>) {
  const result = await execute(server, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const names = (connection: any) => connection.edges.map((e: any) => e.node.name);

describe("organizations", () => {
  it("lists organisations by name A→Z, or by how often they are quoted", async () => {
    const result = await data(`{
      byName: organizations { totalCount edges { node { name } } }
      byQuotes: organizations(orderBy: { field: QUOTE_COUNT }) { edges { node { name quotes { totalCount } } } }
      leastQuoted: organizations(orderBy: { field: QUOTE_COUNT, direction: ASC }, first: 1) { edges { node { name } } }
      byNameDesc: organizations(orderBy: { field: NAME, direction: DESC }) { edges { node { name } } }
    }`);
    expect(result.byName.totalCount).toBe(3);
    expect(names(result.byName)).toEqual(["Harbour Board", "Harbour News", "Port Authority"]);
    expect(result.byQuotes.edges.map((e: any) => [e.node.name, e.node.quotes.totalCount])).toEqual([
      ["Harbour Board", 3],
      ["Port Authority", 1],
      ["Harbour News", 0],
    ]);
    expect(names(result.leastQuoted)).toEqual(["Harbour News"]);
    expect(names(result.byNameDesc)).toEqual(["Port Authority", "Harbour News", "Harbour Board"]);
  });

  it("filters by name, ignoring case", async () => {
    const result = await data(`{
      contains: organizations(filter: { nameContains: "HARBOUR" }) { edges { node { name } } }
      prefix: organizations(filter: { namePrefix: "port" }) { edges { node { name } } }
      none: organizations(filter: { nameContains: "zeppelin" }) { totalCount edges { node { name } } }
    }`);
    expect(names(result.contains)).toEqual(["Harbour Board", "Harbour News"]);
    expect(names(result.prefix)).toEqual(["Port Authority"]);
    expect(result.none).toEqual({ totalCount: 0, edges: [] });
  });

  it("answers organization(id) and node(id) with the same global ID, null for others", async () => {
    const id = (await data(`{ organizations(filter: { namePrefix: "Harbour B" }) { edges { node { id } } } }`)).organizations.edges[0].node.id;
    expect(fromGlobalId(id)?.type).toBe("Organization");
    const result = await data(`query ($id: ID!) { organization(id: $id) { id name } node(id: $id) { __typename ... on Organization { name } } missing: organization(id: "1") { id } }`, { id });
    expect(result).toEqual({ organization: { id, name: "Harbour Board" }, node: { __typename: "Organization", name: "Harbour Board" }, missing: null });
  });

  it("pages an organisation's role holders by name and its quotes newest first", async () => {
    const result = await data(`{ organizations(filter: { nameContains: "Harbour" }) { edges { node { name
      people(first: 4) { totalCount edges { node { name roles { title } } } pageInfo { hasNextPage } }
      lastPeople: people(last: 2) { edges { node { name } } pageInfo { hasPreviousPage hasNextPage } }
      quotes(first: 2) { totalCount edges { node { text article { externalId } attributedTo { __typename ... on Organization { name } } } } pageInfo { hasNextPage } }
    } } } }`);
    const [board, news] = result.organizations.edges.map((e: any) => e.node);
    expect(board.people).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    expect(board.quotes.totalCount).toBe(3);
    expect(board.quotes.edges.map((e: any) => e.node.article.externalId)).toEqual(["speakers-9", "speakers-8"]);
    for (const edge of board.quotes.edges) expect(edge.node.attributedTo).toEqual({ __typename: "Organization", name: "Harbour Board" });
    expect(board.quotes.pageInfo.hasNextPage).toBe(true);
    expect(news.people.totalCount).toBe(9);
    expect(names(news.people)).toEqual(["Sam Lee1", "Sam Lee2", "Sam Lee3", "Sam Lee4"]);
    expect(news.people.edges[0].node.roles).toEqual([{ title: "Reporter" }]);
    expect(names(news.lastPeople)).toEqual(["Sam Lee8", "Sam Lee9"]);
    expect(news.lastPeople.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    expect(news.quotes.totalCount).toBe(0);
  });

  it("batches nested pages: as many SQL statements for 3 organisations as for 1", async () => {
    const query = (first: number) => `{ organizations(first: ${first}) { edges { node { name people(first: 2) { totalCount edges { node { name } } } quotes(first: 2) { totalCount edges { node { text } } } } } } }`;
    db.statements.length = 0;
    await data(query(1));
    const one = db.statements.length;
    db.statements.length = 0;
    const all = await data(query(3));
    expect(all.organizations.edges).toHaveLength(3);
    expect(db.statements.length).toBe(one);
    // organisations page + count; people rank + count + rows; quotes rank + count + rows (+ their articles).
    expect(one).toBeLessThanOrEqual(9);
  });
});
