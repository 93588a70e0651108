import { createPrismaClient } from "../src/db/client";
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

const USAGE = "usage: npm run seed -- [--reextract] [PATH...]   (PATH: .txt or .jsonl file, or folder; default documents/)";

/**
 * `npm run seed -- [--reextract] [PATH...]`: applies migrations, then loads the documents in PATHs
 * (default documents/). Exits 1 when any document failed (the others are stored all the same), 2 for
 * an unknown option.
 */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.find((arg) => arg.startsWith("-") && arg !== "--reextract");
  if (unknown) {
    console.error(`unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const reextract = argv.includes("--reextract");
  const config = loadConfig();
  const given = argv.filter((arg) => arg !== "--reextract");
  const paths = given.length > 0 ? given : [config.documentsDir];
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
