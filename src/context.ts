import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./auth/config";
import type { RequestAuth } from "./auth/principal";
import type { PrismaClient } from "./db/client";
import { type Deadline, prismaWithDeadline, startDeadline } from "./limits/deadline";
import { type ExtractRunner, inlineExtractRunner } from "./services/extract-runner";
import { createLoaders, type Loaders } from "./services/loaders";
import { READ_POOL, type ReadPool } from "./db/read-pool";
import { DEFAULT_SEARCH_CANDIDATES } from "./limits/defaults";

/** What every resolver receives: this request's Prisma client, its own DataLoaders and its deadline. */
export interface Context {
  /** The shared client, wrapped so that no statement starts after the request's deadline. */
  prisma: PrismaClient;
  loaders: Loaders;
  /** When the request's wall-clock budget ends (`deadline.check()` throws REQUEST_TIMEOUT after it). */
  deadline: Deadline;
  /** The request's credentials (verified by the auth plugin before anything runs). */
  auth: RequestAuth;
  /** Bounds of ingestDocuments and updateArticle (INGEST_* variables). */
  ingestLimits: IngestLimits;
  /** Extraction for ingestDocuments and updateArticle, within INGEST_EXTRACT_BUDGET_MS (a worker thread in the server). */
  extractor: ExtractRunner;
  /** How many of the most recent matches of each kind `search` ranks (SEARCH_CANDIDATES; 0: all). */
  searchCandidates: number;
}

/** What a request carries that the context needs. */
export interface RequestInfo {
  /** The Authorization header, if any. */
  authorization?: string | null;
}

/** Default wall-clock budget of one request (REQUEST_TIMEOUT_MS). */
export const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * A fresh context for one request: loaders must never be shared between requests. With `readPool`, search
 * and text-filtered lists run there (see heavyQueryRaw).
 */
export function createContext(
  prisma: PrismaClient,
  request: RequestInfo = {},
  ingestLimits: IngestLimits = DEFAULT_INGEST_LIMITS,
  extractor: ExtractRunner = inlineExtractRunner(),
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
  readPool: ReadPool | null = null,
  searchCandidates: number = DEFAULT_SEARCH_CANDIDATES,
): Context {
  const deadline = startDeadline(timeoutMs);
  const client = prismaWithDeadline(prisma, deadline, readPool ? new Map([[READ_POOL, readPool]]) : undefined);
  return {
    prisma: client,
    loaders: createLoaders(client),
    deadline,
    auth: { header: request.authorization ?? null, principal: null },
    ingestLimits,
    extractor,
    searchCandidates,
  };
}
