import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";
import { startHttpServer, type RunningServer } from "../helpers/http";

let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 3);
  server = await createServer(db.prisma, { limits: { maxDepth: 8, maxComplexity: 3000 } });
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe("page size", () => {
  it.each(["articles", "people", "events", "quotes"])("%s: first above 100 is BAD_USER_INPUT naming first", async (list) => {
    const result = await execute(server, `{ ${list}(first: 101) { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/first/);
  });

  it("names the argument, nested ones by their path", async () => {
    const page = await execute(server, `{ articles(first: 101) { totalCount } }`);
    expect(page.errors?.[0]).toMatchObject({
      message: "first must not be greater than 100",
      extensions: { code: "BAD_USER_INPUT", argumentName: "first" },
    });
    const nested = await execute(server, `query ($s: String) { articles(filter: { source: $s }) { totalCount } }`, { s: "x".repeat(201) });
    expect(nested.errors?.[0]).toMatchObject({
      message: "filter.source must be shorter than or equal to 200 characters",
      extensions: { code: "BAD_USER_INPUT", argumentName: "filter.source" },
    });
  });

  it("applies to nested connections too", async () => {
    const result = await execute(server, `{ people(first: 1) { edges { node { quotes(first: 500) { totalCount } } } } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/first/);
  });
});

describe("query depth", () => {
  it("refuses an operation nested deeper than the limit, saying how deep it is", async () => {
    const deep = `{ quotes { edges { node { speaker { articles { edges { node { people { name } } } } } } } } }`;
    const result = await execute(server, deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: "Query is too deep: 9 levels of fields, the limit is 8.",
      extensions: { code: "QUERY_TOO_DEEP", depth: 9, maxDepth: 8 },
    });
  });

  it("counts fragments where they are spread and lets introspection through", async () => {
    const viaFragment = `query { quotes { ...Q } } fragment Q on QuoteConnection { edges { node { speaker { articles { edges { node { people { name } } } } } } } }`;
    expect((await execute(server, viaFragment)).errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    const introspection = `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`;
    expect((await execute(server, introspection)).errors).toBeUndefined();
  });

  it("allows an operation at the limit", async () => {
    const atLimit = `{ quotes { edges { node { speaker { articles { edges { node { title } } } } } } } }`;
    expect((await execute(server, atLimit)).errors).toBeUndefined();
  });
});

describe("query cost", () => {
  it("refuses an operation whose estimated cost is over the budget, before it runs", async () => {
    db.statements.length = 0;
    const costly = `{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }`;
    const result = await execute(server, costly);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxComplexity: 3000 });
    expect(result.errors?.[0].extensions?.complexity).toBeGreaterThan(3000);
    expect(result.errors?.[0].message).toMatch(/^Query is too complex: estimated cost \d+, the limit is 3000\./);
    expect(db.statements).toEqual([]);
  });

  it("counts page sizes from variables and defaults", async () => {
    const query = `query ($n: Int) { people(first: $n) { edges { node { quotes(first: 30) { edges { node { text } } } } } } }`;
    expect((await execute(server, query, { n: 2 })).errors).toBeUndefined();
    expect((await execute(server, query, { n: 100 })).errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    // Costs are remembered per document and variables (see plugin.ts): the same text keeps being priced by its variables.
    expect((await execute(server, query, { n: 2 })).errors).toBeUndefined();
    expect((await execute(server, query, { n: 100 })).errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect((await execute(server, query, { n: 100 })).errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("over HTTP", () => {
  let http: RunningServer;
  beforeAll(async () => {
    http = await startHttpServer(db, { limits: { maxDepth: 3, maxComplexity: 3000 } });
  });
  afterAll(async () => {
    await http.close();
  });

  it("answers a limit error with status 400", async () => {
    const response = await http.post(`{ quotes { edges { node { speaker { name } } } } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
  });
});
