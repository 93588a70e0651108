import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describePostgres } from "../helpers/postgres";
import { createPostgresTestDatabase, type TestDatabase } from "../helpers/database";
import { runTs, type Finished } from "../helpers/processes";

// Ingestion across processes on the PostgreSQL job queue: `seed --enqueue` puts one job per document,
// `worker` processes store them. A worker killed with SIGKILL in the middle of the batch leaves its jobs
// active; they expire (QUEUE_JOB_TIMEOUT_SECONDS) and two other workers, racing, finish the batch: every
// document is stored exactly once, and the new person every document quotes is one Person.

const DOCUMENTS = 80;
const FAST = { QUEUE_JOB_TIMEOUT_SECONDS: "2", QUEUE_MAINTENANCE_SECONDS: "1", QUEUE_POLL_SECONDS: "0.5" };

/** A document in the seed format quoting the same new person, Mara Voss, as every other one. */
function document(i: number): string {
  const day = String((i % 28) + 1).padStart(2, "0");
  return (
    `date 2024-06-${day} Harbour Herald - The ferry workers of berth ${i} met on Monday. ` +
    `"We will keep berth ${i} open through the winter," union chair Mara Voss said. ` +
    `Harbour master Ilse Varberg${i} noted that the berth ${i} budget was approved, and the council agreed.`
  );
}

let db: TestDatabase;
let dir: string;
let env: Record<string, string>;

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const jobStates = async () => {
  const rows = await db.prisma.$queryRawUnsafe<{ state: string; n: number }[]>(
    `SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-document' GROUP BY state`,
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])) as Record<string, number | undefined>;
};

describePostgres("workers on the PostgreSQL job queue", () => {
  beforeAll(() => {
    db = createPostgresTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "queue-docs-"));
    for (let i = 1; i <= DOCUMENTS; i++) fs.writeFileSync(path.join(dir, `berth-${String(i).padStart(3, "0")}.txt`), document(i));
    env = { DATABASE_URL: db.url, ...FAST };
  });

  afterAll(async () => {
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("enqueues one job per document", async () => {
    const run = await runTs("prisma/seed.ts", ["--enqueue", dir], env, 120_000);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`enqueued: ${DOCUMENTS} documents on queue ingest-document; 0 failed to read`);
    expect(run.code).toBe(0);
    expect((await jobStates()).created).toBe(DOCUMENTS);
  }, 120_000);

  it("stores every document exactly once after a worker is killed mid-batch, with one Person for the shared new name", async () => {
    const doomed = runTs("src/ingest/cli/worker.ts", ["--concurrency", "2"], env, 300_000);
    // Kill it while it holds jobs, once it has stored a few documents.
    await waitFor(async () => (await db.prisma.article.count()) >= 5 && ((await jobStates()).active ?? 0) >= 1, 120_000, "the first worker to store documents");
    process.kill(doomed.pid, "SIGKILL");
    const killed = await doomed;
    expect(killed.signal).toBe("SIGKILL");
    const atKill = await jobStates();
    expect(atKill.active ?? 0).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.article.count()).toBeLessThan(DOCUMENTS);

    const racers: Promise<Finished>[] = [1, 2].map(() => runTs("src/ingest/cli/worker.ts", ["--exit-when-idle"], env, 300_000));
    const finished = await Promise.all(racers);
    for (const run of finished) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/done: \d+ documents/);
    }
    const done = finished.map((run) => Number(/done: (\d+) documents/.exec(run.stdout)![1]));
    expect(done.every((n) => n > 0)).toBe(true); // both racers took jobs

    expect(await db.prisma.article.count()).toBe(DOCUMENTS);
    const externalIds = await db.prisma.article.findMany({ select: { externalId: true } });
    expect(new Set(externalIds.map((a) => a.externalId)).size).toBe(DOCUMENTS);
    // Each document's quote once (a retried document is skipped or replaced, never doubled).
    expect(await db.prisma.quote.count({ where: { speaker: { name: "Mara Voss" } } })).toBe(DOCUMENTS);
    expect(await db.prisma.person.count({ where: { name: "Mara Voss" } })).toBe(1);
    const states = await jobStates();
    expect(states).toEqual({ completed: DOCUMENTS });
  }, 300_000);

  it("--status prints the progress: every job completed, none failed", async () => {
    const run = await runTs("prisma/seed.ts", ["--status"], env, 60_000);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      `queue ingest-document: ${DOCUMENTS} jobs; ${DOCUMENTS} completed, 0 active, 0 waiting, 0 to retry, 0 failed, 0 cancelled`,
    );
  }, 60_000);

  it("--enqueue, --status and the worker refuse an SQLite database, saying why", async () => {
    const sqlite = { DATABASE_URL: `file:${path.join(dir, "x.db")}` };
    const enqueue = await runTs("prisma/seed.ts", ["--enqueue", dir], sqlite, 60_000);
    expect(enqueue.code).toBe(2);
    expect(enqueue.stderr).toMatch(/^--enqueue needs a PostgreSQL DATABASE_URL/);
    const worker = await runTs("src/ingest/cli/worker.ts", [], sqlite, 60_000);
    expect(worker.code).toBe(2);
    expect(worker.stderr).toMatch(/^npm run worker needs a PostgreSQL DATABASE_URL/);
  }, 120_000);
});
