import type PgBoss from "pg-boss";
import { streamDocuments } from "../parse/read";
import { INGEST_QUEUE, type IngestJob } from "./boss";

/** What `seed --enqueue` did. */
export interface EnqueueSummary {
  /** Jobs put on the queue, one per document. */
  enqueued: number;
  /** Files or lines that could not be read or parsed (not enqueued), with the reason. */
  failed: number;
  errors: string[];
}

/** Documents sent to the queue in one statement. */
const BATCH = 200;

/**
 * Reads the documents of `paths` (as the seed does: .txt, .jsonl, folders; malformed or oversized
 * documents are reported, the others go on) and puts one job per document on the ingest queue, for any
 * number of `npm run worker` processes to extract and store. Storing is idempotent (content hash), so a
 * document enqueued twice is stored once.
 */
export async function enqueueDocuments(
  boss: PgBoss,
  paths: string[],
  options: { maxDocumentBytes?: number; onError?(message: string): void } = {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { enqueued: 0, failed: 0, errors: [] };
  let batch: PgBoss.JobInsert<IngestJob>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await boss.insert(batch);
    summary.enqueued += batch.length;
    batch = [];
  };
  for await (const item of streamDocuments(paths, { maxDocumentBytes: options.maxDocumentBytes })) {
    if (item.error) {
      summary.failed++;
      summary.errors.push(item.error.message);
      options.onError?.(item.error.message);
      continue;
    }
    batch.push({ name: INGEST_QUEUE, data: { document: item.document } });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}

/** The one-line summary `seed --enqueue` prints. */
export function formatEnqueueSummary(s: EnqueueSummary): string {
  return `enqueued: ${s.enqueued} documents on queue ${INGEST_QUEUE}; ${s.failed} failed to read`;
}
