import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { createPrismaClient } from "./db/client";
import { migrateDatabase } from "./db/migrate";
import { loadOperationManifest } from "./persisted/manifest";
import { createServer } from "./server";

/**
 * `npm start`: migrate the database (when a migration is pending), load documents/ when it holds no
 * article yet, serve GraphQL on http://localhost:PORT/graphql until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // Read before anything else: a bad manifest file stops start-up with a message naming it.
  const safelist = config.persistedOperationsOnly || config.persistedOperationsFile
    ? loadOperationManifest(config.persistedOperationsFile)
    : undefined;
  migrateDatabase(config.databaseUrl);
  const prisma = createPrismaClient(config.databaseUrl);
  if ((await prisma.article.count()) === 0) {
    // Loaded only when needed: extraction's word lists and gazetteers take ~0.6 s to load.
    const { formatSummary, seedDocuments } = await import("./ingest/seed");
    const summary = await seedDocuments(prisma, [config.documentsDir], {
      onError: (message) => console.error(`seed error: ${message}`),
    });
    console.log(formatSummary(summary));
  }
  const server = await createServer(prisma, {
    limits: { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity },
    safelist: config.persistedOperationsOnly ? safelist : undefined,
  });
  if (config.persistedOperationsOnly) {
    console.log(`safelist mode (PERSISTED_OPERATIONS_ONLY): ${safelist!.byId.size} listed documents; any other operation is refused`);
  } else if (safelist) {
    console.log("PERSISTED_OPERATIONS_FILE is valid but not enforced: set PERSISTED_OPERATIONS_ONLY=true to run only its operations");
  }
  const url = await server.listen(config.port);
  console.log(`GraphQL subgraph ready at ${url} (health: ${url.replace(/\/graphql$/, "/health")})`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await server.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
