import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import type { Context, RequestInfo } from "./context";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function toGraphQLRequest(req: IncomingMessage, url: URL): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    const text = await readBody(req);
    if ((headers.get("content-type") ?? "").includes("application/json") && text.trim()) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new HttpError(400, `request body is not valid JSON: ${(error as Error).message}`);
      }
    } else {
      body = text;
    }
  }
  return { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, apollo-require-preflight, x-apollo-operation-name, authorization",
};

/**
 * The HTTP routes: `/graphql` (GraphQL over HTTP, and the Sandbox landing page for browsers) and
 * `/health` (200 once `checkDatabase` resolves, 503 otherwise). Anything else is 404.
 */
export function createRequestHandler(
  apollo: ApolloServer<Context>,
  createContext: (request: RequestInfo) => Context,
  checkDatabase: () => Promise<void>,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/health") {
        try {
          await checkDatabase();
          sendJson(res, 200, { status: "ok", database: "ok" });
        } catch (error) {
          sendJson(res, 503, { status: "unavailable", database: (error as Error).message });
        }
        return;
      }
      if (url.pathname !== "/graphql") {
        sendJson(res, 404, { error: `no route ${url.pathname}; GraphQL is served at /graphql` });
        return;
      }
      for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
      if (req.method === "OPTIONS") {
        res.writeHead(204).end();
        return;
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: await toGraphQLRequest(req, url),
        context: async () => createContext({ authorization: req.headers.authorization ?? null }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { error: error.message });
        return;
      }
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.end();
    }
  };
}
