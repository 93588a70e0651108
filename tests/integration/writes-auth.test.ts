import fs from "node:fs";
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
import { revokeApiKey } from "../../src/auth/api-keys";
import { DEFAULT_WRITE_CONFIG, type WriteConfig } from "../../src/auth/config";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createToken } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

// Every auth outcome over real HTTP: no credentials, a wrong scope, unknown, revoked and malformed keys,
// JWTs (valid, expired, wrong audience, wrong signer), closed reads, and that tokens never reach the logs.

const RENAME = `mutation Rename($id: ID!, $name: String!) { renamePerson(input: { id: $id, name: $name }) { person { id name } } }`;
const MERGE = `mutation Merge($into: ID!, $people: [ID!]!) { mergePeople(input: { into: $into, people: $people }) { person { name } } }`;
const PEOPLE = `{ people(first: 5) { totalCount } }`;

let db: TestDatabase;
let http: RunningServer;
let closedReads: RunningServer;
let jwksDir: string;
let signingKey: SigningKey;
let otherKey: SigningKey;
let personId: string;
let secondPersonId: string;

async function jwt(claims: Record<string, unknown>, options: { expiresIn?: string | number; key?: SigningKey; audience?: string } = {}) {
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", kid: "test-key" })
    .setIssuer("https://issuer.test")
    .setAudience(options.audience ?? "content-api")
    .setSubject("editor@example.org")
    .setIssuedAt(Math.floor(Date.now() / 1000) - 3600);
  token.setExpirationTime(options.expiresIn ?? "10m");
  return token.sign(options.key ?? signingKey);
}

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 2);
  const people = await db.prisma.person.findMany({ orderBy: { id: "asc" } });
  const { toGlobalId } = await import("../../src/services/global-id");
  personId = toGlobalId("Person", people[1].id);
  secondPersonId = toGlobalId("Person", people[2].id);

  const pair = await generateKeyPair("ES256");
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair("ES256")).privateKey;
  jwksDir = fs.mkdtempSync(path.join(os.tmpdir(), "jwks-"));
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
  fs.writeFileSync(path.join(jwksDir, "jwks.json"), JSON.stringify({ keys: [jwk] }));
  const writes: WriteConfig = {
    ...DEFAULT_WRITE_CONFIG,
    jwt: { jwksFile: path.join(jwksDir, "jwks.json"), jwksUrl: null, issuer: "https://issuer.test", audience: "content-api" },
  };
  http = await startHttpServer(db, { writes });
  closedReads = await startHttpServer(db, { writes: { ...writes, requireReadKey: true } });
});

afterAll(async () => {
  await http?.close();
  await closedReads?.close();
  await db?.drop();
  fs.rmSync(jwksDir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("mutations need credentials", () => {
  it("answers UNAUTHENTICATED (401) without an Authorization header, and changes nothing", async () => {
    const { status, body } = await http.post(RENAME, { id: personId, name: "Nobody Changed" });
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(body.data).toBeUndefined();
    expect(await db.prisma.person.count({ where: { name: "Nobody Changed" } })).toBe(0);
  });

  it("answers FORBIDDEN (403) for a read key on a mutation, and for a write key on an admin mutation", async () => {
    const read = await createToken(db.prisma, ["read"]);
    const rename = await http.post(RENAME, { id: personId, name: "Read Only" }, bearer(read));
    expect(rename.status).toBe(403);
    expect(rename.body.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", requiredScope: "write" });

    const write = await createToken(db.prisma, ["write"]);
    const merge = await http.post(MERGE, { into: personId, people: [secondPersonId] }, bearer(write));
    expect(merge.status).toBe(403);
    expect(merge.body.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", requiredScope: "admin" });
    expect(await db.prisma.person.count({ where: { id: { in: [2, 3] } } })).toBe(2);
  });

  it("accepts a write key for a write mutation (and admin includes write)", async () => {
    const write = await createToken(db.prisma, ["write"]);
    const ok = await http.post(RENAME, { id: personId, name: "Samuel Lee" }, bearer(write));
    expect(ok.status).toBe(200);
    expect(ok.body.data.renamePerson.person.name).toBe("Samuel Lee");
    const admin = await createToken(db.prisma, ["admin"]);
    const again = await http.post(RENAME, { id: personId, name: "Sam Lee1" }, bearer(admin));
    expect(again.body.data.renamePerson.person.name).toBe("Sam Lee1");
  });

  it("answers UNAUTHENTICATED for a revoked key, an unknown key and a header that is not Bearer", async () => {
    const token = await createToken(db.prisma, ["write"], "to revoke");
    expect((await http.post(RENAME, { id: personId, name: "Sam Lee1" }, bearer(token))).status).toBe(200);
    const key = await db.prisma.apiKey.findFirstOrThrow({ where: { name: "to revoke" } });
    await revokeApiKey(db.prisma, key.id);
    const revoked = await http.post(RENAME, { id: personId, name: "Revoked Change" }, bearer(token));
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors[0]).toMatchObject({ message: "This API key has been revoked.", extensions: { code: "UNAUTHENTICATED" } });

    const unknown = await http.post(RENAME, { id: personId, name: "Unknown Change" }, bearer(`nk_${"x".repeat(43)}`));
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].message).toBe("Unknown API key.");

    const basic = await http.post(RENAME, { id: personId, name: "Basic Change" }, { authorization: "Basic dXNlcjpwYXNz" });
    expect(basic.status).toBe(401);
    expect(basic.headers["www-authenticate"]).toContain("Bearer");
    expect(await db.prisma.person.count({ where: { name: { endsWith: "Change" } } })).toBe(0);
  });

  it("an invalid key is refused even on an open read (clients learn their key is bad)", async () => {
    const { status, body } = await http.post(PEOPLE, undefined, bearer(`nk_${"y".repeat(43)}`));
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("JWTs verified against the configured JWKS", () => {
  it("accepts a valid token; its `scope` claim gives the scopes and its subject is the actor", async () => {
    const token = await jwt({ scope: "read write" });
    const { status, body } = await http.post(RENAME, { id: personId, name: "Sam Lee One" }, bearer(token));
    expect(status).toBe(200);
    expect(body.data.renamePerson.person.name).toBe("Sam Lee One");
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "renamePerson" }, orderBy: { id: "desc" } });
    expect(entry.actor).toBe("jwt:editor@example.org");
  });

  it("answers UNAUTHENTICATED for an expired token", async () => {
    const token = await jwt({ scope: "write" }, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const { status, body } = await http.post(RENAME, { id: personId, name: "Expired Change" }, bearer(token));
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: "Invalid token: the token has expired.", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("answers UNAUTHENTICATED for another audience or a signer not in the JWKS", async () => {
    const audience = await http.post(RENAME, { id: personId, name: "Aud Change" }, bearer(await jwt({ scope: "write" }, { audience: "other" })));
    expect(audience.status).toBe(401);
    expect(audience.body.errors[0].message).toContain("aud");
    const signer = await http.post(RENAME, { id: personId, name: "Signer Change" }, bearer(await jwt({ scope: "write" }, { key: otherKey })));
    expect(signer.status).toBe(401);
    expect(signer.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("answers FORBIDDEN for a valid token without the scope", async () => {
    const { status, body } = await http.post(MERGE, { into: personId, people: [secondPersonId] }, bearer(await jwt({ scope: "read write" })));
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("JWTs verified against a JWKS URL", () => {
  it("fetches the key set from JWT_JWKS_URL and accepts a token signed by one of its keys", async () => {
    const jwks = fs.readFileSync(path.join(jwksDir, "jwks.json"), "utf8");
    let fetched = 0;
    const keyServer = createHttpServer((_req, res) => {
      fetched++;
      res.writeHead(200, { "content-type": "application/json" }).end(jwks);
    });
    await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
    const jwksUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json`;
    const viaUrl = await startHttpServer(db, {
      writes: { ...DEFAULT_WRITE_CONFIG, jwt: { jwksFile: null, jwksUrl, issuer: "https://issuer.test", audience: "content-api" } },
    });
    try {
      const ok = await viaUrl.post(RENAME, { id: personId, name: "Sam Lee1" }, bearer(await jwt({ scope: "write" })));
      expect(ok.status).toBe(200);
      expect(ok.body.data.renamePerson.person.name).toBe("Sam Lee1");
      const expired = await viaUrl.post(RENAME, { id: personId, name: "Late" }, bearer(await jwt({ scope: "write" }, { expiresIn: 1 })));
      expect(expired.status).toBe(401);
      expect(fetched).toBe(1); // cached
    } finally {
      await viaUrl.close();
      keyServer.close();
    }
  });
});

describe("reads", () => {
  it("are open by default", async () => {
    const { status, body } = await http.post(PEOPLE);
    expect(status).toBe(200);
    expect(body.data.people.totalCount).toBeGreaterThan(0);
  });

  it("need a read key with REQUIRE_READ_KEY; introspection and _service stay open", async () => {
    const closed = await closedReads.post(PEOPLE);
    expect(closed.status).toBe(401);
    expect(closed.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const read = await createToken(db.prisma, ["read"]);
    const open = await closedReads.post(PEOPLE, undefined, bearer(read));
    expect(open.status).toBe(200);
    expect(open.body.data.people.totalCount).toBeGreaterThan(0);
    expect((await closedReads.post("{ __schema { queryType { name } } }")).status).toBe(200);
    expect((await closedReads.post("{ _service { sdl } }")).status).toBe(200);
  });

  it("auditLog needs admin", async () => {
    const query = "{ auditLog(first: 1) { totalCount } }";
    expect((await http.post(query)).status).toBe(401);
    expect((await http.post(query, undefined, bearer(await createToken(db.prisma, ["write"])))).status).toBe(403);
    const admin = await http.post(query, undefined, bearer(await createToken(db.prisma, ["admin"])));
    expect(admin.status).toBe(200);
    expect(admin.body.data.auditLog.totalCount).toBeGreaterThan(0);
  });
});

describe("keys never appear in logs", () => {
  it("is true of failing requests too: nothing logged contains the token", async () => {
    const token = await createToken(db.prisma, ["write"]);
    const logged: string[] = [];
    const spies = (["log", "error", "warn", "info"] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" "))),
    );
    try {
      await http.post(RENAME, { id: "not an id", name: "X" }, bearer(token));
      await http.post(`mutation { renamePerson(input: { id: "${personId}", name: "" }) { person { name } } }`, undefined, bearer(token));
      await http.post(MERGE, { into: personId, people: [personId] }, bearer(token));
      await http.post(PEOPLE, undefined, bearer(`${token}x`));
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(logged.join("\n")).not.toContain(token.slice(3));
    const stored = await db.prisma.apiKey.findMany();
    expect(stored.every((k) => !k.tokenHash.includes(token) && k.tokenHash.length === 64)).toBe(true);
  });
});
