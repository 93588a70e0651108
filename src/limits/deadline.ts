import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { PrismaClient } from "../db/client";

/** The error of an operation that ran out of its wall-clock budget: HTTP 503, code REQUEST_TIMEOUT. */
export function timeoutError(timeoutMs: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${timeoutMs} ms and was stopped; ask for less.`, {
    extensions: { code: "REQUEST_TIMEOUT", timeoutMs, http: { status: 503 } },
  });
}

/**
 * When a request's wall-clock budget ends. It is read from the clock, not from a timer: SQLite statements run
 * synchronously and their promises resolve as microtasks, so a request can run to its end without the event
 * loop ever reaching a timer.
 */
export interface Deadline {
  timeoutMs: number;
  /** performance.now() at which the budget ends. */
  expiresAt: number;
  /** True once the budget is spent. */
  expired(): boolean;
  /** Throws REQUEST_TIMEOUT once the budget is spent (services may call it between steps). */
  check(): void;
}

/** A deadline `timeoutMs` from now. */
export function startDeadline(timeoutMs: number): Deadline {
  const expiresAt = performance.now() + timeoutMs;
  const expired = () => performance.now() > expiresAt;
  return {
    timeoutMs,
    expiresAt,
    expired,
    check() {
      if (expired()) throw timeoutError(timeoutMs);
    },
  };
}

/**
 * `prisma` for one request: every statement first checks the deadline and fails with REQUEST_TIMEOUT once it
 * has passed, so work still queued (the next page, the next DataLoader batch) never starts. A statement
 * already running is not interrupted (SQLite cannot be): the cost limits keep each one short.
 */
export function prismaWithDeadline(prisma: PrismaClient, deadline: Deadline): PrismaClient {
  return prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        deadline.check();
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * Stops resolving fields once the request's deadline (`contextValue.deadline`) has passed: every field not
 * yet started fails with REQUEST_TIMEOUT (HTTP 503), so a slow request ends instead of running on.
 */
export function deadlinePlugin(): ApolloServerPlugin<{ deadline?: Deadline }> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ contextValue }) {
              contextValue.deadline?.check();
            },
          };
        },
      };
    },
  };
}
