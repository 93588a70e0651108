import type PgBoss from "pg-boss";
import type { PrismaClient } from "../../db/client";
import { storeWithRetry, type SeedSummary } from "../seed";
import { INGEST_QUEUE, type IngestJob } from "./boss";

/** What a worker did so far. */
export interface WorkerStats {
  /** Jobs finished: documents added, updated or skipped (already stored, e.g. after a lost worker's retry). */
  done: number;
  added: number;
  updated: number;
  skipped: number;
  /** Attempts that threw (the job is retried, then failed: see `seed --status`). */
  errors: number;
}

/** Stores one job's document as the seed does (skipped when stored already); throws to have the job retried. */
export async function handleIngestJob(prisma: PrismaClient, job: PgBoss.Job<IngestJob>, stats: WorkerStats): Promise<string> {
  const summary: SeedSummary = { added: 0, updated: 0, skipped: 0, failed: 0, inputs: 1, people: 0, events: 0, quotes: 0, errors: [] };
  await storeWithRetry(prisma, job.data.document, false, 12, summary, new Set(), new Set());
  stats.done++;
  stats.added += summary.added;
  stats.updated += summary.updated;
  stats.skipped += summary.skipped;
  return summary.added ? "added" : summary.updated ? "updated" : "skipped";
}

/**
 * Works the ingest queue: `concurrency` jobs at a time in this process (extraction is CPU-bound: run one
 * worker process per core, on any number of machines). A job whose handler throws is retried by pg-boss,
 * then failed with the error; a job whose worker died is handed to another worker when it expires. Returns
 * the live stats and a stop function that waits for the jobs in hand.
 */
export async function startIngestWorker(
  boss: PgBoss,
  prisma: PrismaClient,
  options: { concurrency: number; pollSeconds: number; onError?(message: string): void },
): Promise<{ stats: WorkerStats; stop(): Promise<void> }> {
  const stats: WorkerStats = { done: 0, added: 0, updated: 0, skipped: 0, errors: 0 };
  const ids: string[] = [];
  for (let i = 0; i < options.concurrency; i++) {
    let id: string | undefined;
    id = await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollSeconds }, async ([job]) => {
        // pg-boss 10 waits a whole polling interval after every fetch, busy or not: a worker that just
        // finished a job asks for the next one at once instead (only an empty fetch waits).
        if (id) boss.notifyWorker(id);
        try {
          return { status: await handleIngestJob(prisma, job, stats) };
        } catch (error) {
          stats.errors++;
          const where = job.data.document.line ? `${job.data.document.file}:${job.data.document.line}` : job.data.document.file;
          const message = (error instanceof Error ? error.message : String(error)).split("\n").filter(Boolean).at(-1)?.slice(0, 300);
          options.onError?.(`${where}: ${message}`);
          throw new Error(`${where}: ${message}`);
        }
      });
    ids.push(id);
  }
  return {
    stats,
    async stop() {
      await Promise.all(ids.map((id) => boss.offWork({ id } as never)));
    },
  };
}
