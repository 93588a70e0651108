import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type RunningServer, startHttpServer } from "../helpers/http";
import { testOnPostgres } from "../helpers/postgres";
import { firstArticleId, postQuery } from "./helpers";

// Issue 9: no request stalls the others. On SQLite, a query estimated at OFFLOAD_MIN_COST or more runs
// whole on an operation worker (src/offload/): the server thread relays its JSON and keeps serving.
const describeSqlite = testOnPostgres() ? describe.skip : describe;

const PAGE = `query ($first: Int!) {
  articles(first: $first) { totalCount edges { cursor node { id title body people { name } quotes { text } } } }
}`;

describeSqlite("the costliest queries run on an operation worker (SQLite)", () => {
  let db: TestDatabase;
  let offloading: RunningServer;
  let inline: RunningServer;

  beforeAll(async () => {
    db = createTestDatabase();
    await storeSyntheticArticles(db.prisma, 12);
    // Every query costing 100 or more goes to the worker here, so that a small corpus is enough.
    offloading = await startHttpServer(db, { operationWorkers: 1, offloadMinCost: 100 });
    inline = await startHttpServer(db, { operationWorkers: 0 });
  }, 120_000);

  afterAll(async () => {
    await offloading?.close();
    await inline?.close();
    await db?.drop();
  });

  it("answers byte for byte what the server thread answers: data, field errors and status", async () => {
    const id = await firstArticleId(inline);
    for (const [query, variables] of [
      [PAGE, { first: 10 }],
      [PAGE, { first: 1_000 }], // BAD_USER_INPUT from the field's own check, on the worker
      [`query ($id: ID!) { article(id: $id) { title } a: articles(first: 20, after: "not-a-cursor") { edges { node { title body } } } }`, { id }],
    ] as const) {
      const a = await postQuery(offloading, query, variables);
      const b = await postQuery(inline, query, variables);
      expect(a.status).toBe(b.status);
      expect(a.text).toBe(b.text);
    }
    // It ran on the worker's own client: the server thread's client sent no statement for it.
    const sent = db.statements.length;
    expect((await postQuery(offloading, PAGE, { first: 10 })).body.data.articles.edges).toHaveLength(10);
    expect(db.statements.length).toBe(sent);
    await postQuery(inline, PAGE, { first: 10 });
    expect(db.statements.length).toBeGreaterThan(sent);
  }, 120_000);

  it("still refuses over the limits on the server thread", async () => {
    const refused = await postQuery(offloading, `{ people(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("keeps cheap requests on the server thread, answered while a worker executes", async () => {
    const id = await firstArticleId(inline);
    const heavy = postQuery(offloading, PAGE, { first: 12 });
    const sent = db.statements.length;
    const cheap = await postQuery(offloading, `query ($id: ID!) { article(id: $id) { title } }`, { id });
    expect(db.statements.length).toBeGreaterThan(sent); // below the threshold: here
    expect(cheap.status).toBe(200);
    expect(cheap.body.data.article.title).toEqual(expect.any(String));
    expect((await heavy).body.data.articles.totalCount).toBe(12);
  });
});
