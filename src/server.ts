import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { type Context, createContext, type RequestInfo } from "./context";
import type { PrismaClient } from "./db/client";
import { createErrorFormatter } from "./error-format";
import { prismaReadinessCheck, readinessCheck } from "./health";
import { createRequestHandler } from "./http";
import { landingPagePlugin } from "./landing/plugin";
import { EXAMPLES_DIR, loadExampleOperations } from "./operations/examples";
import type { OperationManifest } from "./persisted/manifest";
import { safelistCache, safelistPlugin } from "./persisted/safelist";
import { limitsApolloOptions } from "./limits";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./limits/plugin";
import { buildSubgraph } from "./schema";
// Writes (issue 11): credentials, scopes, rate limits.
import { DEFAULT_WRITE_CONFIG, type WriteConfig } from "./auth/config";
import { createJwtVerifier } from "./auth/jwt";
import { authPlugin } from "./auth/plugin";
import { createRateLimiter } from "./ratelimit/limiter";
import { workerExtractRunner } from "./services/extract-runner";
// Issues 9 and 13: heavy SQLite reads off the event loop.
import { sqliteSourceOf } from "./db/client";
import { isPostgres } from "./db/dialect";
import { createReadPool, DEFAULT_READ_WORKERS } from "./db/read-pool";
import { createOperationPool } from "./offload/operation-pool";
import { DEFAULT_OFFLOAD_MIN_COST, offloadPlugin, relayingStringify } from "./offload/plugin";

/** The folder of the example operations (schema/operations). */
export const OPERATIONS_DIR = EXAMPLES_DIR;

/** The example operations as one document, the first example first (see loadExampleOperations). */
export function exampleOperations(): string {
  return loadExampleOperations().map((example) => example.document.trim()).join("\n\n") + "\n";
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

export interface ServerOptions {
  /** Safelist mode (PERSISTED_OPERATIONS_ONLY): run only these operations. Default: any operation, with APQ. */
  safelist?: OperationManifest;
  /** Per-operation limits (each defaults to DEFAULT_QUERY_LIMITS). */
  limits?: Partial<QueryLimits>;
  /** Schema introspection (default true). */
  introspection?: boolean;
  /** Apollo Sandbox for browsers on GET /graphql (default true). */
  landingPage?: boolean;
  /** Stack traces in error responses (default false; main.ts sets it for NODE_ENV=development only). */
  stacktrace?: boolean;
  /** Origins allowed by CORS (default none). */
  corsOrigins?: readonly string[];
  /** The SQLite file behind `prisma`, for /ready's file checks; without it /ready reads through `prisma`. */
  databaseFile?: string;
  /**
   * SQLite: worker threads for search and text-filtered lists, each with its own read-only connection
   * (READ_WORKERS, default DEFAULT_READ_WORKERS; 0 runs them on the event loop). Started at the first such
   * statement, stopped by stop(). PostgreSQL: unused.
   */
  readWorkers?: number;
  /**
   * SQLite: worker threads that execute whole the queries estimated at `offloadMinCost` or more, each with
   * its own server and database client (OPERATION_WORKERS; default 0 here, main.ts starts 1). Started with
   * the server (building one takes seconds), stopped by stop(). PostgreSQL: unused.
   */
  operationWorkers?: number;
  /** Estimated cost from which a query runs on an operation worker (OFFLOAD_MIN_COST, default DEFAULT_OFFLOAD_MIN_COST). */
  offloadMinCost?: number;
  /** Keys, JWTs, rate limits and ingest bounds of the write API (default DEFAULT_WRITE_CONFIG: reads open, API keys only). */
  writes?: WriteConfig;
}

/** Builds the Apollo subgraph server on `prisma` and its HTTP server, without listening. */
export async function createServer(prisma: PrismaClient, options: ServerOptions = {}): Promise<AppServer> {
  const { schema } = await buildSubgraph();
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const introspection = options.introspection ?? true;
  const guard = limitsApolloOptions(schema, limits, { introspection });
  const writes = options.writes ?? DEFAULT_WRITE_CONFIG;
  const limiter = createRateLimiter(writes.rateLimit);
  const verifyJwt = writes.jwt ? createJwtVerifier(writes.jwt) : null;
  const extractor = workerExtractRunner();
  const sqlite = isPostgres(prisma) ? null : sqliteSourceOf(prisma);
  const readWorkers = options.readWorkers ?? DEFAULT_READ_WORKERS;
  const readPool =
    sqlite && readWorkers > 0
      ? createReadPool(sqlite.file, { size: readWorkers, busyTimeoutMs: sqlite.busyTimeoutMs, onQuery: sqlite.onQuery && ((sql) => sqlite.onQuery!(sql, "primary")) })
      : null;
  const operationWorkers = options.operationWorkers ?? 0;
  const operationPool =
    sqlite && operationWorkers > 0
      ? createOperationPool({ databaseUrl: `file:${sqlite.file}`, limits, stacktrace: options.stacktrace ?? false }, operationWorkers)
      : null;
  operationPool?.prestart();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection,
    // APQ: Apollo's in-memory cache by default; in safelist mode the manifest, read-only.
    ...(options.safelist ? { persistedQueries: { cache: safelistCache(options.safelist) } } : {}),
    includeStacktraceInErrorResponses: options.stacktrace ?? false,
    // Apollo's own serialisation, except for answers an operation worker wrote (src/offload/plugin.ts).
    stringifyResult: relayingStringify,
    formatError: createErrorFormatter({ stacktrace: options.stacktrace ?? false }),
    parseOptions: guard.parseOptions,
    validationRules: guard.validationRules,
    validationOptions: guard.validationOptions,
    plugins: [
      ...(options.safelist ? [safelistPlugin(options.safelist)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No @cacheControl hints anywhere: Apollo's default cache-control plugin only cost a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...guard.plugins,
      ...(operationPool ? [offloadPlugin(operationPool, options.offloadMinCost ?? DEFAULT_OFFLOAD_MIN_COST)] : []),
      authPlugin({ prisma, verifyJwt, limiter, requireReadKey: writes.requireReadKey }),
      // Federated tracing: a request with header `apollo-federation-include-trace: ftv1` (as a gateway or
      // router sends when it reports usage) gets its trace in `extensions.ftv1`. Error messages in the
      // trace are masked: any client may ask for one, and it is built from the unformatted errors.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      options.landingPage === false
        ? ApolloServerPluginLandingPageDisabled()
        : // Apollo Sandbox with the example operations; a plain explorer of them when Sandbox cannot load.
          landingPagePlugin(loadExampleOperations()),
    ],
  });
  await apollo.start();
  const contextFor = (request: RequestInfo = {}) => createContext(prisma, request, writes.ingest, extractor, limits.timeoutMs, readPool, limits.searchCandidates);
  const ready = options.databaseFile ? readinessCheck(options.databaseFile) : prismaReadinessCheck(prisma);
  const handle = createRequestHandler(apollo, contextFor, ready, { corsOrigins: options.corsOrigins });
  // Requests still being handled: stop() lets them finish before it closes what they use (the pools). Apollo's
  // drain can end first: a request whose body was still arriving, or whose client half-closed, is not waited for.
  const inFlight = new Set<Promise<void>>();
  httpServer.on("request", (req, res) => {
    const handled: Promise<void> = handle(req, res).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });

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
      await Promise.allSettled([...inFlight]);
      await limiter.close();
      await extractor.close();
      await readPool?.close();
      await operationPool?.close();
    },
  };
}
