import { GraphQLError } from "graphql";
import { HeaderMap } from "@apollo/server";

/** No credentials where some are needed, or credentials that are not valid (unknown, revoked, expired). HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, {
      extensions: {
        code: "UNAUTHENTICATED",
        http: { status: 401, headers: new HeaderMap([["www-authenticate", 'Bearer realm="graphql"']]) },
      },
    });
  }
}

/** Valid credentials without the scope the operation needs. HTTP 403. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, requiredScope: string) {
    super(message, { extensions: { code: "FORBIDDEN", requiredScope, http: { status: 403 } } });
  }
}

/** Too many mutations for this key in the current window. HTTP 429 with Retry-After (seconds). */
export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number, limit: number, windowSeconds: number) {
    super(`Too many mutations: at most ${limit} per ${windowSeconds} s for a key; retry after ${retryAfterSeconds} s.`, {
      extensions: {
        code: "RATE_LIMITED",
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
      },
    });
  }
}
