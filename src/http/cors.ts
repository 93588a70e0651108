import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_METHODS = "GET, POST, OPTIONS";
const ALLOWED_HEADERS = "content-type, apollo-require-preflight, x-apollo-operation-name, authorization";

/**
 * CORS for `/graphql`: off unless origins are listed (CORS_ORIGINS). A request whose `Origin` is in
 * `origins` (or any origin when the list is `["*"]`) gets `access-control-allow-origin` with that origin
 * and `vary: origin`; others get no CORS header, so browsers on other sites cannot read the answer.
 * Returns true when it answered a preflight (OPTIONS) itself.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && (origins.includes("*") || origins.includes(origin));
  if (origins.length > 0) res.setHeader("vary", "origin");
  if (allowed) {
    res.setHeader("access-control-allow-origin", origins.includes("*") ? "*" : origin);
    res.setHeader("access-control-allow-methods", ALLOWED_METHODS);
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
  }
  if (req.method === "OPTIONS") {
    res.writeHead(204).end();
    return true;
  }
  return false;
}
