import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";
import { decodeFederatedTrace, traceNodeAt } from "./helpers/ftv1";

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

const QUERY = `{ articles(first: 2) { edges { node { title people { name } } } } }`;
const TRACE_HEADER = "apollo-federation-include-trace";

describe("federated tracing (ftv1) over HTTP", () => {
  it("adds extensions.ftv1 with the field trace when the request asks for it", async () => {
    const { status, body } = await http.post(QUERY, undefined, { [TRACE_HEADER]: "ftv1" });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.edges).toHaveLength(2);
    expect(Object.keys(body.extensions)).toEqual(["ftv1"]);
    const trace = decodeFederatedTrace(body.extensions.ftv1);
    expect(trace.durationNs).toBeGreaterThan(0);
    expect(traceNodeAt(trace.root, ["articles"])?.type).toBe("ArticleConnection!");
    expect(traceNodeAt(trace.root, ["articles", "edges", 1, "node", "people", 0, "name"])?.type).toBe("String!");
  });

  it.each([
    ["without the header", {}],
    ["with another trace format", { [TRACE_HEADER]: "ftv2" }],
  ])("adds no extensions %s", async (_label, headers: Record<string, string>) => {
    const { body } = await http.post(QUERY, undefined, headers);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.edges).toHaveLength(2);
    expect(body).not.toHaveProperty("extensions");
  });

  it("masks error messages in the trace, while the client still gets them in errors", async () => {
    const { body } = await http.post(`{ articles(filter: { personIds: ["abc"] }) { totalCount } }`, undefined, { [TRACE_HEADER]: "ftv1" });
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toBe('filter.personIds must list Person IDs (got "abc")');
    const trace = decodeFederatedTrace(body.extensions.ftv1);
    expect(traceNodeAt(trace.root, ["articles"])?.errors).toEqual(["<masked>"]);
    expect(Buffer.from(body.extensions.ftv1, "base64").toString("utf8")).not.toContain("must list");
  });
});
