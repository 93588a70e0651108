import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// auditLog (admin only) pages through every change, newest first, both ways, with who, when, what,
// and the changed fields before and after; filters by actor, operation and target.

const RENAME = `mutation R($id: ID!, $name: String!) { renamePerson(input: { id: $id, name: $name }) { person { name } } }`;
const LOG = `query L($first: Int, $after: String, $last: Int, $before: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    edges { cursor node { id at actor operation targetType targetId before after } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

let db: TestDatabase;
let server: AppServer;
let admin: string;
let editor: string;
let editorKey: number;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 1);
  server = await createServer(db.prisma);
  admin = await createToken(db.prisma, ["admin"], "admin");
  editor = await createToken(db.prisma, ["write"], "editor");
  editorKey = (await db.prisma.apiKey.findFirstOrThrow({ where: { name: "editor" } })).id;
  const sam = toGlobalId("Person", 2);
  for (const name of ["Sam Lee", "Samuel Lee", "Sam Lee1", "S. Lee", "Sam Lee1"]) dataOf(await executeAs(server, editor, RENAME, { id: sam, name }));
  dataOf(await executeAs(server, admin, RENAME, { id: toGlobalId("Person", 1), name: "Jane A. Doe" }));
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe("auditLog", () => {
  it("lists changes newest first with actor, operation, target and the changed fields", async () => {
    const log = dataOf(await executeAs(server, admin, LOG, { first: 2 })).auditLog;
    expect(log.totalCount).toBe(6);
    const [newest, previous] = log.edges.map((e: { node: unknown }) => e.node);
    expect(newest).toMatchObject({
      operation: "renamePerson",
      targetType: "Person",
      targetId: toGlobalId("Person", 1),
      before: { name: "Jane Doe" },
      after: { name: "Jane A. Doe" },
    });
    expect(newest.actor).toMatch(/^key:\d+$/);
    expect(previous).toMatchObject({ actor: `key:${editorKey}`, before: { name: "S. Lee" }, after: { name: "Sam Lee1" } });
    expect(Date.parse(newest.at)).toBeGreaterThanOrEqual(Date.parse(previous.at));
    expect(newest.id).toBeGreaterThan(previous.id);
    expect(log.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it("pages forward without skipping or repeating, and backward", async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await executeAs(server, admin, LOG, { first: 4, after })).auditLog;
      seen.push(...page.edges.map((e: { node: { id: number } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    const last = dataOf(await executeAs(server, admin, LOG, { last: 2 })).auditLog;
    expect(last.edges.map((e: { node: { id: number } }) => e.node.id)).toEqual(seen.slice(-2));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it("filters by actor, operation and target", async () => {
    const byEditor = dataOf(await executeAs(server, admin, LOG, { filter: { actor: `key:${editorKey}` } })).auditLog;
    expect(byEditor.totalCount).toBe(5);
    const byTarget = dataOf(await executeAs(server, admin, LOG, { filter: { targetId: toGlobalId("Person", 1), operation: "renamePerson" } })).auditLog;
    expect(byTarget.totalCount).toBe(1);
    expect(dataOf(await executeAs(server, admin, LOG, { filter: { operation: "mergePeople" } })).auditLog.totalCount).toBe(0);
  });

  it("is closed to keys without admin", async () => {
    const result = await executeAs(server, editor, LOG, { first: 1 });
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(result.data).toBeUndefined();
  });
});
