import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { type Context, createContext } from "./context";
import type { PrismaClient } from "./db/client";
import { projectRoot } from "./db/migrate";
import { describeArgumentErrors } from "./errors";
import { createRequestHandler } from "./http";
import { landingPagePlugin } from "./landing/plugin";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, queryLimitsPlugin } from "./limits/plugin";
import { loadExampleOperations } from "./operations/examples";
import type { OperationManifest } from "./persisted/manifest";
import { safelistCache, safelistPlugin } from "./persisted/safelist";
import { buildSubgraph } from "./schema";

/** The example operations, one per file; Apollo Sandbox opens with all of them, the first one selected. */
export const OPERATIONS_DIR = path.join(projectRoot(), "schema", "operations");
const FIRST_OPERATION = "who-said-what.graphql";

/** The example operations as one document, FIRST_OPERATION first. */
export function exampleOperations(): string {
  const files = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith(".graphql"));
  files.sort((a, b) => Number(b === FIRST_OPERATION) - Number(a === FIRST_OPERATION) || a.localeCompare(b));
  return files.map((f) => fs.readFileSync(path.join(OPERATIONS_DIR, f), "utf8").trim()).join("\n\n") + "\n";
}

export interface AppServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** A fresh per-request context, as HTTP requests get: use it with apollo.executeOperation. */
  createContext(): Context;
  /** Starts listening (port 0 picks a free one); resolves to the GraphQL URL. */
  listen(port: number): Promise<string>;
  /** Stops accepting requests and drains the ones in flight. The Prisma client stays open. */
  stop(): Promise<void>;
}

/**
 * Argument validation errors name the arguments. Errors that are not GraphQLErrors raised on purpose
 * (bad input, validation) are logged in full and reach the client only as "Internal server error".
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const { message, argumentName } = describeArgumentErrors(original.extensions.validationErrors as []);
    return { ...formatted, message, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", argumentName } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
  console.error(original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

export interface ServerOptions {
  /** Depth and cost limits per operation (default DEFAULT_QUERY_LIMITS). */
  limits?: QueryLimits;
  /** Safelist mode (PERSISTED_OPERATIONS_ONLY): run only these operations. Default: any operation, with APQ. */
  safelist?: OperationManifest;
}

/** Builds the Apollo subgraph server on `prisma` and its HTTP server, without listening. */
export async function createServer(prisma: PrismaClient, options: ServerOptions = {}): Promise<AppServer> {
  const { schema } = await buildSubgraph();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError,
    // APQ: Apollo's in-memory cache by default; in safelist mode the manifest, read-only.
    ...(options.safelist ? { persistedQueries: { cache: safelistCache(options.safelist) } } : {}),
    plugins: [
      ...(options.safelist ? [safelistPlugin(options.safelist)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
      // Federated tracing: a request with header `apollo-federation-include-trace: ftv1` (as a gateway or
      // router sends when it reports usage) gets its trace in `extensions.ftv1`. Error messages in the
      // trace are masked: any client may ask for one, and it is built from the unformatted errors.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      // Apollo Sandbox with the example operations; a plain explorer of them when Sandbox cannot load.
      landingPagePlugin(loadExampleOperations()),
    ],
  });
  await apollo.start();
  const contextFor = () => createContext(prisma);
  const checkDatabase = async () => {
    await prisma.$queryRaw`SELECT 1`;
  };
  httpServer.on("request", createRequestHandler(apollo, contextFor, checkDatabase));

  return {
    apollo,
    httpServer,
    createContext: contextFor,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          resolve(`http://localhost:${actual}/graphql`);
        });
      }),
    stop: () => apollo.stop(),
  };
}
