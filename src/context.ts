import type { PrismaClient } from "./db/client";
import { createLoaders, type Loaders } from "./services/loaders";

/** What every resolver receives: the shared Prisma client and this request's own DataLoaders. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
}

/** A fresh context for one request: loaders must never be shared between requests. */
export function createContext(prisma: PrismaClient): Context {
  return { prisma, loaders: createLoaders(prisma) };
}
