import net from "node:net";
import { DEFAULT_WRITE_CONFIG, type WriteConfig } from "../../src/auth/config";
import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createToken } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

// Mutations are rate limited per key: in process by default, in Redis with REDIS_URL (shared by every
// instance). Past the budget: RATE_LIMITED, HTTP 429 and Retry-After; other keys and reads are not affected.

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const RENAME = `mutation Rename($id: ID!, $name: String!) { renamePerson(input: { id: $id, name: $name }) { person { name } } }`;

let db: TestDatabase;
const servers: RunningServer[] = [];

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 1);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await db?.drop();
});

async function serve(rateLimit: WriteConfig["rateLimit"]): Promise<RunningServer> {
  const server = await startHttpServer(db, { writes: { ...DEFAULT_WRITE_CONFIG, rateLimit } });
  servers.push(server);
  return server;
}

/** Sends `n` renames with `token` and returns their HTTP statuses and the last response. */
async function renames(server: RunningServer, token: string, n: number) {
  const statuses: number[] = [];
  let last: Awaited<ReturnType<RunningServer["post"]>> | null = null;
  for (let i = 0; i < n; i++) {
    last = await server.post(RENAME, { id: toGlobalId("Person", 2), name: `Sam Lee${i % 2 ? "1" : " One"}` }, { authorization: `Bearer ${token}` });
    statuses.push(last.status);
  }
  return { statuses, last: last! };
}

function expectLimited(response: Awaited<ReturnType<RunningServer["post"]>>, windowSeconds: number) {
  expect(response.status).toBe(429);
  expect(response.body.errors[0].extensions.code).toBe("RATE_LIMITED");
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(response.body.errors[0].extensions.retryAfter).toBe(retryAfter);
}

describe("rate limits in process", () => {
  it("allows the budget, then answers 429 with Retry-After; another key and reads go on", async () => {
    const server = await serve({ points: 3, windowSeconds: 60, redisUrl: null });
    const token = await createToken(db.prisma, ["write"]);
    const { statuses, last } = await renames(server, token, 5);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expectLimited(last, 60);
    const other = await createToken(db.prisma, ["write"]);
    expect((await renames(server, other, 1)).statuses).toEqual([200]);
    expect((await server.post("{ people { totalCount } }", undefined, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("counts each document of an ingestDocuments call", async () => {
    const server = await serve({ points: 3, windowSeconds: 60, redisUrl: null });
    const token = await createToken(db.prisma, ["write"]);
    const ingest = `mutation I($input: [IngestDocumentInput!]!) { ingestDocuments(input: $input) { added unchanged } }`;
    const doc = (n: number) => ({ date: "2024-05-01", source: "Rate Times", body: `Mayor Ana Ruiz spoke, item ${n}. "We are ready," Ruiz said.` });
    const first = await server.post(ingest, { input: [doc(1), doc(2)] }, { authorization: `Bearer ${token}` });
    expect(first.status).toBe(200);
    const second = await server.post(ingest, { input: [doc(3), doc(4)] }, { authorization: `Bearer ${token}` });
    expectLimited(second, 60);
    expect(await db.prisma.article.count({ where: { source: "Rate Times" } })).toBe(2);
  });

  it("starts again after the window", async () => {
    const server = await serve({ points: 1, windowSeconds: 1, redisUrl: null });
    const token = await createToken(db.prisma, ["write"]);
    expect((await renames(server, token, 2)).statuses).toEqual([200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await renames(server, token, 1)).statuses).toEqual([200]);
  });
});

/** Whether Redis answers at REDIS_URL within 500 ms. */
function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => {
      socket.write("PING\r\n");
      socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
    });
  });
}

describe("rate limits in Redis", () => {
  let reachable = false;
  beforeAll(async () => {
    reachable = await redisReachable(REDIS_URL);
    if (!reachable) console.warn(`skipping the Redis rate-limit test: no Redis at ${REDIS_URL} (set TEST_REDIS_URL)`);
  });

  it("shares one budget between two instances on the same Redis", async () => {
    if (!reachable) return;
    const rateLimit = { points: 3, windowSeconds: 60, redisUrl: REDIS_URL, keyPrefix: `test-${process.pid}-${Date.now()}` };
    const a = await serve(rateLimit);
    const b = await serve(rateLimit);
    const token = await createToken(db.prisma, ["write"]);
    expect((await renames(a, token, 2)).statuses).toEqual([200, 200]);
    const { statuses, last } = await renames(b, token, 2);
    expect(statuses).toEqual([200, 429]);
    expectLimited(last, 60);
  });
});
