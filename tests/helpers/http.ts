import { createServer, type AppServer, type ServerOptions } from "../../src/server";
import type { TestDatabase } from "./database";

export interface RunningServer {
  server: AppServer;
  url: string;
  /** POSTs a GraphQL operation as JSON (with any extra `headers`) and returns the parsed response body. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Record<string, string> }>;
  close(): Promise<void>;
}

/** Starts the real HTTP server on a free port over a test database. */
export async function startHttpServer(db: TestDatabase, options?: ServerOptions): Promise<RunningServer> {
  const server = await createServer(db.prisma, options);
  const url = await server.listen(0);
  return {
    server,
    url,
    async post(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json(), headers: Object.fromEntries(response.headers) };
    },
    close: () => server.stop(),
  };
}
