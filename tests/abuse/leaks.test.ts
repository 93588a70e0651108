/**
 * Abuse suite, nothing leaks (issue 9): no stack traces or server paths in answers unless
 * NODE_ENV=development, bounded error bodies, CORS off by default, introspection and the landing page
 * switchable by environment.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GraphQLError } from "graphql";
import { loadConfig } from "../../src/config";
import { createPrismaClient } from "../../src/db/client";
import { createErrorFormatter } from "../../src/error-format";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type RunningServer, startHttpServer } from "../helpers/http";
import { postQuery, postRaw } from "./helpers";

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

describe("stack traces", () => {
  it("are off unless NODE_ENV=development is set explicitly", () => {
    expect(loadConfig({}).stacktrace).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }).stacktrace).toBe(false);
    expect(loadConfig({ NODE_ENV: "test" }).stacktrace).toBe(false);
    expect(loadConfig({ NODE_ENV: "development" }).stacktrace).toBe(true);
  });

  it("no error answer carries one by default", async () => {
    for (const query of [`{ nope }`, `{ articles(first: 500) { totalCount } }`, `{ articles(`]) {
      const answer = await postQuery(http, query);
      expect(answer.text).not.toContain("stacktrace");
      expect(answer.text).not.toContain(process.cwd());
    }
  });

  it("development shows them", async () => {
    const dev = await startHttpServer(db, { stacktrace: true });
    try {
      const answer = await postQuery(dev, `{ nope }`);
      expect(answer.body.errors[0].extensions.stacktrace).toBeDefined();
    } finally {
      await dev.close();
    }
  });
});

describe("internal errors", () => {
  it("a database failure reaches the client as 'Internal server error', without its message or paths", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leak-"));
    const prisma = createPrismaClient(`file:${path.join(dir, "no-such-folder", "x.db")}`);
    const log: unknown[] = [];
    const broken = await startHttpServer({ prisma } as TestDatabase);
    const originalError = console.error;
    console.error = (...args: unknown[]) => log.push(args);
    try {
      const answer = await postQuery(broken, `{ articles(first: 1) { totalCount } }`);
      expect(answer.body.errors[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      expect(answer.text).not.toContain(dir);
      expect(answer.text).not.toMatch(/sqlite|prisma|\.ts|\.js/i);
      expect(log.length).toBeGreaterThan(0); // logged in full on the server
    } finally {
      console.error = originalError;
      await broken.close();
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("raw messages from plugins (no code) are masked too, not passed through", () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ stacktrace: false, log: (e) => logged.push(e) });
    const raw = new GraphQLError("ENOENT: open '/srv/app/secret.db'", { originalError: new Error("ENOENT: open '/srv/app/secret.db'") });
    const formatted = format({ message: raw.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, raw);
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
  });
});

describe("bounded error bodies", () => {
  it("a 900 KB body that is not JSON answers 400 with a short message", async () => {
    const answer = await postRaw(http.url, `{"query": "${"x".repeat(900_000)}`);
    expect(answer.status).toBe(400);
    expect(answer.text.length).toBeLessThan(1_000);
  });

  it("a long unknown path is not echoed in full", async () => {
    const response = await fetch(http.url.replace(/\/graphql$/, `/${"p".repeat(10_000)}`));
    expect(response.status).toBe(404);
    expect((await response.text()).length).toBeLessThan(1_000);
  });

  it("a 900 KB string argument does not come back", async () => {
    const answer = await postQuery(http, `query ($t: String) { articles(filter: { text: $t }) { totalCount } }`, { t: "w".repeat(900_000) });
    expect(answer.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(answer.text.length).toBeLessThan(2_000);
  });
});

describe("CORS", () => {
  it("is off by default: no access-control-allow-origin, whatever the origin", async () => {
    const response = await fetch(http.url, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CORS_ORIGINS allows the listed origins only", async () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:3000" }).corsOrigins).toEqual([
      "https://a.example",
      "http://localhost:3000",
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: "not an origin" })).toThrow(/CORS_ORIGINS/);
    const allowed = await startHttpServer(db, { corsOrigins: ["https://a.example"] });
    try {
      const preflight = await fetch(allowed.url, { method: "OPTIONS", headers: { origin: "https://a.example" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://a.example");
      const other = await fetch(allowed.url, { method: "OPTIONS", headers: { origin: "https://b.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await allowed.close();
    }
  });
});

describe("introspection and the landing page", () => {
  it("are on by default outside production, off in production, and switchable", () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, landingPage: true });
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true", LANDING_PAGE: "on" })).toMatchObject({
      introspection: true,
      landingPage: true,
    });
    expect(loadConfig({ INTROSPECTION: "false", LANDING_PAGE: "0" })).toMatchObject({ introspection: false, landingPage: false });
    expect(() => loadConfig({ INTROSPECTION: "maybe" })).toThrow(/INTROSPECTION must be true or false/);
  });

  it("off means no introspection, no Sandbox and no field suggestions", async () => {
    const closed = await startHttpServer(db, { introspection: false, landingPage: false });
    try {
      const introspection = await postQuery(closed, `{ __schema { types { name } } }`);
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const page = await fetch(closed.url, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toMatch(/sandbox/i);
      const typo = await postQuery(closed, `{ article { titl } }`);
      expect(typo.text).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });
});
