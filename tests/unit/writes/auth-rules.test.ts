import { parse, type OperationDefinitionNode } from "graphql";
import { ConfigError } from "../../../src/config";
import { DEFAULT_WRITE_CONFIG, loadWriteConfig } from "../../../src/auth/config";
import { scopesOf } from "../../../src/auth/jwt";
import { mutationPoints, requiredScope } from "../../../src/auth/plugin";
import { allows, parseScopes } from "../../../src/auth/scopes";
import { generateToken, hashToken, looksLikeApiToken } from "../../../src/auth/tokens";

const scopeOf = (source: string, requireReadKey = false) => {
  const document = parse(source);
  return requiredScope(document, document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode, requireReadKey);
};

describe("scopes", () => {
  it("admin includes write, write includes read", () => {
    expect(allows(new Set(["admin"] as const), "write")).toBe(true);
    expect(allows(new Set(["write"] as const), "read")).toBe(true);
    expect(allows(new Set(["write"] as const), "admin")).toBe(false);
    expect(allows(new Set(["read"] as const), "write")).toBe(false);
    expect(allows(new Set(), "read")).toBe(false);
  });

  it("parses lists and names an unknown scope", () => {
    expect(parseScopes("write,read  admin")).toEqual(["read", "write", "admin"]);
    expect(() => parseScopes("read, delete")).toThrow('unknown scope "delete"');
  });
});

describe("requiredScope", () => {
  it("write for ingest and corrections, admin for merges and deletes (through fragments too)", () => {
    expect(scopeOf("mutation { ingestDocuments(input: []) { added } }")).toBe("write");
    expect(scopeOf("mutation { correctQuote(input: { quoteId: \"x\" }) { quote { id } } renamePerson(input: { id: \"x\", name: \"y\" }) { person { id } } }")).toBe("write");
    expect(scopeOf("mutation { a: correctQuote(input: { quoteId: \"x\" }) { quote { id } } ...F } fragment F on Mutation { mergePeople(input: { into: \"a\", people: [] }) { mergedPersonIds } }")).toBe("admin");
    expect(scopeOf("mutation { deleteArticle(id: \"x\") { deletedArticleId } }")).toBe("admin");
    expect(scopeOf("mutation { somethingNew }")).toBe("admin");
  });

  it("nothing for reads unless closed; auditLog admin; introspection and _service always open", () => {
    expect(scopeOf("{ people { totalCount } }")).toBeNull();
    expect(scopeOf("{ people { totalCount } }", true)).toBe("read");
    expect(scopeOf("{ auditLog { totalCount } }")).toBe("admin");
    expect(scopeOf("{ __schema { types { name } } _service { sdl } }", true)).toBeNull();
  });
});

describe("mutationPoints", () => {
  const points = (source: string, variables?: Record<string, unknown>) => {
    const document = parse(source);
    return mutationPoints(document, document.definitions[0] as OperationDefinitionNode, variables);
  };
  it("one per root field, one per document of ingestDocuments", () => {
    expect(points('mutation { renamePerson(input: { id: "a", name: "b" }) { person { id } } }')).toBe(1);
    expect(points('mutation { a: renamePerson(input: { id: "a", name: "b" }) { person { id } } b: deleteQuote(id: "q") { deletedQuoteId } }')).toBe(2);
    expect(points('mutation { ingestDocuments(input: [{ text: "a" }, { text: "b" }, { text: "c" }]) { added } }')).toBe(3);
    expect(points("mutation I($d: [IngestDocumentInput!]!) { ingestDocuments(input: $d) { added } }", { d: [{}, {}] })).toBe(2);
  });
});

describe("tokens", () => {
  it("are 256 random bits after the prefix, stored as their SHA-256", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^nk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(looksLikeApiToken(a)).toBe(true);
    expect(looksLikeApiToken("eyJhbGciOi.eyJzdWIi.c2ln")).toBe(false);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
  });

  it("JWT scopes come from `scope` (space-separated) or `scp` (a list); unknown ones are dropped", () => {
    expect(scopesOf({ scope: "read write openid" })).toEqual(["read", "write"]);
    expect(scopesOf({ scp: ["admin", "email"] })).toEqual(["admin"]);
    expect(scopesOf({})).toEqual([]);
  });
});

describe("loadWriteConfig", () => {
  it("defaults: reads open, no JWT, 60 mutations a minute in process, 20 documents a call", () => {
    expect(loadWriteConfig({})).toEqual({ ...DEFAULT_WRITE_CONFIG, rateLimit: { ...DEFAULT_WRITE_CONFIG.rateLimit, keyPrefix: "content-mutations" } });
  });

  it("reads every variable", () => {
    const config = loadWriteConfig({
      REQUIRE_READ_KEY: "true",
      JWT_JWKS_URL: "https://id.example/.well-known/jwks.json",
      JWT_ISSUER: "https://id.example",
      JWT_AUDIENCE: "content",
      REDIS_URL: "redis://127.0.0.1:6379",
      RATE_LIMIT_MUTATIONS: "5",
      RATE_LIMIT_WINDOW_SECONDS: "10",
      INGEST_MAX_DOCUMENTS: "3",
      INGEST_MAX_BATCH_BYTES: "1000",
      INGEST_MAX_DOCUMENT_BYTES: "500",
      INGEST_EXTRACT_BUDGET_MS: "250",
    });
    expect(config).toEqual({
      requireReadKey: true,
      jwt: { jwksFile: null, jwksUrl: "https://id.example/.well-known/jwks.json", issuer: "https://id.example", audience: "content" },
      rateLimit: { points: 5, windowSeconds: 10, redisUrl: "redis://127.0.0.1:6379", keyPrefix: "content-mutations" },
      ingest: { maxDocuments: 3, maxBatchBytes: 1000, maxDocumentBytes: 500, extractBudgetMs: 250 },
    });
  });

  it("names the variable of a bad value", () => {
    expect(() => loadWriteConfig({ REQUIRE_READ_KEY: "maybe" })).toThrow(new ConfigError('REQUIRE_READ_KEY must be true or false (got "maybe")'));
    expect(() => loadWriteConfig({ INGEST_MAX_DOCUMENTS: "0" })).toThrow("INGEST_MAX_DOCUMENTS must be an integer between 1 and 1000");
    expect(() => loadWriteConfig({ JWT_JWKS_FILE: "a.json", JWT_JWKS_URL: "https://x" })).toThrow("set JWT_JWKS_FILE or JWT_JWKS_URL, not both");
    expect(() => loadWriteConfig({ REDIS_URL: "localhost:6379" })).toThrow("REDIS_URL must be a redis:// URL");
  });
});
