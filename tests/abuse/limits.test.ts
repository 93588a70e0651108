/**
 * Abuse suite, bounded work per operation (issue 9): every document below is refused with HTTP 400 and a
 * code before any SQL runs, in time that does not grow with what the document would expand to.
 * Timing bounds are deliberately generous (the 42 s cases of the issue are shown bounded, not run to the end).
 */
import { DEFAULT_QUERY_LIMITS } from "../../src/limits/plugin";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type RunningServer, startHttpServer } from "../helpers/http";
import { fragmentChain, fragmentDiamond, nestedFragmentChain, postQuery, postRaw } from "./helpers";

let db: TestDatabase;
let http: RunningServer;
/** The same server with the token limit lifted, to show the limits behind it. */
let open: RunningServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 3);
  http = await startHttpServer(db);
  open = await startHttpServer(db, { limits: { maxTokens: 2_000_000 } });
});

afterAll(async () => {
  await http.close();
  await open.close();
  await db.drop();
});

beforeEach(() => {
  db.statements.length = 0;
});

const GENEROUS_MS = 5_000;
jest.setTimeout(30_000);

describe("fragment expansion", () => {
  it("a 968-byte fragment diamond of 24 levels is refused fast, before any SQL", async () => {
    const doc = fragmentDiamond(24);
    expect(doc.length).toBeLessThan(1_100);
    const answer = await postQuery(http, doc);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_MANY_FIELDS", maxFields: DEFAULT_QUERY_LIMITS.maxFields });
    expect(answer.body.errors[0].extensions.fields).toBeGreaterThan(1_000_000);
    expect(answer.ms).toBeLessThan(GENEROUS_MS);
    expect(db.statements).toEqual([]);
  });

  it("a diamond of 40 levels costs no more than one of 24", async () => {
    const answer = await postQuery(open, fragmentDiamond(40));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_FIELDS");
    expect(answer.ms).toBeLessThan(GENEROUS_MS);
  });

  it("a 3,000-deep fragment chain is refused by the token limit", async () => {
    const answer = await postQuery(http, fragmentChain(3_000));
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_MANY_TOKENS", maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
    expect(answer.ms).toBeLessThan(GENEROUS_MS);
  });

  it("without the token limit, a 3,000-deep chain does not overflow the stack into a 500: 400 QUERY_TOO_DEEP", async () => {
    const flat = await postQuery(open, fragmentChain(3_000));
    expect(flat.status).toBe(400);
    expect(flat.body.errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
    expect(flat.ms).toBeLessThan(GENEROUS_MS);
    const shortChain = await postQuery(http, fragmentChain(100));
    expect(shortChain.status).toBe(200);
    expect(shortChain.body.data.articles.totalCount).toBe(3);
    const nested = await postQuery(open, nestedFragmentChain(1_000));
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].extensions.code).toBe("QUERY_TOO_DEEP");
  }, 30_000);
});

describe("aliases, root fields, directives, tokens", () => {
  const aliased = (n: number, field = `articles(first: 1, filter: { text: "summit" }) { totalCount }`) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

  it("1,000 aliases of a full-text filter are refused by the token limit", async () => {
    const answer = await postQuery(http, aliased(1_000));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_TOKENS");
    expect(db.statements).toEqual([]);
  });

  it("4,900 aliases are refused by the alias limit when the token limit is lifted", async () => {
    const answer = await postQuery(open, aliased(4_900));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_MANY_ALIASES", found: 4_900, maxAliases: 30 });
    expect(db.statements).toEqual([]);
  }, 30_000);

  it("more aliases than the limit are refused; the limit itself is allowed", async () => {
    const over = await postQuery(http, aliased(31, "articles(first: 1) { totalCount }"));
    expect(over.status).toBe(400);
    expect(over.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_ALIASES");
    const at = await postQuery(http, aliased(20, "articles(first: 1) { totalCount }"));
    expect(at.status).toBe(200);
    expect(at.body.data.a19.totalCount).toBe(3);
  });

  it("more top-level fields than MAX_ROOT_FIELDS are refused", async () => {
    const answer = await postQuery(http, `{ ${Array.from({ length: 21 }, () => "articles(first: 1) { totalCount }").join(" ")} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_MANY_ROOT_FIELDS", rootFields: 21, maxRootFields: 20 });
  });

  it("more directives than the limit are refused", async () => {
    const answer = await postQuery(http, `{ articles(first: 1) { totalCount ${"@include(if: true) ".repeat(21)} } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_DIRECTIVES");
  });

  it("introspection that nests lists beyond what tools ask for is refused; the standard one passes", async () => {
    const bomb = await postQuery(http, `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`);
    expect(bomb.status).toBe(400);
    expect(bomb.body.errors[0].extensions.code).toBe("INTROSPECTION_TOO_DEEP");
    const { getIntrospectionQuery } = await import("graphql");
    const standard = await postQuery(http, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(standard.status).toBe(200);
    expect(standard.body.data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe("duplicate-argument bombs", () => {
  const duplicates = (n: number) => `{ articles(${"first: 1 ".repeat(n)}) { totalCount } }`;

  it("a 960 KB document with 240,000 duplicate arguments is refused fast with a small body", async () => {
    const doc = duplicates(120_000).replace(/first: 1 /g, "first: 1 first: 1 ").slice(0, 960_000) + ") { totalCount } }";
    expect(doc.length).toBeGreaterThan(900_000);
    const answer = await postQuery(http, doc);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("QUERY_TOO_MANY_TOKENS");
    expect(answer.text.length).toBeLessThan(2_000);
    expect(answer.ms).toBeLessThan(GENEROUS_MS);
  });

  it("without the token limit the answer stays small: few errors, few locations each", async () => {
    const answer = await postQuery(open, duplicates(20_000));
    expect(answer.status).toBe(400);
    expect(answer.body.errors.length).toBeLessThanOrEqual(20);
    for (const error of answer.body.errors) expect((error.locations ?? []).length).toBeLessThanOrEqual(5);
    expect(answer.text.length).toBeLessThan(10_000);
  }, 30_000);

  it("many distinct validation errors are capped, the last one saying how many were left out", async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `nope${i}`).join(" ");
    const answer = await postQuery(open, `{ ${fields} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.length).toBeLessThanOrEqual(21);
    expect(answer.text.length).toBeLessThan(10_000);
  });
});

describe("cost model", () => {
  const costOf = async (query: string) => {
    const { parse } = await import("graphql");
    const { operationComplexity } = await import("../../src/limits/complexity");
    const { buildSubgraph } = await import("../../src/schema");
    return operationComplexity((await buildSubgraph()).schema, parse(query), {}, undefined);
  };

  it("a full-text filter costs its weight, a short prefix more, wherever it sits", async () => {
    const { COST_WEIGHTS } = await import("../../src/limits/complexity");
    const plain = await costOf(`{ articles(first: 1) { edges { node { title } } } }`);
    const text = await costOf(`{ articles(first: 1, filter: { text: "summit" }) { edges { node { title } } } }`);
    const prefix = await costOf(`{ articles(first: 1, filter: { text: "su*" }) { edges { node { title } } } }`);
    expect(text - plain).toBe(COST_WEIGHTS.fullText);
    expect(prefix - text).toBe(COST_WEIGHTS.prefixByLength[2]);
    const quotes = await costOf(`{ quotes(first: 1, filter: { text: "summit" }) { totalCount } }`);
    expect(quotes).toBeGreaterThan(COST_WEIGHTS.fullText);
  });

  it("full-text filters cost what they cost: twenty aliases of a short prefix are over the budget", async () => {
    const doc = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: quotes(first: 100, filter: { text: "su*" }) { totalCount edges { node { text } } }`).join(" ")} }`;
    const answer = await postQuery(http, doc);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(db.statements).toEqual([]);
  });

  it("a one-letter prefix is refused by name before any SQL: it would match most of the index", async () => {
    const answer = await postQuery(http, `{ articles(first: 1, filter: { text: "s*" }) { totalCount } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.text" });
    const search = await postQuery(http, `query ($q: String!) { search(query: $q) { totalCount } }`, { q: "a*" });
    expect(search.status).toBe(400);
    expect(search.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "query" });
    expect(db.statements).toEqual([]);
  });

  it("search, coMentioned and nested pages are priced: an innocent-looking page of them is over the budget", async () => {
    const people = `{ people(first: 100) { edges { node { coMentioned(first: 10) { articleCount } quotes(first: 100) { totalCount } articles(first: 100) { totalCount } } } } }`;
    expect((await postQuery(http, people)).body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    const searches = `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: search(query: "summ*", first: 100) { totalCount edges { score } }`).join(" ")} }`;
    expect((await postQuery(http, searches)).body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(db.statements).toEqual([]);
  });

  it("ordinary pages stay well within the budget", async () => {
    const page = `{ articles(first: 100) { totalCount edges { node { title people { name } quotes { text speaker { name } } } } } }`;
    const answer = await postQuery(http, page);
    expect(answer.status).toBe(200);
    expect(answer.body.data.articles.totalCount).toBe(3);
  });
});

describe("wall-clock budget", () => {
  it("a request still running at its deadline is stopped with REQUEST_TIMEOUT (503)", async () => {
    const slow = await startHttpServer(db, { limits: { timeoutMs: 0 } });
    try {
      const answer = await postQuery(slow, `{ articles(first: 5) { edges { node { title people { name } } } } }`);
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions).toMatchObject({ code: "REQUEST_TIMEOUT", timeoutMs: 0 });
      expect(answer.text.length).toBeLessThan(5_000);
    } finally {
      await slow.close();
    }
  });

  it("stops before the next SQL statement, not only before the next field", async () => {
    const { createContext } = await import("../../src/context");
    const context = createContext(db.prisma, {}, undefined, undefined, 0);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await expect(context.prisma.article.count()).rejects.toMatchObject({ extensions: { code: "REQUEST_TIMEOUT" } });
  });
});

describe("request body", () => {
  it("a body over the limit answers 413 and closes the connection", async () => {
    const answer = await postRaw(http.url, JSON.stringify({ query: `{ articles { totalCount } }`, pad: "x".repeat(1_100_000) }));
    expect(answer.status).toBe(413);
    expect(answer.headers.get("connection")).toBe("close");
    const next = await postQuery(http, `{ articles { totalCount } }`);
    expect(next.status).toBe(200);
  });
});
