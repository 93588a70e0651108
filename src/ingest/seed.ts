import type { PrismaClient } from "../db/client";
import { extract } from "./extract";
import { countInputFiles, streamDocuments } from "./parse/read";
import { contentHash } from "./store/content-hash";
import { isBusyError, isRetryableStoreError } from "./store/busy";
import { storeDocument } from "./store/store-document";
import type { SourceDocument } from "./types";
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
  /** Called for each failure, with a message naming the file (and line) and the reason. */
  onError?(message: string): void;
}

/**
 * Loads documents from files and folders (`.txt` seed format, `.jsonl` JSON Lines) into the database, one
 * document at a time as they stream in, one transaction per document. Unchanged documents (same content
 * hash) are skipped, so running it twice adds nothing (unless `reextract`). A malformed or oversized document
 * is reported and the others still load. Several seeds may run at once on the same database: each document
 * is stored exactly once. Every input ends up in exactly one of added, updated, skipped and failed.
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

  const totalFiles = await countInputFiles(paths);
  let filesDone = 0;
  let currentFile: string | undefined;
  for await (const item of streamDocuments(paths, { maxDocumentBytes: options.maxDocumentBytes })) {
    if (currentFile !== undefined && item.file !== currentFile) options.onProgress?.(++filesDone, totalFiles, currentFile);
    currentFile = item.file;
    summary.inputs++;
    if (item.error) {
      fail(item.error.message);
      continue;
    }
    const doc = item.document;
    const where = doc.line ? `${doc.file}:${doc.line}` : doc.file;
    try {
      await storeWithRetry(prisma, doc, options.reextract ?? false, attempts, summary, people, events);
    } catch (error) {
      fail(`${where}: ${describeStoreError(error)}`);
    }
  }
  if (currentFile !== undefined) options.onProgress?.(++filesDone, Math.max(totalFiles, filesDone), currentFile);
  summary.people = people.size;
  summary.events = events.size;
  return summary;
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
): Promise<void> {
  const hash = contentHash(doc);
  let extraction: ReturnType<typeof extract> | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await prisma.article.findUnique({ where: { contentHash: hash }, select: { externalId: true } });
      if (stored && !(reextract && stored.externalId === doc.externalId)) {
        summary.skipped++;
        return;
      }
      extraction ??= extract(doc);
      const result = await storeDocument(prisma, doc, extraction, hash);
      summary[result.status]++;
      summary.quotes += result.quotes;
      result.personIds.forEach((id) => people.add(id));
      result.eventIds.forEach((id) => events.add(id));
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
