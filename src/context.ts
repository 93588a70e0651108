import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./auth/config";
import type { RequestAuth } from "./auth/principal";
import type { PrismaClient } from "./db/client";
import { type ExtractRunner, inlineExtractRunner } from "./services/extract-runner";
import { createLoaders, type Loaders } from "./services/loaders";

/** What every resolver receives: the shared Prisma client and this request's own DataLoaders. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The request's credentials (verified by the auth plugin before anything runs). */
  auth: RequestAuth;
  /** Bounds of ingestDocuments and updateArticle (INGEST_* variables). */
  ingestLimits: IngestLimits;
  /** Extraction for ingestDocuments and updateArticle, within INGEST_EXTRACT_BUDGET_MS (a worker thread in the server). */
  extractor: ExtractRunner;
}

/** What a request carries that the context needs. */
export interface RequestInfo {
  /** The Authorization header, if any. */
  authorization?: string | null;
}

/** A fresh context for one request: loaders must never be shared between requests. */
export function createContext(
  prisma: PrismaClient,
  request: RequestInfo = {},
  ingestLimits: IngestLimits = DEFAULT_INGEST_LIMITS,
  extractor: ExtractRunner = inlineExtractRunner(),
): Context {
  return {
    prisma,
    loaders: createLoaders(prisma),
    auth: { header: request.authorization ?? null, principal: null },
    ingestLimits,
    extractor,
  };
}
