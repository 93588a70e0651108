import { createServer, type AppServer } from "../../src/server";
import { contentHash } from "../../src/ingest/store/content-hash";
import { storeDocument } from "../../src/ingest/store/store-document";
import { storeArticleWithSpeakers, storeSyntheticArticles, syntheticArticle } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// 14 synthetic articles (Jane Doe in each; Sam Lee<n> Reporter at Harbour News; event "<n>th Harbour
// Summit"), plus 3 whose direct quote is said by the organisation "Harbour Board", plus 4 covering one
// event, the "Harbour Gala".
let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 14);
  for (const n of [15, 16, 17]) await storeArticleWithSpeakers(db.prisma, n, { direct: { organization: "Harbour Board" }, indirect: null });
  for (const n of [18, 19, 20, 21]) {
    const { doc, extraction } = syntheticArticle(n);
    extraction.events = [{ ...extraction.events[0], name: "Harbour Gala", acronym: null }];
    await storeDocument(db.prisma, doc, extraction, contentHash(doc));
  }
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

const PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

/** The connection at `path` in a result. */
const at = (value: any, path: string[]) => path.reduce((v, key) => (Array.isArray(v) ? v[0] : v)?.[key], value);

/**
 * Walks a connection forwards (first/after) and backwards (last/before) with `size`, checking pageInfo
 * on every page, and returns both walks' node keys.
 */
async function walkBothWays(query: (args: string) => string, path: string[], size: number) {
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = at(await data(query(`first: ${size}, after: $cursor`), { cursor: after }), path);
    forward.push(...page.edges.map((e: any) => JSON.stringify(e.node)));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page: any = at(await data(query(`last: ${size}, before: $cursor`), { cursor: before }), path);
    backward.unshift(...page.edges.map((e: any) => JSON.stringify(e.node)));
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  return { forward, backward };
}

const top = (list: string, args: string, node: string) => (page: string) =>
  `query ($cursor: String) { ${list}(${args} ${page}) { edges { cursor node { ${node} } } ${PAGE_INFO} } }`;

describe("every connection pages both ways with the same cursors", () => {
  it.each([
    ["articles", "", "title publishedAt"],
    ["articles", "orderBy: { field: TITLE },", "title"],
    ["people", "", "name"],
    ["people", "orderBy: { field: FIRST_SEEN },", "name"],
    ["events", "", "name date"],
    ["events", "orderBy: { field: NAME, direction: DESC },", "name"],
    ["quotes", "", "text article { title }"],
    ["quotes", "orderBy: { field: POSITION },", "text"],
    ["organizations", "", "name"],
    ["organizations", "orderBy: { field: QUOTE_COUNT },", "name"],
    ["search", 'query: "summit",', "__typename ... on Article { title } ... on Quote { text }"],
  ])("%s(%s)", async (list, args, node) => {
    const whole = (await data(top(list, args, node)("first: 100, after: $cursor"), { cursor: null })) as any;
    const all = whole[list].edges.map((e: any) => JSON.stringify(e.node));
    expect(all.length).toBeGreaterThan(1);
    for (const size of [1, 3]) {
      const { forward, backward } = await walkBothWays(top(list, args, node), [list], size);
      expect(forward).toEqual(all);
      expect(backward).toEqual(all);
    }
  });

  it.each([
    ["Person.quotes", `people(filter: { nameContains: "Jane" }) { edges { node { quotes(PAGE) { edges { cursor node { text } } ${PAGE_INFO} } } } }`, ["people", "edges", "node", "quotes"]],
    ["Person.articles", `people(filter: { nameContains: "Jane" }) { edges { node { articles(PAGE) { edges { cursor node { title } } ${PAGE_INFO} } } } }`, ["people", "edges", "node", "articles"]],
    ["Event.articles", `events(filter: { nameContains: "Gala" }, first: 1) { edges { node { articles(PAGE) { edges { cursor node { title } } ${PAGE_INFO} } } } }`, ["events", "edges", "node", "articles"]],
    ["Organization.people", `organizations(filter: { nameContains: "News" }) { edges { node { people(PAGE) { edges { cursor node { name } } ${PAGE_INFO} } } } }`, ["organizations", "edges", "node", "people"]],
    ["Organization.quotes", `organizations(filter: { nameContains: "Board" }) { edges { node { quotes(PAGE) { edges { cursor node { text } } ${PAGE_INFO} } } } }`, ["organizations", "edges", "node", "quotes"]],
  ])("nested %s", async (_, template, path) => {
    const query = (page: string) => `query ($cursor: String) { ${template.replace("PAGE", page)} }`;
    const all = at(await data(query("first: 100, after: $cursor"), { cursor: null }), path).edges.map((e: any) => JSON.stringify(e.node));
    expect(all.length).toBeGreaterThanOrEqual(3);
    const { forward, backward } = await walkBothWays(query, path, 2);
    expect(forward).toEqual(all);
    expect(backward).toEqual(all);
  });

  it("shares cursors between a nested list and its top-level list", async () => {
    const nested = await data(`{ people(filter: { nameContains: "Jane" }) { edges { node { quotes(first: 3) { edges { cursor node { id } } } } } } }`);
    const cursor = nested.people.edges[0].node.quotes.edges[2].cursor;
    const jane = (await data(`{ people(filter: { nameContains: "Jane" }) { edges { node { id } } } }`)).people.edges[0].node.id;
    const top = await data(`query ($c: String, $p: [ID!]) { quotes(filter: { speakerIds: $p }, last: 2, before: $c) { edges { node { id } } } }`, { c: cursor, p: [jane] });
    expect(top.quotes.edges.map((e: any) => e.node.id)).toEqual(nested.people.edges[0].node.quotes.edges.slice(0, 2).map((e: any) => e.node.id));
  });
});

describe("pageInfo and the page arguments", () => {
  it("follows the Relay spec at both ends of a list", async () => {
    const all = (await data(`{ articles(first: 100) { edges { cursor node { title } } } }`)).articles.edges;
    const last = (await data(`{ articles(last: 3) { edges { node { title } } ${PAGE_INFO} } }`)).articles;
    expect(last.edges.map((e: any) => e.node.title)).toEqual(all.slice(-3).map((e: any) => e.node.title));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    // From the first item's cursor: something precedes `after` (the item itself), nothing follows `before`.
    const afterFirst = (await data(`query ($c: String) { articles(first: 2, after: $c) { ${PAGE_INFO} } }`, { c: all[0].cursor })).articles;
    expect(afterFirst.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const beforeFirst = (await data(`query ($c: String) { articles(last: 2, before: $c) { edges { cursor } ${PAGE_INFO} } }`, { c: all[0].cursor })).articles;
    expect(beforeFirst).toEqual({ edges: [], pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null } });
  });

  it("reads the items between two cursors", async () => {
    const all = (await data(`{ quotes(first: 100) { edges { cursor node { id } } } }`)).quotes.edges;
    const ids = (edges: any[]) => edges.map((e: any) => e.node.id);
    const vars = { a: all[3].cursor, b: all[9].cursor };
    const forward = await data(`query ($a: String, $b: String) { quotes(first: 100, after: $a, before: $b) { edges { node { id } } ${PAGE_INFO} } }`, vars);
    expect(ids(forward.quotes.edges)).toEqual(ids(all.slice(4, 9)));
    expect(forward.quotes.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const backward = await data(`query ($a: String, $b: String) { quotes(last: 2, after: $a, before: $b) { edges { node { id } } ${PAGE_INFO} } }`, vars);
    expect(ids(backward.quotes.edges)).toEqual(ids(all.slice(7, 9)));
    expect(backward.quotes.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it.each([
    ["articles(first: 2, last: 2) { totalCount }", ["articles"]],
    ["people(first: 1) { edges { node { quotes(first: 2, last: 2) { totalCount } } } }", ["people", 0, "node", "quotes"]],
    ["organizations(first: 1, last: 1) { totalCount }", ["organizations"]],
    ['search(query: "summit", first: 1, last: 1) { totalCount }', ["search"]],
  ])("refuses first with last: %s", async (query) => {
    const result = await execute(server, `{ ${query} }`);
    expect(result.errors?.[0]).toMatchObject({
      message: "first and last cannot be used together: page forward with first/after or backward with last/before",
      extensions: { code: "BAD_USER_INPUT", argumentName: "last" },
    });
  });

  it("names before in the error for a cursor it did not issue, and bounds last like first", async () => {
    const bad = await execute(server, `{ quotes(last: 2, before: "nope") { totalCount } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: 'before is not a cursor returned by this API', extensions: { argumentName: "before" } });
    const big = await execute(server, `{ events(last: 101) { totalCount } }`);
    expect(big.errors?.[0]).toMatchObject({ message: "last must not be greater than 100", extensions: { code: "BAD_USER_INPUT", argumentName: "last" } });
  });

  it("batches nested backward pages like forward ones", async () => {
    const statements = async (first: number, page: string) => {
      db.statements.length = 0;
      await data(`{ people(first: ${first}) { edges { node { quotes(${page}) { edges { node { text } } } articles(${page}) { totalCount } } } } }`);
      return db.statements.length;
    };
    const forward = await statements(20, "first: 2");
    expect(await statements(2, "last: 2")).toBe(forward);
    expect(await statements(20, "last: 2")).toBe(forward);
  });
});
