import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { type Context, createContext, type RequestInfo } from "./context";
import type { PrismaClient } from "./db/client";
import { projectRoot } from "./db/migrate";
import { describeArgumentErrors } from "./errors";
import { createRequestHandler } from "./http";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, queryLimitsPlugin } from "./limits/plugin";
import { buildSubgraph } from "./schema";
// Writes (issue 11): credentials, scopes, rate limits.
import { DEFAULT_WRITE_CONFIG, type WriteConfig } from "./auth/config";
import { createJwtVerifier } from "./auth/jwt";
import { authPlugin } from "./auth/plugin";
import { createRateLimiter } from "./ratelimit/limiter";
import { workerExtractRunner } from "./services/extract-runner";

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
  /** A fresh per-request context, as HTTP requests get (with their Authorization header): use it with apollo.executeOperation. */
  createContext(request?: RequestInfo): Context;
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
  /** Keys, JWTs, rate limits and ingest bounds of the write API (default DEFAULT_WRITE_CONFIG: reads open, API keys only). */
  writes?: WriteConfig;
}

/** Builds the Apollo subgraph server on `prisma` and its HTTP server, without listening. */
export async function createServer(prisma: PrismaClient, options: ServerOptions = {}): Promise<AppServer> {
  const { schema } = await buildSubgraph();
  const writes = options.writes ?? DEFAULT_WRITE_CONFIG;
  const limiter = createRateLimiter(writes.rateLimit);
  const verifyJwt = writes.jwt ? createJwtVerifier(writes.jwt) : null;
  const extractor = workerExtractRunner();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(options.limits ?? DEFAULT_QUERY_LIMITS),
      authPlugin({ prisma, verifyJwt, limiter, requireReadKey: writes.requireReadKey }),
      // Federated tracing: a request with header `apollo-federation-include-trace: ftv1` (as a gateway or
      // router sends when it reports usage) gets its trace in `extensions.ftv1`. Error messages in the
      // trace are masked: any client may ask for one, and it is built from the unformatted errors.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        document: exampleOperations(),
        footer: false,
      }),
    ],
  });
  await apollo.start();
  const contextFor = (request: RequestInfo = {}) => createContext(prisma, request, writes.ingest, extractor);
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
    stop: async () => {
      await apollo.stop();
      await limiter.close();
      await extractor.close();
    },
  };
}
