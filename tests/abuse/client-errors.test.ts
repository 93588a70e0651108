/**
 * Abuse suite, client mistakes (issue 9): each answers 4xx with a code that says what was wrong, never
 * 500 / INTERNAL_SERVER_ERROR, and nothing runs in the database for a request refused up front.
 */
import { createHash } from "node:crypto";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type RunningServer, startHttpServer } from "../helpers/http";
import { firstArticleId, postQuery, postRaw } from "./helpers";

let db: TestDatabase;
let http: RunningServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 3);
  http = await startHttpServer(db);
});

afterAll(async () => {
  await http.close();
  await db.drop();
});

jest.setTimeout(30_000);

const PAGE = `query ($f: Int!) { articles(first: $f) { totalCount } }`;

describe("variables that do not coerce: 400 BAD_USER_INPUT naming the variable", () => {
  it.each([
    ["a string for Int!", PAGE, { f: "x" }],
    ["a missing required variable", PAGE, {}],
    ["1e10 for an Int", PAGE, { f: 1e10 }],
    ["null for [_Any!]!", `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: null }],
  ])("%s", async (_name, query, variables) => {
    db.statements.length = 0;
    const answer = await postQuery(http, query, variables);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(answer.body.errors[0].message).toMatch(/^Variable "\$[fr]"/);
    expect(db.statements).toEqual([]);
  });

  it("never echoes the value sent", async () => {
    const answer = await postQuery(http, PAGE, { f: "y".repeat(100_000) });
    expect(answer.status).toBe(400);
    expect(answer.text.length).toBeLessThan(1_000);
    expect(answer.text).not.toContain("y".repeat(100));
  });
});

describe("node limits", () => {
  it("a document with more fields than the cost estimator's own node limit answers 400 or 200, never 500", async () => {
    const many = `{ articles(first: 1) { edges { node { ${"title ".repeat(11_000)} } } } }`;
    const refused = await postQuery(http, many);
    expect(refused.status).toBe(400);
    expect(["QUERY_TOO_MANY_TOKENS", "QUERY_TOO_MANY_FIELDS"]).toContain(refused.body.errors[0].extensions.code);
    const lifted = await startHttpServer(db, { limits: { maxTokens: 1_000_000, maxFields: 1_000_000 } });
    try {
      // graphql-js itself gives up comparing 11,000 same-named fields ("Validation aborted.", 400);
      // what matters is that the estimator's "maximum allowed number of nodes" no longer turns into a 500.
      const answer = await postQuery(lifted, many);
      expect([200, 400]).toContain(answer.status);
      expect(answer.body.errors?.[0].extensions.code ?? "none").not.toBe("INTERNAL_SERVER_ERROR");
      const distinct = `{ articles(first: 1) { edges { node { ${Array.from({ length: 11_000 }, (_, i) => `t${i}: title`).join(" ")} } } } }`;
      const lifted2 = await postQuery(lifted, distinct);
      expect(lifted2.status).toBe(400);
      expect(lifted2.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_ALIASES");
    } finally {
      await lifted.close();
    }
  }, 60_000);
});

describe("operations the schema does not have", () => {
  it.each(["mutation { articles { totalCount } }", "subscription { articles { totalCount } }"])("%s: 400", async (query) => {
    const answer = await postQuery(http, query);
    expect(answer.status).toBe(400);
    expect(["OPERATION_NOT_SUPPORTED", "GRAPHQL_VALIDATION_FAILED"]).toContain(answer.body.errors[0].extensions.code);
    expect(answer.body.errors[0].message).toMatch(/mutation|subscription/i);
  });
});

describe("malformed cursors: BAD_USER_INPUT naming after", () => {
  /** A cursor the API issued, with its sort value replaced by `value` (whatever the encoding, base64url JSON today). */
  async function tamperedCursor(value: unknown): Promise<string> {
    const { body } = await postQuery(http, `{ articles(first: 1) { edges { cursor } } }`);
    const cursor = body.data.articles.edges[0].cursor as string;
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const valueIndex = decoded.findIndex((part) => typeof part === "object" && part !== null);
    decoded[valueIndex >= 0 ? valueIndex : 1] = value;
    return Buffer.from(JSON.stringify(decoded), "utf8").toString("base64url");
  }

  it.each([
    ["a number for a date", 12345],
    ["a word for a date", "not a date"],
    ["an object for a date", { date: "2024-13-45" }],
  ])("%s", async (_name, value) => {
    const after = await tamperedCursor(value);
    const answer = await postQuery(http, `query ($a: String) { articles(first: 1, after: $a) { totalCount } }`, { a: after });
    expect(answer.status).toBe(200);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    expect(answer.body.errors[0].message).toMatch(/after/);
  });

  it("garbage is BAD_USER_INPUT too, and its message stays short", async () => {
    const answer = await postQuery(http, `query ($a: String) { articles(first: 1, after: $a) { totalCount } }`, { a: "!".repeat(50_000) });
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    expect(answer.text.length).toBeLessThan(2_000);
  });
});

describe("_entities", () => {
  it("an unknown or missing __typename errors at its own index; the other representations resolve", async () => {
    const id = await firstArticleId(http);
    const representations = [{ __typename: "Article", id }, { __typename: "Nope", id }, { id }, { __typename: 7, id }, { __typename: "Article", id }];
    const answer = await postQuery(
      http,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id title } } }`,
      { r: representations },
    );
    expect(answer.status).toBe(200);
    const entities = answer.body.data._entities;
    expect(entities[0]).toMatchObject({ id });
    expect(entities[4]).toMatchObject({ id });
    expect(entities.slice(1, 4)).toEqual([null, null, null]);
    const paths = answer.body.errors.map((e: { path: unknown[] }) => e.path);
    expect(paths).toEqual([["_entities", 1], ["_entities", 2], ["_entities", 3]]);
    for (const error of answer.body.errors) expect(error.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("persisted queries keep their PERSISTED_QUERY_* codes", () => {
  it("an unknown hash is PERSISTED_QUERY_NOT_FOUND (the client then sends the query)", async () => {
    const answer = await postRaw(
      http.url,
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } }),
    );
    expect(answer.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(answer.status).toBeLessThan(500);
  });

  it("a registered hash works; a hash that does not match the query is a 400", async () => {
    const query = `{ articles { totalCount } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const register = await postRaw(http.url, JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(register.body.data.articles.totalCount).toBe(3);
    const byHash = await postRaw(http.url, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }));
    expect(byHash.body.data.articles.totalCount).toBe(3);
    const mismatch = await postRaw(
      http.url,
      JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "b".repeat(64) } } }),
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
  });
});

describe("bad arguments", () => {
  it("validation errors name the argument and rule but never echo the value", async () => {
    const answer = await postQuery(http, `query ($s: String) { articles(filter: { source: $s }) { totalCount } }`, { s: "z".repeat(900_000) });
    expect(answer.body.errors[0]).toMatchObject({
      message: "filter.source must be shorter than or equal to 200 characters",
      extensions: { code: "BAD_USER_INPUT", argumentName: "filter.source" },
    });
    const problems = answer.body.errors[0].extensions.validationErrors;
    expect(JSON.stringify(problems)).not.toMatch(/"target"|"value"|zzzz/);
    expect(answer.text.length).toBeLessThan(1_000);
  });
});
