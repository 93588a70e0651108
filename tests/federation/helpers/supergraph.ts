import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { parse } from "graphql";

/** A subgraph as composition and the gateway see it: its name, URL and published SDL. */
export interface SubgraphDefinition {
  name: string;
  url: string;
  sdl: string;
}

/** Reads a running subgraph's SDL from `_service { sdl }` over HTTP, as Rover and the gateway do. */
export async function fetchSubgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const body = (await response.json()) as { data?: { _service: { sdl: string } }; errors?: unknown };
  if (!body.data) throw new Error(`${url} did not publish its SDL: ${JSON.stringify(body.errors)}`);
  return body.data._service.sdl;
}

/**
 * Composes subgraphs into a supergraph with `@apollo/composition`; throws with every composition
 * error (code and message) when they do not compose.
 */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    const lines = result.errors.map((error) => `${error.extensions.code}: ${error.message}`);
    throw new Error(`composition failed:\n${lines.join("\n")}`);
  }
  return result.supergraphSdl;
}

/** A running Apollo Gateway in front of the composed subgraphs. */
export interface RunningGateway {
  /** Where the gateway serves GraphQL over HTTP. */
  url: string;
  /** POSTs an operation to the gateway (with any extra `headers`) and returns the parsed response body. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

const quietLogger = { debug() {}, info() {}, warn: console.warn, error: console.error };

/**
 * Serves `supergraphSdl` through an Apollo Gateway over HTTP on a free port. The client's Authorization
 * header is forwarded to every subgraph, as a gateway in front of the write API must.
 */
export async function startGateway(supergraphSdl: string): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: quietLogger,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
        },
      }),
  });
  const server = new ApolloServer<{ authorization?: string }>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0 },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    url,
    async post(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    stop: () => server.stop(),
  };
}
