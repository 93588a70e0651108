import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

let db: TestDatabase;
let http: RunningServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 2);
  http = await startHttpServer(db);
});

afterAll(async () => {
  await http.close();
  await db.drop();
});

describe("HTTP", () => {
  it("answers GraphQL POSTs on /graphql", async () => {
    const { status, body } = await http.post(`{ articles { totalCount } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { articles: { totalCount: 2 } } });
  });

  it("serves the Apollo Sandbox landing page to browsers, with the example query preloaded", async () => {
    const response = await fetch(http.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/sandbox/i);
    expect(html).toContain("WhoSaidWhat");
  });

  it("reports liveness on /health and readiness once the database answers on /ready", async () => {
    const health = await fetch(http.url.replace(/\/graphql$/, "/health"));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(http.url.replace(/\/graphql$/, "/ready"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "ok" });
  });

  it("answers 404 with JSON for other paths", async () => {
    const response = await fetch(http.url.replace(/\/graphql$/, "/nope"));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/\/graphql/);
  });

  it("rejects a body that is not JSON with 400", async () => {
    const response = await fetch(http.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not valid JSON/);
  });

  it("returns validation errors for a query the schema does not have", async () => {
    const { status, body } = await http.post(`{ nothing }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
