import { runKeys } from "../../src/auth/cli/keys";
import { findApiKey } from "../../src/auth/api-keys";
import { hashToken } from "../../src/auth/tokens";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// `npm run keys -- create|list|revoke` against a real database: the token is shown once, only its hash is stored.

let db: TestDatabase;

beforeAll(() => {
  db = createTestDatabase();
});

afterAll(() => db.drop());

async function keys(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKeys(argv, db.prisma, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("keys CLI", () => {
  it("creates a key and prints its token once; the database holds only its SHA-256", async () => {
    const { code, out } = await keys("create", "--name", "wire feed", "--scopes", "write");
    expect(code).toBe(0);
    expect(out[0]).toBe('created key 1 "wire feed" with scopes write');
    const token = /token \(shown only now; store it safely\): (nk_\S+)$/.exec(out[1])![1];
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: 1 } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await findApiKey(db.prisma, token)).toMatchObject({ id: 1, scopes: ["write"], revoked: false });
  });

  it("lists keys without tokens, and revokes one", async () => {
    await keys("create", "--name=editors", "--scopes=read,write,admin");
    const listed = await keys("list");
    expect(listed.out).toHaveLength(2);
    expect(listed.out[1]).toMatch(/^2\tnk_\S{6}…\tread write admin\t\S+\tactive\teditors$/);
    expect(await keys("revoke", "2")).toMatchObject({ code: 0, out: ["revoked key 2: requests with it now answer UNAUTHENTICATED"] });
    expect((await keys("list")).out[1]).toMatch(/\trevoked \S+\teditors$/);
    expect(await keys("revoke", "9")).toMatchObject({ code: 1, err: ["no key 9"] });
  });

  it("answers usage errors with exit code 2", async () => {
    expect((await keys()).code).toBe(2);
    expect((await keys("create", "--name", "x")).code).toBe(2);
    expect((await keys("create", "--name", "x", "--scopes", "root")).err[0]).toContain('unknown scope "root"');
    expect((await keys("revoke", "abc")).code).toBe(2);
    expect((await keys("rotate")).err[0]).toContain("unknown command rotate");
  });
});
