import path from "node:path";
import { ConfigError, loadConfig } from "../../src/config";
import { sqliteFilePath } from "../../src/db/url";

describe("loadConfig", () => {
  it("defaults to port 4000, the embedded SQLite file and documents/", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      databaseUrl: "file:./data/content.db",
      databaseReadUrl: null,
      documentsDir: path.resolve("documents"),
      maxQueryDepth: 12,
      maxQueryComplexity: 20000,
      persistedOperationsOnly: false,
      persistedOperationsFile: null,
      limits: {
        maxDepth: 12,
        maxComplexity: 20000,
        maxFields: 1000,
        maxRootFields: 20,
        maxAliases: 30,
        maxDirectives: 20,
        maxTokens: 3000,
        timeoutMs: 5000,
        searchCandidates: 2000,
      },
      corsOrigins: [],
      introspection: true,
      landingPage: true,
      stacktrace: false,
      maxDocumentBytes: 2_000_000,
      shutdownTimeoutMs: 10_000,
      readWorkers: 2,
      operationWorkers: 1,
      offloadMinCost: 5000,
    });
  });

  it("takes the operation workers from OPERATION_WORKERS and their threshold from OFFLOAD_MIN_COST, naming them when out of range", () => {
    expect(loadConfig({ OPERATION_WORKERS: "0" }).operationWorkers).toBe(0);
    expect(loadConfig({ OPERATION_WORKERS: "2", OFFLOAD_MIN_COST: "500" })).toMatchObject({ operationWorkers: 2, offloadMinCost: 500 });
    expect(() => loadConfig({ OPERATION_WORKERS: "9" })).toThrow(/OPERATION_WORKERS/);
    expect(() => loadConfig({ OFFLOAD_MIN_COST: "-1" })).toThrow(/OFFLOAD_MIN_COST/);
  });

  it("takes the read workers from READ_WORKERS (0 runs heavy reads on the event loop) and names it when out of range", () => {
    expect(loadConfig({ READ_WORKERS: "0" }).readWorkers).toBe(0);
    expect(loadConfig({ READ_WORKERS: "4" }).readWorkers).toBe(4);
    expect(() => loadConfig({ READ_WORKERS: "17" })).toThrow(/READ_WORKERS/);
    expect(() => loadConfig({ READ_WORKERS: "two" })).toThrow(/READ_WORKERS/);
  });

  it("takes search's ranked candidates per kind from SEARCH_CANDIDATES (0 ranks every match) and names it when unusable", () => {
    expect(loadConfig({ SEARCH_CANDIDATES: "500" }).limits.searchCandidates).toBe(500);
    expect(loadConfig({ SEARCH_CANDIDATES: "0" }).limits.searchCandidates).toBe(0);
    expect(() => loadConfig({ SEARCH_CANDIDATES: "-1" })).toThrow(/SEARCH_CANDIDATES/);
    expect(() => loadConfig({ SEARCH_CANDIDATES: "many" })).toThrow(/SEARCH_CANDIDATES/);
  });

  it("takes the safelist mode from PERSISTED_OPERATIONS_ONLY and PERSISTED_OPERATIONS_FILE", () => {
    expect(loadConfig({ PERSISTED_OPERATIONS_ONLY: "true", PERSISTED_OPERATIONS_FILE: "ops/manifest.json" })).toMatchObject({
      persistedOperationsOnly: true,
      persistedOperationsFile: path.resolve("ops/manifest.json"),
    });
    expect(loadConfig({ PERSISTED_OPERATIONS_ONLY: "0" }).persistedOperationsOnly).toBe(false);
    expect(loadConfig({ PERSISTED_OPERATIONS_ONLY: "TRUE" }).persistedOperationsOnly).toBe(true);
    expect(() => loadConfig({ PERSISTED_OPERATIONS_ONLY: "maybe" })).toThrow('PERSISTED_OPERATIONS_ONLY must be true or false (got "maybe")');
  });

  it("takes PORT, DATABASE_URL and DOCUMENTS_DIR from the environment", () => {
    const config = loadConfig({ PORT: "8080", DATABASE_URL: "file:/tmp/x.db", DOCUMENTS_DIR: "/data/docs" });
    expect(config).toMatchObject({ port: 8080, databaseUrl: "file:/tmp/x.db", documentsDir: "/data/docs" });
  });

  it("takes a PostgreSQL DATABASE_URL (postgres:// or postgresql://) and an optional DATABASE_READ_URL beside it", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://news@db.internal:5432/content" })).toMatchObject({
      databaseUrl: "postgresql://news@db.internal:5432/content",
      databaseReadUrl: null,
    });
    expect(loadConfig({ DATABASE_URL: "postgres://news:pw@db:5432/content", DATABASE_READ_URL: "postgres://news:pw@replica:5432/content" })).toMatchObject({
      databaseUrl: "postgres://news:pw@db:5432/content",
      databaseReadUrl: "postgres://news:pw@replica:5432/content",
    });
  });

  it("rejects other database URLs naming the variable, and a read replica of an SQLite file, never echoing a password", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://localhost/news" })).toThrow(
      'DATABASE_URL must be an SQLite file URL file:PATH, e.g. file:./data/content.db, or a PostgreSQL URL postgresql://USER@HOST:PORT/DATABASE (got "mysql://localhost/news")',
    );
    expect(() => loadConfig({ DATABASE_READ_URL: "postgresql://replica/news" })).toThrow(
      "DATABASE_READ_URL needs a PostgreSQL DATABASE_URL: an SQLite file has no read replicas",
    );
    const bad = () => loadConfig({ DATABASE_URL: "postgresql://db/news", DATABASE_READ_URL: "mysql://news:hunter2@replica/news" });
    expect(bad).toThrow(/^DATABASE_READ_URL must be a PostgreSQL URL/);
    expect(bad).not.toThrow(/hunter2/);
  });

  it("takes the query limits from MAX_QUERY_DEPTH and MAX_QUERY_COMPLEXITY", () => {
    expect(loadConfig({ MAX_QUERY_DEPTH: "8", MAX_QUERY_COMPLEXITY: "500" })).toMatchObject({ maxQueryDepth: 8, maxQueryComplexity: 500 });
    expect(() => loadConfig({ MAX_QUERY_DEPTH: "0" })).toThrow('MAX_QUERY_DEPTH must be an integer between 1 and 100 (got "0")');
  });

  it.each(["abc", "-1", "70000", "80.5"])("rejects PORT=%s naming the variable", (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(`PORT must be an integer between 0 and 65535 (got "${port}")`);
  });
});

describe("sqliteFilePath", () => {
  it("resolves a relative file: URL against the working directory", () => {
    expect(sqliteFilePath("file:./data/content.db", "/srv/app")).toBe("/srv/app/data/content.db");
    expect(sqliteFilePath("file:/var/db/c.db?connection_limit=1", "/srv/app")).toBe("/var/db/c.db");
  });

  it("rejects a URL that is not a SQLite file, naming DATABASE_URL", () => {
    expect(() => sqliteFilePath("postgresql://localhost/test")).toThrow(/DATABASE_URL must be a SQLite URL of the form file:PATH here/);
  });
});
