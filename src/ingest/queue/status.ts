import type PgBoss from "pg-boss";
import { INGEST_QUEUE, QUEUE_SCHEMA } from "./boss";

/** Progress of the ingest queue: jobs by state (archived jobs included) and the latest failures. */
export interface QueueStatus {
  /** Waiting for a worker (created), waiting to be tried again (retry), in a worker's hands (active), … */
  states: Record<"created" | "retry" | "active" | "completed" | "cancelled" | "failed", number>;
  /** The most recent failed jobs: the document (file and line) and the last error. */
  failures: { document: string; error: string }[];
}

/** Failures `seed --status` lists. */
const SHOWN_FAILURES = 20;

/** Reads the ingest queue's progress from pg-boss's tables (live jobs and the archive of finished ones). */
export async function queueStatus(boss: PgBoss): Promise<QueueStatus> {
  const db = boss.getDb();
  const counts = await db.executeSql(
    `SELECT state::text AS state, count(*)::int AS n FROM (
       SELECT state FROM ${QUEUE_SCHEMA}.job WHERE name = $1
       UNION ALL SELECT state FROM ${QUEUE_SCHEMA}.archive WHERE name = $1
     ) s GROUP BY state`,
    [INGEST_QUEUE],
  );
  const states: QueueStatus["states"] = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
  for (const row of counts.rows as { state: keyof QueueStatus["states"]; n: number }[]) states[row.state] = row.n;
  const failed = await db.executeSql(
    `SELECT data->'document'->>'file' AS file, data->'document'->>'line' AS line, output FROM (
       SELECT data, output, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'
       UNION ALL SELECT data, output, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1 AND state = 'failed'
     ) f ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [INGEST_QUEUE, SHOWN_FAILURES],
  );
  const failures = (failed.rows as { file: string | null; line: string | null; output: unknown }[]).map((row) => ({
    document: row.line ? `${row.file}:${row.line}` : (row.file ?? "?"),
    error: errorText(row.output),
  }));
  return { states, failures };
}

function errorText(output: unknown): string {
  const message = (output as { message?: unknown } | null)?.message;
  return (typeof message === "string" ? message : JSON.stringify(output ?? null)).split("\n")[0].slice(0, 300);
}

/** What `seed --status` prints: one line of counts, then one line per shown failure. */
export function formatQueueStatus(status: QueueStatus): string {
  const s = status.states;
  const total = Object.values(s).reduce((a, b) => a + b, 0);
  const lines = [
    `queue ${INGEST_QUEUE}: ${total} jobs; ${s.completed} completed, ${s.active} active, ${s.created} waiting, ${s.retry} to retry, ${s.failed} failed, ${s.cancelled} cancelled`,
    ...status.failures.map((f) => `failed: ${f.document}: ${f.error}`),
  ];
  return lines.join("\n");
}
