import { createPrismaClient } from "../src/db/client";
import { isPostgresUrl } from "../src/db/url";
import { migrateDatabase } from "../src/db/migrate";
import { loadConfig } from "../src/config";
import { progressBar } from "../src/ingest/progress";
import { formatSummary, seedDocuments } from "../src/ingest/seed";
import { describeStartupError } from "../src/startup-errors";

function loadConfigSafely(): string | undefined {
  try {
    return loadConfig().databaseUrl;
  } catch {
    return undefined;
  }
}

/** How long one statement of the seed waits for another writer's lock, in ms. */
const SEED_BUSY_TIMEOUT_MS = 5_000;

const USAGE = [
  "usage: npm run seed -- [--reextract] [PATH...]   (PATH: .txt or .jsonl file, or folder; default documents/)",
  "       npm run seed -- --enqueue [PATH...]       PostgreSQL: one job per document for `npm run worker`",
  "       npm run seed -- --status                  PostgreSQL: the queue's progress and failures",
].join("\n");

const OPTIONS = new Set(["--reextract", "--enqueue", "--status"]);

/** `--enqueue` and `--status`: the job queue on PostgreSQL (pg-boss). Loaded only then. */
async function queueCommand(databaseUrl: string, command: "--enqueue" | "--status", paths: string[], maxDocumentBytes: number): Promise<number> {
  if (!isPostgresUrl(databaseUrl)) {
    console.error(`${command} needs a PostgreSQL DATABASE_URL (postgresql://…): the job queue lives in PostgreSQL. On SQLite, run \`npm run seed\` to store the documents directly`);
    return 2;
  }
  migrateDatabase(databaseUrl);
  const { startQueue } = await import("../src/ingest/queue/boss");
  const boss = await startQueue(databaseUrl, { supervise: false, onError: (e) => console.error(`queue error: ${e.message}`) });
  try {
    if (command === "--status") {
      const { formatQueueStatus, queueStatus } = await import("../src/ingest/queue/status");
      console.log(formatQueueStatus(await queueStatus(boss)));
      return 0;
    }
    const { enqueueDocuments, formatEnqueueSummary } = await import("../src/ingest/queue/enqueue");
    const summary = await enqueueDocuments(boss, paths, { maxDocumentBytes, onError: (m) => console.error(`error: ${m}`) });
    console.log(formatEnqueueSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/**
 * `npm run seed -- [--reextract] [PATH...]`: applies migrations, then loads the documents in PATHs
 * (default documents/). Exits 1 when any document failed (the others are stored all the same), 2 for
 * an unknown option. `--enqueue` (PostgreSQL) puts them on the job queue instead, `--status` prints its
 * progress.
 */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.find((arg) => arg.startsWith("-") && !OPTIONS.has(arg));
  if (unknown) {
    console.error(`unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const reextract = argv.includes("--reextract");
  const modes = ["--enqueue", "--status"].filter((option) => argv.includes(option)) as ("--enqueue" | "--status")[];
  if (modes.length > 1 || (modes.length === 1 && reextract)) {
    console.error(`${[...modes, ...(reextract ? ["--reextract"] : [])].join(" and ")} cannot be combined\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const given = argv.filter((arg) => !OPTIONS.has(arg));
  const paths = given.length > 0 ? given : [config.documentsDir];
  if (modes[0] === "--status" && given.length > 0) {
    console.error(`--status takes no PATH\n${USAGE}`);
    return 2;
  }
  if (modes.length === 1) return queueCommand(config.databaseUrl, modes[0], paths, config.maxDocumentBytes);
  migrateDatabase(config.databaseUrl);
  // A concurrent seed may hold the write lock for a document's transaction: wait for it (the CLI may block).
  const prisma = createPrismaClient(config.databaseUrl, { busyTimeoutMs: SEED_BUSY_TIMEOUT_MS });
  try {
    const summary = await seedDocuments(prisma, paths, {
      reextract,
      maxDocumentBytes: config.maxDocumentBytes,
      onProgress: progressBar(process.stderr),
      onError: (message) => process.stderr.write(`${process.stderr.isTTY ? "\n" : ""}error: ${message}\n`),
    });
    console.log(formatSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`seed failed: ${describeStartupError(error, loadConfigSafely())}`);
      process.exit(1);
    },
  );
}
