import { sqliteSourceOf, type PrismaClient } from "../db/client";
import { countInputFiles, streamDocuments } from "./parse/read";
import { contentHash } from "./store/content-hash";
import { isBusyError, isRetryableStoreError } from "./store/busy";
import { createExtractPool, defaultExtractThreads, type ExtractPool } from "./extract-pool";
import { StoreCache } from "./store/store-cache";
import { storeBatch, storedWithHash, type BatchItem, type BatchOutcome } from "./store/store-batch";
import { storeDocument, type StoreResult } from "./store/store-document";
import { SqliteBatchStore } from "./store/sqlite-batch";
import type { Extraction, SourceDocument } from "./types";
/** What a seed run did; `errors` name the file (and line) of every document that failed. */
export interface SeedSummary {
  /** Documents stored for the first time. */
  added: number;
  /** Documents whose externalId was stored with other content, re-extracted and replaced. */
  updated: number;
  /** Documents already stored with the same content hash. */
  skipped: number;
  /** Documents (or files) that could not be parsed, extracted or stored. */
  failed: number;
  /** Every input seen: documents read plus files or lines that could not be read. Always added + updated + skipped + failed. */
  inputs: number;
  /** Distinct people, events and the quotes in the documents stored by this run. */
  people: number;
  events: number;
  quotes: number;
  errors: string[];
}

export interface SeedOptions {
  /**
   * Extract and store again documents that are stored unchanged (after the extractor improved): their
   * quotes, mentions and events are replaced. Off by default: unchanged documents are skipped.
   */
  reextract?: boolean;
  /** Called after each file with how many of how many files are done. */
  onProgress?(done: number, total: number, file: string): void;
  /** Largest document accepted, in bytes (MAX_DOCUMENT_BYTES, default 2 MB). */
  maxDocumentBytes?: number;
  /**
   * How many times a document is tried when another writer holds the database (SQLITE_BUSY) or stored the
   * same document at the same moment (a unique-key clash); default 12, with growing random pauses.
   */
  attempts?: number;
  /**
   * Documents stored per transaction (each under its own savepoint); default DEFAULT_BATCH_SIZE, or
   * SQLITE_BATCH_SIZE on SQLite, reached from FIRST_BATCH_SIZE by doubling (given, it is used from the start).
   */
  batchSize?: number;
  /** Worker threads that extract while documents are stored; 0 extracts in this thread. Default: one per core. */
  extractThreads?: number;
  /** Called for each failure, with a message naming the file (and line) and the reason. */
  onError?(message: string): void;
}

/** Documents stored per transaction by the seed (each under its own savepoint). */
export const DEFAULT_BATCH_SIZE = 64;

/**
 * Documents per transaction on SQLite, where the batch store's prepared statements make a document ~4×
 * cheaper: a batch holds the write lock about as long as 64 did through Prisma, and fewer, larger commits
 * rewrite hot pages (indexes, the search index's segments) less often (2k documents: 204 → 125 MB written).
 */
export const SQLITE_BATCH_SIZE = 256;

/**
 * The first batch of a seed that was not given a batch size; each next one is twice as large up to the
 * default: a seed's first documents are stored (and readable) soon, a long one still gets large batches.
 */
export const FIRST_BATCH_SIZE = 16;

/**
 * Loads documents from files and folders (`.txt` seed format, `.jsonl` JSON Lines) into the database as they
 * stream in: extraction runs on worker threads (`extractThreads`) while the documents before are stored, and
 * documents are stored `batchSize` per transaction, each under its own savepoint. Unchanged documents (same
 * content hash) are skipped, so running it twice adds nothing (unless `reextract`). A malformed, oversized or
 * unstorable document is reported and the others still load: one that fails inside a batch is rolled back
 * alone and tried again on its own. Several seeds may run at once on the same database: each document is
 * stored exactly once. Every input ends up in exactly one of added, updated, skipped and failed. At most
 * two batches of documents are held in memory, whatever the corpus size.
 */
export async function seedDocuments(
  prisma: PrismaClient,
  paths: string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const summary: SeedSummary = { added: 0, updated: 0, skipped: 0, failed: 0, inputs: 0, people: 0, events: 0, quotes: 0, errors: [] };
  const fail = (message: string) => {
    summary.failed++;
    summary.errors.push(message);
    options.onError?.(message);
  };
  const people = new Set<number>();
  const events = new Set<number>();
  const attempts = options.attempts ?? 12;
  const reextract = options.reextract ?? false;
  // On SQLite the batches go through a connection of their own with prepared statements (sqlite-batch.ts).
  const source = sqliteSourceOf(prisma);
  const batchSize = Math.max(1, options.batchSize ?? (source ? SQLITE_BATCH_SIZE : DEFAULT_BATCH_SIZE));
  let size = options.batchSize === undefined ? Math.min(FIRST_BATCH_SIZE, batchSize) : batchSize;
  const threads = options.extractThreads ?? defaultExtractThreads();
  // The workers start with the second document: a one-document seed (the start-up seed of documents/)
  // extracts in this thread rather than wait for threads to load the extractor.
  let pool: ExtractPool | null = null;
  const extractOnPool = (p: ExtractPool, doc: SourceDocument): Promise<Settled> =>
    p.extract(doc).then((e) => ({ extraction: e }), (error: unknown) => ({ error }));
  const extractInline = (doc: SourceDocument): Promise<Settled> =>
    extractHere(doc).then((e) => ({ extraction: e }), (error: unknown) => ({ error }));
  let documentsSeen = 0;
  const cache = new StoreCache();
  const sqlite = source ? new SqliteBatchStore(source.file, source.busyTimeoutMs) : null;

  /** On its own, with retries: what a document that failed in a batch (or whose extraction failed) gets. */
  const storeAlone = async (entry: Entry, extraction?: Extraction) => {
    try {
      await storeWithRetry(prisma, entry.doc, reextract, attempts, summary, people, events, extraction);
    } catch (error) {
      fail(`${entry.where}: ${describeStoreError(error)}`);
    }
  };
  const queue: Entry[] = [];
  const flush = async (count: number) => {
    const entries = queue.splice(0, count);
    const ready: { entry: Entry; item: BatchItem }[] = [];
    for (const entry of entries) {
      const settled = await (entry.extraction ??= extractInline(entry.doc));
      // The worker failed on it (or died): extract in this thread, which reports the extractor's error.
      if ("error" in settled) await storeAlone(entry);
      else ready.push({ entry, item: { doc: entry.doc, hash: entry.hash, extraction: settled.extraction } });
    }
    // The outcomes may be fewer than the documents (the SQLite store stops before one it leaves to
    // storeDocument): that one is stored alone, then the rest go on in a new batch, in input order.
    for (let rest = ready; rest.length > 0; ) {
      let outcomes: BatchOutcome[];
      try {
        const items = rest.map((r) => r.item);
        outcomes = sqlite ? sqlite.storeBatch(items, reextract, cache) : await storeBatch(prisma, items, reextract, cache);
      } catch {
        // The batch's transaction failed as a whole (another writer kept the lock, …): nothing of it was kept.
        for (const { entry, item } of rest) await storeAlone(entry, item.extraction);
        return;
      }
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.kind === "skipped") summary.skipped++;
        else if (outcome.kind === "stored") count1(summary, people, events, outcome.result);
        else await storeAlone(rest[i].entry, rest[i].item.extraction);
      }
      rest = rest.slice(outcomes.length);
    }
  };

  const totalFiles = await countInputFiles(paths);
  let filesDone = 0;
  let currentFile: string | undefined;
  const input = streamDocuments(paths, { maxDocumentBytes: options.maxDocumentBytes })[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = input.next();
      // Input that pauses (a pipe, a slow disk) does not hold back what has arrived: after IDLE_FLUSH_MS
      // without a new document, the documents waiting are stored.
      if (queue.length > 0 && (await idle(next, IDLE_FLUSH_MS))) while (queue.length > 0) await flush(batchSize);
      const step = await next;
      if (step.done) break;
      const item = step.value;
      if (currentFile !== undefined && item.file !== currentFile) options.onProgress?.(++filesDone, totalFiles, currentFile);
      currentFile = item.file;
      summary.inputs++;
      if (item.error) {
        fail(item.error.message);
        continue;
      }
      const doc = item.document;
      const where = doc.line ? `${doc.file}:${doc.line}` : doc.file;
      const hash = contentHash(doc);
      // Unchanged documents are skipped before extraction (checked again when stored).
      const [stored] = sqlite ? sqlite.storedWithHash(hash) : await storedWithHash(prisma, hash);
      if (stored && !(reextract && stored.externalId === doc.externalId)) {
        summary.skipped++;
        continue;
      }
      documentsSeen++;
      if (documentsSeen === 2 && threads > 0) {
        pool = createExtractPool(threads);
        for (const waiting of queue) waiting.extraction ??= extractOnPool(pool, waiting.doc);
      }
      // The first document waits for the second (or for a flush, which extracts it here).
      const extraction = pool ? extractOnPool(pool, doc) : documentsSeen === 1 && threads > 0 ? undefined : extractInline(doc);
      queue.push({ doc, where, hash, extraction });
      // One batch is stored while the next one is extracted.
      if (queue.length >= 2 * size) {
        await flush(size);
        size = Math.min(batchSize, 2 * size);
      }
    }
    while (queue.length > 0) await flush(batchSize);
  } finally {
    await input.return?.(undefined);
    await (pool as ExtractPool | null)?.close();
    sqlite?.close();
  }
  if (currentFile !== undefined) options.onProgress?.(++filesDone, Math.max(totalFiles, filesDone), currentFile);
  summary.people = people.size;
  summary.events = events.size;
  return summary;
}

let extractor: ((doc: SourceDocument) => Extraction) | undefined;

/**
 * Extraction in this thread. The extractor (its word lists: ~0.6 s and tens of MB) loads on first use:
 * a seed whose workers extract everything never loads it here.
 */
async function extractHere(doc: SourceDocument): Promise<Extraction> {
  extractor ??= (await import("./extract")).extract;
  return extractor(doc);
}

/** How long the seed waits for the next document before it stores the ones it has. */
const IDLE_FLUSH_MS = 50;

/** True when `promise` is still pending after `ms`. */
async function idle(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, true)));
  try {
    return await Promise.race([promise.then(() => false, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

type Settled = { extraction: Extraction } | { error: unknown };

interface Entry {
  doc: SourceDocument;
  /** The file (and line) to name in an error. */
  where: string;
  hash: string;
  /** Started when the document is queued (the very first one: once a second arrives, or when stored). */
  extraction?: Promise<Settled>;
}

function count1(summary: SeedSummary, people: Set<number>, events: Set<number>, result: StoreResult): void {
  summary[result.status]++;
  summary.quotes += result.quotes;
  result.personIds.forEach((id) => people.add(id));
  result.eventIds.forEach((id) => events.add(id));
}

/**
 * Stores one document, trying again (after checking its hash again) while another process holds the write
 * lock or has just stored the same document: concurrent seeds of the same folder store each document once,
 * and the others count it as skipped. (Also what a queue worker runs for each job: ingest/queue/worker.ts.)
 */
export async function storeWithRetry(
  prisma: PrismaClient,
  doc: SourceDocument,
  reextract: boolean,
  attempts: number,
  summary: SeedSummary,
  people: Set<number>,
  events: Set<number>,
  extracted?: Extraction,
): Promise<void> {
  const hash = contentHash(doc);
  let extraction: Extraction | undefined = extracted;
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await prisma.article.findUnique({ where: { contentHash: hash }, select: { externalId: true } });
      if (stored && !(reextract && stored.externalId === doc.externalId)) {
        summary.skipped++;
        return;
      }
      extraction ??= await extractHere(doc);
      count1(summary, people, events, await storeDocument(prisma, doc, extraction, hash));
      return;
    } catch (error) {
      if (attempt >= attempts || !isRetryableStoreError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** Math.min(attempt, 5)));
    }
  }
}

/** One line for a failed document: the database's reason without Prisma's multi-line framing. */
function describeStoreError(error: unknown): string {
  if (isBusyError(error)) return "database stayed locked by another writer; nothing of this document was stored, run the seed again";
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines.at(-1) ?? message).slice(0, 300);
}

/** The one-line summary the seed command prints; its counts add up to every input read. */
export function formatSummary(s: SeedSummary): string {
  return (
    `seeded: ${s.added} documents added, ${s.updated} updated; ${s.people} people, ${s.events} events, ` +
    `${s.quotes} quotes; ${s.skipped} skipped (unchanged), ${s.failed} failed; ${s.inputs} inputs`
  );
}
