import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { createPrismaClient } from "./db/client";
import { migrateDatabase } from "./db/migrate";
import { formatSummary, seedDocuments } from "./ingest/seed";
import { createServer } from "./server";
import { loadWriteConfig } from "./auth/config";

/**
 * `npm start`: migrate the database, load documents/ when it holds no article yet, serve GraphQL on
 * http://localhost:PORT/graphql until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const writes = loadWriteConfig();
  migrateDatabase(config.databaseUrl);
  const prisma = createPrismaClient(config.databaseUrl);
  if ((await prisma.article.count()) === 0) {
    const summary = await seedDocuments(prisma, [config.documentsDir], {
      onError: (message) => console.error(`seed error: ${message}`),
    });
    console.log(formatSummary(summary));
  }
  const server = await createServer(prisma, {
    limits: { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity },
    writes,
  });
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
