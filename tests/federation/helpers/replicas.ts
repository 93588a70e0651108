import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { runTs, type Running } from "../../helpers/processes";

/** A server process of this service (`src/main.ts`), started on a free port. */
export interface Replica {
  url: string;
  process: Running;
}

/**
 * Starts `npm start`'s entry point in its own process with `env` (DATABASE_URL, …) on a free port and waits
 * until it prints that it is ready (migrations and the start-up seed done). Throws with its output when it
 * exits first or takes longer than `timeoutMs`.
 */
export async function startReplica(env: Record<string, string>, timeoutMs = 90_000): Promise<Replica> {
  const running = runTs("src/main.ts", [], { PORT: "0", ...env }, 10 * 60_000);
  let exited = false;
  void running.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = /ready at (http:\/\/\S+\/graphql)/.exec(running.stdoutSoFar());
    if (ready) return { url: ready[1], process: running };
    if (exited || Date.now() > deadline) {
      const finished = exited ? await running : null;
      process.kill(running.pid, "SIGKILL");
      throw new Error(`replica did not start: ${running.stdoutSoFar()}${finished?.stderr ?? ""}`.slice(0, 2000));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a replica with SIGTERM (it drains and exits 0) and waits for it. */
export async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (!replica) return;
  try {
    process.kill(replica.process.pid, "SIGTERM");
  } catch {
    return;
  }
  await replica.process;
}

/** An Apollo Gateway whose "content" subgraph is served by several replicas, one request each in turn. */
export interface ReplicatedGateway {
  url: string;
  /** The replica URL each subgraph request went to, in order. */
  routed: string[];
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/**
 * Serves `supergraphSdl` through @apollo/gateway, sending each request for the subgraph at `subgraphUrl`
 * to the next of `replicaUrls` (round robin, as a load balancer in front of the replicas would), and
 * forwarding the client's Authorization header.
 */
export async function startReplicatedGateway(supergraphSdl: string, subgraphUrl: string, replicaUrls: string[]): Promise<ReplicatedGateway> {
  const routed: string[] = [];
  let next = 0;
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: { debug() {}, info() {}, warn: console.warn, error: console.error },
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
          if (url === subgraphUrl && request.http) {
            const target = replicaUrls[next++ % replicaUrls.length];
            routed.push(target);
            (request.http as { url: string }).url = target;
          }
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
    routed,
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
