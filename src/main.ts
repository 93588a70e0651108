import "reflect-metadata";
import { loadConfig } from "./config";
import { createPrismaClient } from "./db/client";
import { migrateDatabase } from "./db/migrate";
import { isPostgresUrl, sqliteFilePath } from "./db/url";
import { loadOperationManifest } from "./persisted/manifest";
import { createServer } from "./server";
import { describeStartupError } from "./startup-errors";
import { loadWriteConfig } from "./auth/config";

/**
 * `npm start`: migrate the database (when a migration is pending), load documents/ when it holds no
 * article yet, serve GraphQL on http://localhost:PORT/graphql. SIGTERM/SIGINT stop accepting connections,
 * let the requests in flight finish (at most SHUTDOWN_TIMEOUT_MS), close the database and exit 0. Any
 * start-up failure prints one line with its cause and fix and exits 1.
 */
async function main(): Promise<void> {
  // Before the server listens there is nothing to drain: every stored document is its own transaction.
  const early = (signal: string) => () => {
    console.log(`${signal} during start-up: exiting`);
    process.exit(0);
  };
  process.once("SIGINT", early("SIGINT"));
  process.once("SIGTERM", early("SIGTERM"));

  const config = loadConfig();
  // Read before anything else: a bad manifest file stops start-up with a message naming it.
  const safelist = config.persistedOperationsOnly || config.persistedOperationsFile
    ? loadOperationManifest(config.persistedOperationsFile)
    : undefined;
  const writes = loadWriteConfig();
  migrateDatabase(config.databaseUrl);
  const prisma = createPrismaClient(config.databaseUrl, { readUrl: config.databaseReadUrl });
  if ((await prisma.article.count()) === 0) {
    // Loaded only when needed: extraction's word lists and gazetteers take ~0.6 s to load.
    const { formatSummary, seedDocuments } = await import("./ingest/seed");
    const summary = await seedDocuments(prisma, [config.documentsDir], {
      maxDocumentBytes: config.maxDocumentBytes,
      onError: (message) => console.error(`seed error: ${message}`),
    });
    console.log(formatSummary(summary));
  }
  const server = await createServer(prisma, {
    limits: config.limits,
    introspection: config.introspection,
    landingPage: config.landingPage,
    stacktrace: config.stacktrace,
    corsOrigins: config.corsOrigins,
    // PostgreSQL: /ready reads through the service's own client (a server has no file to check).
    databaseFile: isPostgresUrl(config.databaseUrl) ? undefined : sqliteFilePath(config.databaseUrl),
    safelist: config.persistedOperationsOnly ? safelist : undefined,
    writes,
    readWorkers: config.readWorkers,
    operationWorkers: config.operationWorkers,
    offloadMinCost: config.offloadMinCost,
  });
  if (config.persistedOperationsOnly) {
    console.log(`safelist mode (PERSISTED_OPERATIONS_ONLY): ${safelist!.byId.size} listed documents; any other operation is refused`);
  } else if (safelist) {
    console.log("PERSISTED_OPERATIONS_FILE is valid but not enforced: set PERSISTED_OPERATIONS_ONLY=true to run only its operations");
  }
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");

  const shutdown = async (signal: string) => {
    console.log(`${signal}: draining requests in flight, then exiting`);
    const force = setTimeout(() => {
      console.error(`shutdown: requests still running after ${config.shutdownTimeoutMs} ms; closing them`);
      server.httpServer.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      await server.stop();
      await prisma.$disconnect();
    } finally {
      clearTimeout(force);
    }
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const url = await server.listen(config.port);
  console.log(`GraphQL subgraph ready at ${url} (health: ${url.replace(/\/graphql$/, "/health")}, readiness: ${url.replace(/\/graphql$/, "/ready")})`);
}

main().catch((error) => {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = loadConfig().databaseUrl;
  } catch {
    databaseUrl = undefined;
  }
  console.error(describeStartupError(error, databaseUrl));
  process.exit(1);
});
