import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, print } from "graphql";
import { projectRoot } from "../../src/db/migrate";
import { seedDocuments } from "../../src/ingest/seed";
import { loadExampleOperations } from "../../src/operations/examples";
import { loadOperationManifest, sha256Hex } from "../../src/persisted/manifest";
import type { ServerOptions } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

// Automatic persisted queries (APQ) as README documents them, and the safelist mode
// (PERSISTED_OPERATIONS_ONLY) that runs only the operations of schema/operations and a manifest file.

interface GraphQLBody {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: { persistedQuery: { version: number; sha256Hash: string } };
}

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const whoSaidWhat = loadExampleOperations().find((e) => e.file === "who-said-what.graphql")!;

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = createTestDatabase();
  const summary = await seedDocuments(db.prisma, [path.join(projectRoot(), "documents")]);
  expect(summary.failed).toBe(0);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "persisted-"));
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function client(http: RunningServer) {
  return {
    async post(body: GraphQLBody) {
      const response = await fetch(http.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as any };
    },
    /** A GET as CDNs cache it: the hash in `extensions`, no document. */
    async get(params: Record<string, unknown>) {
      const search = new URLSearchParams(
        Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v)]),
      );
      const response = await fetch(`${http.url}?${search}`, { headers: { "apollo-require-preflight": "true" } });
      return { status: response.status, body: (await response.json()) as any };
    },
  };
}

async function withServer(options: ServerOptions, run: (c: ReturnType<typeof client>) => Promise<void>) {
  const http = await startHttpServer(db, options);
  try {
    await run(client(http));
  } finally {
    await http.close();
  }
}

describe("automatic persisted queries (default mode)", () => {
  const query = "query Titles { articles { edges { node { title source } } } }";
  const hash = sha256Hex(query);

  it("answers an unknown hash PERSISTED_QUERY_NOT_FOUND, runs the document sent with it, then the hash alone", () =>
    withServer({}, async (c) => {
      const miss = await c.post({ extensions: persisted(hash) });
      expect(miss.status).toBe(200);
      expect(miss.body).toEqual({
        errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
      });

      const register = await c.post({ query, extensions: persisted(hash) });
      expect(register.status).toBe(200);
      const article = await db.prisma.article.findFirstOrThrow();
      expect(register.body).toEqual({ data: { articles: { edges: [{ node: { title: article.title, source: article.source } }] } } });

      const hit = await c.post({ extensions: persisted(hash) });
      expect(hit).toEqual(register);
      const viaGet = await c.get({ extensions: persisted(hash) });
      expect(viaGet).toEqual(register);
    }));

  it("refuses a hash that is not the document's sha256", () =>
    withServer({}, async (c) => {
      const wrong = await c.post({ query, extensions: persisted(sha256Hex("something else")) });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].message).toBe("provided sha does not match query");
    }));

  it("still runs any operation", () =>
    withServer({}, async (c) => {
      expect(await c.post({ query: "{ articles { totalCount } }" })).toEqual({ status: 200, body: { data: { articles: { totalCount: 1 } } } });
    }));
});

describe("safelist mode (PERSISTED_OPERATIONS_ONLY)", () => {
  const safelist = () => loadOperationManifest();

  it("runs an example operation sent as the file's text, or as graphql-js prints it, with any variables", () =>
    withServer({ safelist: safelist() }, async (c) => {
      const asFile = await c.post({ query: whoSaidWhat.document });
      expect(asFile.status).toBe(200);
      expect(asFile.body.errors).toBeUndefined();
      expect(asFile.body.data.articles.totalCount).toBe(1);

      const printed = await c.post({ query: print(parse(whoSaidWhat.document)), variables: { first: 1 } });
      expect(printed.status).toBe(200);
      expect(printed.body.data.articles.edges).toHaveLength(1);
    }));

  it("runs an example operation from its sha256 hash alone, without the APQ round trip, by POST and GET", () =>
    withServer({ safelist: safelist() }, async (c) => {
      const byHash = await c.post({ extensions: persisted(sha256Hex(whoSaidWhat.document)) });
      expect(byHash.status).toBe(200);
      const article = await db.prisma.article.findFirstOrThrow();
      expect(byHash.body.data.articles.edges[0].node.title).toBe(article.title);
      const viaGet = await c.get({ extensions: persisted(sha256Hex(print(parse(whoSaidWhat.document)))), variables: { first: 1 } });
      expect(viaGet.status).toBe(200);
      expect(viaGet.body.data.articles.edges[0].node.title).toBe(article.title);
    }));

  it("refuses any other document with 400 PERSISTED_QUERY_NOT_IN_LIST before any SQL runs", () =>
    withServer({ safelist: safelist() }, async (c) => {
      for (const query of [
        "{ articles { totalCount } }",
        whoSaidWhat.document.replace("first: Int = 5", "first: Int = 100"),
        whoSaidWhat.document + " ", // not the listed text
        "{ __schema { types { name } } }",
        "{ nonsense(",
      ]) {
        db.statements.length = 0;
        const refused = await c.post({ query });
        expect(refused.status).toBe(400);
        expect(refused.body.data).toBeUndefined();
        expect(refused.body.errors).toHaveLength(1);
        expect(refused.body.errors[0].extensions).toEqual({ code: "PERSISTED_QUERY_NOT_IN_LIST" });
        expect(refused.body.errors[0].message).toMatch(/only the operations of its safelist/);
        expect(db.statements).toEqual([]);
      }
    }));

  it("refuses an unknown hash with 400 PERSISTED_QUERY_NOT_IN_LIST, and registers nothing", () =>
    withServer({ safelist: safelist() }, async (c) => {
      const query = "{ articles { totalCount } }";
      const unknown = await c.post({ extensions: persisted(sha256Hex(query)) });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
      const register = await c.post({ query, extensions: persisted(sha256Hex(query)) });
      expect(register.status).toBe(400);
      const again = await c.post({ extensions: persisted(sha256Hex(query)) });
      expect(again.status).toBe(400);
      expect(again.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
      const odd = await c.post({ extensions: { persistedQuery: { version: 1, sha256Hash: 42 as unknown as string } } });
      expect(odd.status).toBe(400);
    }));

  it("adds the operations of PERSISTED_OPERATIONS_FILE, by document, by sha256 id and by a custom id", () => {
    const extra = "query ArticleCount { articles { totalCount } }";
    const custom = "query Sources { articles { edges { node { source } } } }";
    const file = path.join(dir, "manifest.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [
          { id: sha256Hex(extra), body: extra, name: "ArticleCount", type: "query" },
          { id: "sources-v1", body: custom, name: "Sources", type: "query" },
        ],
      }),
    );
    return withServer({ safelist: loadOperationManifest(file) }, async (c) => {
      expect(await c.post({ query: extra })).toEqual({ status: 200, body: { data: { articles: { totalCount: 1 } } } });
      expect(await c.post({ extensions: persisted(sha256Hex(extra)) })).toEqual({ status: 200, body: { data: { articles: { totalCount: 1 } } } });
      const article = await db.prisma.article.findFirstOrThrow();
      const sources = { status: 200, body: { data: { articles: { edges: [{ node: { source: article.source } }] } } } };
      expect(await c.post({ extensions: persisted("sources-v1") })).toEqual(sources);
      expect(await c.post({ query: custom })).toEqual(sources);
      // The examples stay listed.
      expect((await c.post({ query: whoSaidWhat.document })).status).toBe(200);
      expect((await c.post({ query: "{ articles { totalCount } }" })).status).toBe(400);
    });
  });
});
