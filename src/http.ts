import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import type { Context, RequestInfo } from "./context";
import type { Readiness } from "./health";
import { applyCors } from "./http/cors";
import { quoteInput } from "./limits/limit-error";

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

/**
 * The request body as text; HttpError 413 as soon as it is larger than MAX_BODY_BYTES (by its
 * Content-Length or while it arrives). The rest of a refused body is not read: the connection is closed
 * after the answer.
 */
function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () => new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
  if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off("data", onData);
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
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
        throw new HttpError(400, `request body is not valid JSON: ${quoteInput((error as Error).message)}`);
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

export interface RequestHandlerOptions {
  /** Origins allowed to read answers cross-site (CORS_ORIGINS); empty: no CORS headers. */
  corsOrigins?: readonly string[];
}

/**
 * The HTTP routes: `/graphql` (GraphQL over HTTP, and the Sandbox landing page for browsers), `/health`
 * (200 while the process serves requests; touches no database) and `/ready` (200 when `ready` finds the
 * database readable, 503 with the reason otherwise). Anything else is 404.
 */
export function createRequestHandler(
  apollo: ApolloServer<Context>,
  createContext: (request: RequestInfo) => Context,
  ready: () => Promise<Readiness>,
  options: RequestHandlerOptions = {},
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/health") {
        sendJson(res, 200, { status: "ok" });
        return;
      }
      if (url.pathname === "/ready") {
        const readiness = await ready();
        if (readiness.ready) sendJson(res, 200, { status: "ready", database: "ok" });
        else sendJson(res, 503, { status: "unavailable", database: readiness.reason });
        return;
      }
      if (url.pathname !== "/graphql") {
        sendJson(res, 404, { error: `no route ${quoteInput(url.pathname)}; GraphQL is served at /graphql` });
        return;
      }
      if (applyCors(req, res, options.corsOrigins ?? [])) return;
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
        // A refused body may still be arriving: answer, then close the connection rather than read the rest
        // (a client reusing the connection would otherwise see its next request reset).
        if (error.status === 413) res.setHeader("connection", "close");
        sendJson(res, error.status, { error: error.message });
        if (error.status === 413) res.once("finish", () => req.destroy());
        return;
      }
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.end();
    }
  };
}
