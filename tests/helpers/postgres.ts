import { spawnSync } from "node:child_process";

/**
 * PostgreSQL for the tests. `TEST_DATABASE=postgres` (or a TEST_POSTGRES_URL) runs the suite's databases on
 * PostgreSQL: global-setup.ts migrates one template database per run and every test file gets a fresh
 * database copied from it (CREATE DATABASE … TEMPLATE, ~0.1 s). TEST_POSTGRES_URL names the server and an
 * existing database to connect to for that (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Whether this run puts the suite's databases on PostgreSQL. */
export function testOnPostgres(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^postgres(ql)?$/i.test(env.TEST_DATABASE?.trim() ?? "") || Boolean(env.TEST_POSTGRES_URL?.trim());
}

/** The URL global-setup connects to in order to create databases. */
export function adminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_URL?.trim() || DEFAULT_TEST_POSTGRES_URL;
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Runs SQL statements on the server of `url` from a child process, synchronously (test helpers create
 * databases where jest expects a synchronous setup). Returns null on success, else pg's error message.
 */
export function runSqlSync(url: string, statements: string[], timeoutMs = 30_000): string | null {
  const code = `
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.env.SQL_URL, connectionTimeoutMillis: 3000 });
    (async () => {
      await client.connect();
      for (const sql of JSON.parse(process.env.SQL_STATEMENTS)) await client.query(sql);
    })().then(() => client.end(), (e) => { process.stderr.write(String(e.message)); process.exitCode = 1; return client.end().catch(() => {}); });`;
  const result = spawnSync(process.execPath, ["-e", code], {
    cwd: __dirname,
    env: { ...process.env, SQL_URL: url, SQL_STATEMENTS: JSON.stringify(statements) },
    encoding: "utf8",
    timeout: timeoutMs,
  });
  if (result.status === 0) return null;
  return (result.stderr || result.error?.message || "no answer").trim().slice(0, 300) || "failed";
}

/**
 * The name prefix of this run's per-file databases (the run is named by global-setup.ts), so that
 * global-teardown.ts drops any a test file left behind (a file that timed out before its afterAll).
 */
export function testDatabasePrefix(): string {
  return `content_test_${process.env.TEST_POSTGRES_RUN ?? "x"}_`;
}

/** Why PostgreSQL cannot be used by the tests (not reachable), or null when it can. Set by global-setup.ts. */
export function postgresUnavailable(): string | null {
  return process.env.TEST_POSTGRES_UNAVAILABLE ?? null;
}

/**
 * A fresh, fully migrated PostgreSQL database for one test file, copied from the run's template; null (and
 * the reason in postgresUnavailable()) when PostgreSQL is not reachable here.
 */
export function createPostgresDatabase(): { url: string; name: string } | null {
  const template = process.env.TEST_POSTGRES_TEMPLATE;
  if (!template) return null;
  const name = `${testDatabasePrefix()}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = adminUrl();
  const error = runSqlSync(admin, [`CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
  if (error) throw new Error(`cannot create the test database ${name} from ${template}: ${error}`);
  return { url: withDatabase(admin, name), name };
}

/** Drops a database createPostgresDatabase made (its clients must be disconnected). */
export function dropPostgresDatabase(name: string): void {
  runSqlSync(adminUrl(), [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}

/**
 * `describe` for tests that need PostgreSQL whatever the run's engine (replicas, workers): skipped with the
 * reason printed when PostgreSQL is not reachable, except under CI=true or TEST_DATABASE=postgres, where the
 * missing server fails the run in global-setup.ts instead.
 */
export const describePostgres: jest.Describe = ((name: string, fn: () => void) => {
  const reason = postgresUnavailable();
  if (reason || !process.env.TEST_POSTGRES_TEMPLATE) {
    console.warn(`skipped "${name}": it needs PostgreSQL (${reason ?? "no template database"}); set TEST_POSTGRES_URL or start PostgreSQL on 127.0.0.1:5432`);
    return describe.skip(name, fn);
  }
  return describe(name, fn);
}) as unknown as jest.Describe;

/**
 * `describe` for tests of the SQLite file itself (corruption, WAL, preflight, the FTS5 migration): skipped on a
 * PostgreSQL run, saying why.
 */
export const describeSqliteFile: jest.Describe = ((name: string, fn: () => void) => {
  if (testOnPostgres()) {
    console.warn(`skipped "${name}" on PostgreSQL: it tests the SQLite database file`);
    return describe.skip(name, fn);
  }
  return describe(name, fn);
}) as unknown as jest.Describe;
