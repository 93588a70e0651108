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
import { type Context, createContext } from "./context";
import type { PrismaClient } from "./db/client";
import { projectRoot } from "./db/migrate";
import { createRequestHandler } from "./http";
import { buildSubgraph } from "./schema";

/** The operation Apollo Sandbox opens with. */
const EXAMPLE_OPERATION = path.join(projectRoot(), "schema", "operations", "who-said-what.graphql");

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
 * Errors that are not GraphQLErrors raised on purpose (bad input, validation) are logged in full and
 * reach the client only as "Internal server error".
 */
function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
  console.error(original);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** Builds the Apollo subgraph server on `prisma` and its HTTP server, without listening. */
export async function createServer(prisma: PrismaClient): Promise<AppServer> {
  const { schema } = await buildSubgraph();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError: maskUnexpectedErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated tracing: a request with header `apollo-federation-include-trace: ftv1` (as a gateway or
      // router sends when it reports usage) gets its trace in `extensions.ftv1`. Error messages in the
      // trace are masked: any client may ask for one, and it is built from the unformatted errors.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        document: fs.readFileSync(EXAMPLE_OPERATION, "utf8"),
        footer: false,
      }),
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
