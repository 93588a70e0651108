import path from "node:path";
import { DEFAULT_DATABASE_URL } from "./db/url";
import { DEFAULT_READ_WORKERS } from "./db/read-pool";
import { DEFAULT_OFFLOAD_MIN_COST, DEFAULT_QUERY_LIMITS, type QueryLimits } from "./limits/defaults";

/** Everything the service reads from the environment, parsed once. */
export interface Config {
  /** HTTP port (PORT, default 4000). */
  port: number;
  /**
   * The database (DATABASE_URL, default file:./data/content.db): an SQLite file `file:PATH`, or PostgreSQL
   * `postgresql://USER@HOST:PORT/DATABASE` (also `postgres://`).
   */
  databaseUrl: string;
  /** A PostgreSQL read replica that serves queries (DATABASE_READ_URL, default none: everything on DATABASE_URL). */
  databaseReadUrl: string | null;
  /** Folder the start-up seed loads when the database is empty (DOCUMENTS_DIR, default documents/). */
  documentsDir: string;
  /** Deepest field nesting an operation may have (MAX_QUERY_DEPTH, default 12). */
  maxQueryDepth: number;
  /** Largest estimated cost an operation may have (MAX_QUERY_COMPLEXITY, default 20000). */
  maxQueryComplexity: number;
  /** Run only the operations of the safelist (PERSISTED_OPERATIONS_ONLY, default false). */
  persistedOperationsOnly: boolean;
  /** An Apollo persisted query manifest (JSON) added to the safelist (PERSISTED_OPERATIONS_FILE, default none). */
  persistedOperationsFile: string | null;
  /** Every per-operation limit (MAX_QUERY_*, MAX_ROOT_FIELDS, REQUEST_TIMEOUT_MS). */
  limits: QueryLimits;
  /** Origins allowed by CORS (CORS_ORIGINS, comma-separated; default none: no CORS headers). */
  corsOrigins: string[];
  /** Schema introspection (INTROSPECTION; default on, off when NODE_ENV=production). */
  introspection: boolean;
  /** Apollo Sandbox on GET /graphql for browsers (LANDING_PAGE; default on, off when NODE_ENV=production). */
  landingPage: boolean;
  /** Stack traces in error responses: only when NODE_ENV=development. */
  stacktrace: boolean;
  /** Largest source document the seed accepts, in bytes (MAX_DOCUMENT_BYTES, default 2 MB). */
  maxDocumentBytes: number;
  /** SQLite: worker threads for search and text-filtered lists (READ_WORKERS, default 2; 0: on the event loop). */
  readWorkers: number;
  /** SQLite: worker threads that execute the costliest queries whole (OPERATION_WORKERS, default 1; 0: on the event loop). */
  operationWorkers: number;
  /** Estimated cost from which a query goes to an operation worker (OFFLOAD_MIN_COST, default 5000). */
  offloadMinCost: number;
  /** How long SIGTERM/SIGINT waits for requests in flight before closing them, in ms (SHUTDOWN_TIMEOUT_MS, default 10000). */
  shutdownTimeoutMs: number;
}

/** Thrown for an environment variable that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw.slice(0, 40)}")`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "on", "yes"].includes(raw)) return true;
  if (["0", "false", "off", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]!.slice(0, 40)}")`);
}

function databaseUrl(env: NodeJS.ProcessEnv, name = "DATABASE_URL"): string {
  const url = env[name]?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:/i.test(url)) {
    if (!/^postgres(ql)?:\/\/[^\s/]*\/?/i.test(url)) {
      throw new ConfigError(`${name} must be a PostgreSQL URL postgresql://USER@HOST:PORT/DATABASE (got "${redact(url).slice(0, 60)}")`);
    }
    return url;
  }
  if (!/^file:./.test(url)) {
    throw new ConfigError(
      `${name} must be an SQLite file URL file:PATH, e.g. file:./data/content.db, or a PostgreSQL URL postgresql://USER@HOST:PORT/DATABASE (got "${redact(url).slice(0, 60)}")`,
    );
  }
  return url;
}

/** `url` without its password, for messages. */
function redact(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/i, "$1:***@");
}

/** DATABASE_READ_URL: a PostgreSQL replica for reads, only beside a PostgreSQL DATABASE_URL. */
function readUrl(env: NodeJS.ProcessEnv, primary: string): string | null {
  const raw = env.DATABASE_READ_URL?.trim();
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//i.test(raw)) {
    throw new ConfigError(`DATABASE_READ_URL must be a PostgreSQL URL postgresql://USER@HOST:PORT/DATABASE (got "${redact(raw).slice(0, 60)}")`);
  }
  if (!/^postgres(ql)?:\/\//i.test(primary)) {
    throw new ConfigError("DATABASE_READ_URL needs a PostgreSQL DATABASE_URL: an SQLite file has no read replicas");
  }
  return raw;
}

/** Reads the configuration from `env`; throws ConfigError naming the variable when a value is unusable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const primary = databaseUrl(env);
  const d = DEFAULT_QUERY_LIMITS;
  const limits: QueryLimits = {
    maxDepth: integer(env, "MAX_QUERY_DEPTH", d.maxDepth, 1, 100),
    maxComplexity: integer(env, "MAX_QUERY_COMPLEXITY", d.maxComplexity, 1, 10_000_000),
    maxFields: integer(env, "MAX_QUERY_FIELDS", d.maxFields, 1, 1_000_000),
    maxRootFields: integer(env, "MAX_ROOT_FIELDS", d.maxRootFields, 1, 10_000),
    maxAliases: integer(env, "MAX_QUERY_ALIASES", d.maxAliases, 0, 10_000),
    maxDirectives: integer(env, "MAX_QUERY_DIRECTIVES", d.maxDirectives, 0, 10_000),
    maxTokens: integer(env, "MAX_QUERY_TOKENS", d.maxTokens, 100, 1_000_000),
    timeoutMs: integer(env, "REQUEST_TIMEOUT_MS", d.timeoutMs, 100, 600_000),
    searchCandidates: integer(env, "SEARCH_CANDIDATES", d.searchCandidates, 0, 10_000_000),
  };
  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`CORS_ORIGINS must list origins like https://app.example.com, comma-separated, or * (got "${origin.slice(0, 60)}")`);
    }
  }
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    databaseUrl: primary,
    databaseReadUrl: readUrl(env, primary),
    documentsDir: path.resolve(env.DOCUMENTS_DIR?.trim() || "documents"),
    persistedOperationsOnly: flag(env, "PERSISTED_OPERATIONS_ONLY", false),
    persistedOperationsFile: env.PERSISTED_OPERATIONS_FILE?.trim() ? path.resolve(env.PERSISTED_OPERATIONS_FILE.trim()) : null,
    maxQueryDepth: limits.maxDepth,
    maxQueryComplexity: limits.maxComplexity,
    limits,
    corsOrigins,
    introspection: flag(env, "INTROSPECTION", !production),
    landingPage: flag(env, "LANDING_PAGE", !production),
    stacktrace: env.NODE_ENV === "development",
    maxDocumentBytes: integer(env, "MAX_DOCUMENT_BYTES", 2_000_000, 1_000, 1_000_000_000),
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    readWorkers: integer(env, "READ_WORKERS", DEFAULT_READ_WORKERS, 0, 16),
    operationWorkers: integer(env, "OPERATION_WORKERS", 1, 0, 8),
    offloadMinCost: integer(env, "OFFLOAD_MIN_COST", DEFAULT_OFFLOAD_MIN_COST, 0, 1_000_000_000),
  };
}
