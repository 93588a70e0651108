import PgBoss from "pg-boss";
import type { SourceDocument } from "../types";

/** The pg-boss queue of documents to extract and store, one job per document. */
export const INGEST_QUEUE = "ingest-document";

/** The PostgreSQL schema pg-boss keeps its tables in (created by pg-boss itself on first start). */
export const QUEUE_SCHEMA = "pgboss";

/** A job's payload: the parsed document, as the seed would store it. */
export interface IngestJob {
  document: SourceDocument;
}

/** Timings of the queue; the environment can shorten them (tests, benchmarks). */
export interface QueueTimings {
  /**
   * How long a worker may hold a job before it counts as lost (its worker died: kill -9, lost machine) and
   * is handed to another worker (QUEUE_JOB_TIMEOUT_SECONDS, default 300).
   */
  jobTimeoutSeconds: number;
  /** How often a worker looks for lost jobs (QUEUE_MAINTENANCE_SECONDS, default 30). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for new jobs (QUEUE_POLL_SECONDS, default 1). */
  pollSeconds: number;
  /** Attempts after the first before a job is failed (QUEUE_RETRY_LIMIT, default 3). */
  retryLimit: number;
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number between ${min} and ${max} (got "${raw.slice(0, 20)}")`);
  }
  return value;
}

/** The queue timings from the environment (see QueueTimings); throws naming the variable for a bad value. */
export function queueTimings(env: NodeJS.ProcessEnv = process.env): QueueTimings {
  return {
    jobTimeoutSeconds: Math.round(seconds(env, "QUEUE_JOB_TIMEOUT_SECONDS", 300, 1, 86_400)),
    maintenanceSeconds: Math.round(seconds(env, "QUEUE_MAINTENANCE_SECONDS", 30, 1, 3_600)),
    pollSeconds: seconds(env, "QUEUE_POLL_SECONDS", 1, 0.5, 60),
    retryLimit: Math.round(seconds(env, "QUEUE_RETRY_LIMIT", 3, 0, 100)),
  };
}

/**
 * A started pg-boss on the PostgreSQL database `databaseUrl` (its tables in schema "pgboss", created or
 * upgraded on first start) with the ingest queue created. `supervise` (workers) also expires the jobs of
 * dead workers so that they are retried. Errors pg-boss reports in the background go to `onError`.
 */
export async function startQueue(
  databaseUrl: string,
  options: { supervise: boolean; timings?: QueueTimings; onError?: (error: Error) => void },
): Promise<PgBoss> {
  const timings = options.timings ?? queueTimings();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    max: 4,
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: timings.maintenanceSeconds,
    application_name: "content-queue",
  });
  boss.on("error", (error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    policy: "standard",
    retryLimit: timings.retryLimit,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: timings.jobTimeoutSeconds,
  });
  // createQueue keeps an existing queue's settings: apply the current ones.
  await boss.updateQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    policy: "standard",
    retryLimit: timings.retryLimit,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: timings.jobTimeoutSeconds,
  });
  return boss;
}
