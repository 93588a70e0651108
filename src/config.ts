import path from "node:path";
import { DEFAULT_DATABASE_URL } from "./db/url";
import { DEFAULT_QUERY_LIMITS } from "./limits/plugin";

/** Everything the service reads from the environment, parsed once. */
export interface Config {
  /** HTTP port (PORT, default 4000). */
  port: number;
  /** SQLite URL `file:PATH` (DATABASE_URL, default file:./data/content.db). */
  databaseUrl: string;
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
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

/** Reads the configuration from `env`; throws ConfigError naming the variable when a value is unusable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    documentsDir: path.resolve(env.DOCUMENTS_DIR?.trim() || "documents"),
    maxQueryDepth: integer(env, "MAX_QUERY_DEPTH", DEFAULT_QUERY_LIMITS.maxDepth, 1, 100),
    maxQueryComplexity: integer(env, "MAX_QUERY_COMPLEXITY", DEFAULT_QUERY_LIMITS.maxComplexity, 1, 10_000_000),
    persistedOperationsOnly: boolean(env, "PERSISTED_OPERATIONS_ONLY", false),
    persistedOperationsFile: env.PERSISTED_OPERATIONS_FILE?.trim() ? path.resolve(env.PERSISTED_OPERATIONS_FILE.trim()) : null,
  };
}
