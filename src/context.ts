import type { PrismaClient } from "./db/client";
import { type Deadline, prismaWithDeadline, startDeadline } from "./limits/deadline";
import { createLoaders, type Loaders } from "./services/loaders";

/** What every resolver receives: this request's Prisma client, its own DataLoaders and its deadline. */
export interface Context {
  /** The shared client, wrapped so that no statement starts after the request's deadline. */
  prisma: PrismaClient;
  loaders: Loaders;
  /** When the request's wall-clock budget ends (`deadline.check()` throws REQUEST_TIMEOUT after it). */
  deadline: Deadline;
}

/** Default wall-clock budget of one request (REQUEST_TIMEOUT_MS). */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** A fresh context for one request: loaders must never be shared between requests. */
export function createContext(prisma: PrismaClient, timeoutMs: number = DEFAULT_TIMEOUT_MS): Context {
  const deadline = startDeadline(timeoutMs);
  const client = prismaWithDeadline(prisma, deadline);
  return { prisma: client, loaders: createLoaders(client), deadline };
}
