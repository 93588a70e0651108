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

const DEADLINE = Symbol("deadline");
const NONE: ReadonlyMap<symbol, unknown> = new Map();

/** The deadline of a client made by prismaWithDeadline; null for any other client. */
export function deadlineOf(prisma: PrismaClient): Deadline | null {
  return ((prisma as unknown as Record<symbol, Deadline | undefined>)[DEADLINE]) ?? null;
}

/**
 * `prisma` for one request: every statement first checks the deadline and fails with REQUEST_TIMEOUT once it
 * has passed, so work still queued (the next page, the next DataLoader batch) never starts. A statement
 * already running is not interrupted (SQLite cannot be): the cost limits keep each one short.
 *
 * A plain Proxy over the shared client (its model delegates and `$queryRaw`-style methods), not
 * `prisma.$extends`: an extended client per request cost about 8% of a by-id request's CPU, and the
 * extension hook more on every statement. Calls made after the deadline answer a rejected promise.
 * `attached` are values the client answers for their symbol keys (the server's read pool: see read-pool.ts).
 *
 * This is the only deadline check during execution: a per-field check (an Apollo `willResolveField` hook)
 * makes Apollo wrap every field resolver, which cost 3% of the CPU of a nested list (query (b) of
 * `npm run bench`), and the work between two statements is bounded by the cost limits.
 */
export function prismaWithDeadline(prisma: PrismaClient, deadline: Deadline, attached: ReadonlyMap<symbol, unknown> = NONE): PrismaClient {
  const guard = <T extends object>(target: T): T => {
    const wrapped = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get(object, property, receiver) {
        if (object === prisma && property === DEADLINE) return deadline;
        if (object === prisma && typeof property === "symbol" && attached.has(property)) return attached.get(property);
        const value = Reflect.get(object, property, receiver);
        if (typeof property !== "string") return value;
        const cached = wrapped.get(property);
        if (cached !== undefined) return cached;
        let result: unknown = value;
        if (typeof value === "function" && (object !== prisma || /^\$(query|execute)Raw/.test(property))) {
          result = (...args: unknown[]) =>
            deadline.expired() ? Promise.reject(timeoutError(deadline.timeoutMs)) : (value as (...a: unknown[]) => unknown).apply(object, args);
        } else if (object === prisma && value !== null && typeof value === "object" && !property.startsWith("$") && !property.startsWith("_")) {
          result = guard(value as object); // a model delegate: prisma.article, …
        } else {
          return value;
        }
        wrapped.set(property, result);
        return result;
      },
    });
  };
  return guard(prisma);
}
