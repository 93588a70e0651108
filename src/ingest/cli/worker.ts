import { loadConfig } from "../../config";
import { createPrismaClient } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { isPostgresUrl } from "../../db/url";
import { describeStartupError } from "../../startup-errors";
import { queueTimings, startQueue } from "../queue/boss";
import { queueStatus } from "../queue/status";
import { startIngestWorker } from "../queue/worker";

const USAGE = "usage: npm run worker -- [--concurrency N] [--exit-when-idle]   (PostgreSQL DATABASE_URL; jobs from `npm run seed -- --enqueue`)";

/** Most jobs one worker process holds at a time. */
const MAX_CONCURRENCY = 64;

interface WorkerArgs {
  concurrency: number;
  exitWhenIdle: boolean;
}

function parseArgs(argv: string[]): WorkerArgs | string {
  const args: WorkerArgs = { concurrency: 2, exitWhenIdle: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--exit-when-idle") args.exitWhenIdle = true;
    else if (arg === "--concurrency") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) return `--concurrency must be an integer between 1 and ${MAX_CONCURRENCY}`;
      args.concurrency = value;
    } else return `unknown option ${arg}`;
  }
  return args;
}

/**
 * `npm run worker`: takes documents off the PostgreSQL job queue (`npm run seed -- --enqueue`), extracts
 * and stores them, until SIGTERM/SIGINT (finishes the jobs in hand, then exits 0). Any number of workers
 * on any number of machines may run against one database. `--exit-when-idle` exits once the queue has no
 * job waiting or in a worker's hands (batch runs, benchmarks). Prints a line per 50 documents and a summary.
 */
async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  if (!isPostgresUrl(config.databaseUrl)) {
    console.error("npm run worker needs a PostgreSQL DATABASE_URL (postgresql://…): the job queue lives in PostgreSQL. On SQLite, run `npm run seed`");
    return 2;
  }
  const timings = queueTimings();
  migrateDatabase(config.databaseUrl);
  const prisma = createPrismaClient(config.databaseUrl, { poolSize: parsed.concurrency + 2 });
  const boss = await startQueue(config.databaseUrl, { supervise: true, timings, onError: (e) => console.error(`queue error: ${e.message}`) });
  const started = performance.now();
  const worker = await startIngestWorker(boss, prisma, {
    concurrency: parsed.concurrency,
    pollSeconds: timings.pollSeconds,
    onError: (message) => console.error(`error: ${message}`),
  });
  console.log(`worker ${process.pid} working queue ingest-document (${parsed.concurrency} at a time)`);
  let reported = 0;
  const progress = setInterval(() => {
    if (worker.stats.done - reported >= 50) {
      reported = worker.stats.done;
      console.log(`worker ${process.pid}: ${worker.stats.done} documents`);
    }
  }, 1000);

  const finished = new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("SIGINT", () => resolve());
    if (parsed.exitWhenIdle) {
      const check = setInterval(async () => {
        const { states } = await queueStatus(boss).catch(() => ({ states: null }));
        if (states && states.created + states.retry + states.active === 0) {
          clearInterval(check);
          resolve();
        }
      }, Math.max(500, timings.pollSeconds * 1000));
    }
  });
  await finished;
  clearInterval(progress);
  await worker.stop();
  await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  await prisma.$disconnect();
  const seconds = (performance.now() - started) / 1000;
  const s = worker.stats;
  console.log(
    `worker ${process.pid} done: ${s.done} documents (${s.added} added, ${s.updated} updated, ${s.skipped} skipped) in ${seconds.toFixed(1)} s, ` +
      `${(s.done / seconds).toFixed(1)} documents/s; ${s.errors} failed attempts`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      let url: string | undefined;
      try {
        url = loadConfig().databaseUrl;
      } catch {
        url = undefined;
      }
      console.error(`worker failed: ${describeStartupError(error, url)}`);
      process.exit(1);
    },
  );
}
