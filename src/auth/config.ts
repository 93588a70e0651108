import { ConfigError } from "../config";

/** Where JWT signing keys come from, and what a token must say. */
export interface JwtConfig {
  /** A JWKS file (JWT_JWKS_FILE) or URL (JWT_JWKS_URL); exactly one. */
  jwksFile: string | null;
  jwksUrl: string | null;
  /** Required `iss` (JWT_ISSUER) and `aud` (JWT_AUDIENCE) when set. */
  issuer: string | null;
  audience: string | null;
}

/** Rate limit for mutations, per key or JWT subject. */
export interface RateLimitConfig {
  /** Mutations allowed per window (RATE_LIMIT_MUTATIONS, default 60). */
  points: number;
  /** Window length in seconds (RATE_LIMIT_WINDOW_SECONDS, default 60). */
  windowSeconds: number;
  /** Redis URL (REDIS_URL): counters shared by every instance; in process when unset. */
  redisUrl: string | null;
  /** Prefix of the Redis keys (RATE_LIMIT_PREFIX, default "content-mutations"): instances sharing it share the counters. */
  keyPrefix?: string;
}

/** Bounds of one ingestDocuments call. */
export interface IngestLimits {
  /** Documents per call (INGEST_MAX_DOCUMENTS, default 20). */
  maxDocuments: number;
  /** Bytes of all documents' text together (INGEST_MAX_BATCH_BYTES, default 2,000,000). */
  maxBatchBytes: number;
  /** Bytes of one document's text (INGEST_MAX_DOCUMENT_BYTES, default 2,000,000, as the seed). */
  maxDocumentBytes: number;
  /** Milliseconds extraction of one document may take before it is refused (INGEST_EXTRACT_BUDGET_MS, default 5000). */
  extractBudgetMs: number;
}

/** Everything the write API reads from the environment. */
export interface WriteConfig {
  /** REQUIRE_READ_KEY=true: queries need a `read` key too (default false: reads are open). */
  requireReadKey: boolean;
  /** Null when neither JWT_JWKS_FILE nor JWT_JWKS_URL is set: only API keys are accepted. */
  jwt: JwtConfig | null;
  rateLimit: RateLimitConfig;
  ingest: IngestLimits;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxDocuments: 20,
  maxBatchBytes: 2_000_000,
  maxDocumentBytes: 2_000_000,
  extractBudgetMs: 5_000,
};

export const DEFAULT_WRITE_CONFIG: WriteConfig = {
  requireReadKey: false,
  jwt: null,
  rateLimit: { points: 60, windowSeconds: 60, redisUrl: null },
  ingest: DEFAULT_INGEST_LIMITS,
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["true", "1", "yes"].includes(raw)) return true;
  if (["false", "0", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

const text = (env: NodeJS.ProcessEnv, name: string): string | null => env[name]?.trim() || null;

/** Reads the write API's configuration; throws ConfigError naming the variable when a value is unusable. */
export function loadWriteConfig(env: NodeJS.ProcessEnv = process.env): WriteConfig {
  const jwksFile = text(env, "JWT_JWKS_FILE");
  const jwksUrl = text(env, "JWT_JWKS_URL");
  if (jwksFile && jwksUrl) throw new ConfigError("set JWT_JWKS_FILE or JWT_JWKS_URL, not both");
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError(`JWT_JWKS_URL must be an http(s) URL (got "${jwksUrl}")`);
  const redisUrl = text(env, "REDIS_URL");
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError(`REDIS_URL must be a redis:// URL (got "${redisUrl}")`);
  const d = DEFAULT_INGEST_LIMITS;
  return {
    requireReadKey: boolean(env, "REQUIRE_READ_KEY", false),
    jwt:
      jwksFile || jwksUrl
        ? { jwksFile, jwksUrl, issuer: text(env, "JWT_ISSUER"), audience: text(env, "JWT_AUDIENCE") }
        : null,
    rateLimit: {
      points: integer(env, "RATE_LIMIT_MUTATIONS", 60, 1, 1_000_000),
      windowSeconds: integer(env, "RATE_LIMIT_WINDOW_SECONDS", 60, 1, 86_400),
      redisUrl,
      keyPrefix: text(env, "RATE_LIMIT_PREFIX") ?? "content-mutations",
    },
    ingest: {
      maxDocuments: integer(env, "INGEST_MAX_DOCUMENTS", d.maxDocuments, 1, 1000),
      maxBatchBytes: integer(env, "INGEST_MAX_BATCH_BYTES", d.maxBatchBytes, 1, 100_000_000),
      maxDocumentBytes: integer(env, "INGEST_MAX_DOCUMENT_BYTES", d.maxDocumentBytes, 1, 100_000_000),
      extractBudgetMs: integer(env, "INGEST_EXTRACT_BUDGET_MS", d.extractBudgetMs, 1, 600_000),
    },
  };
}
