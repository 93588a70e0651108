import type { PrismaClient } from "../db/client";
import { extract } from "./extract";
import { readDocuments } from "./parse/read";
import { contentHash } from "./store/content-hash";
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
  /** Called after each document with how many of how many are done. */
  onProgress?(done: number, total: number, file: string): void;
  /** Called for each failure, with a message naming the file (and line) and the reason. */
  onError?(message: string): void;
}

/**
 * Loads documents from files and folders (`.txt` seed format, `.jsonl` JSON Lines) into the database,
 * one transaction per document. Unchanged documents (same content hash) are skipped, so running it twice
 * adds nothing (unless `reextract`). A malformed document is reported and the others still load.
 */
export async function seedDocuments(
  prisma: PrismaClient,
  paths: string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const summary: SeedSummary = { added: 0, updated: 0, skipped: 0, failed: 0, people: 0, events: 0, quotes: 0, errors: [] };
  const fail = (message: string) => {
    summary.failed++;
    summary.errors.push(message);
    options.onError?.(message);
  };

  const documents: SourceDocument[] = [];
  for await (const file of readDocuments(paths)) {
    documents.push(...file.documents);
    for (const error of file.errors) fail(error.message);
  }

  const people = new Set<number>();
  const events = new Set<number>();
  for (const [index, doc] of documents.entries()) {
    const where = doc.line ? `${doc.file}:${doc.line}` : doc.file;
    try {
      const hash = contentHash(doc);
      const stored = await prisma.article.findUnique({ where: { contentHash: hash }, select: { externalId: true } });
      if (stored && !(options.reextract && stored.externalId === doc.externalId)) {
        summary.skipped++;
      } else {
        const result = await storeDocument(prisma, doc, extract(doc), hash);
        summary[result.status]++;
        summary.quotes += result.quotes;
        result.personIds.forEach((id) => people.add(id));
        result.eventIds.forEach((id) => events.add(id));
      }
    } catch (error) {
      fail(`${where}: ${(error as Error).message}`);
    }
    options.onProgress?.(index + 1, documents.length, where);
  }
  summary.people = people.size;
  summary.events = events.size;
  return summary;
}

/** The one-line summary the seed command prints. */
export function formatSummary(s: SeedSummary): string {
  return (
    `seeded: ${s.added} documents added, ${s.updated} updated; ${s.people} people, ${s.events} events, ` +
    `${s.quotes} quotes; ${s.skipped} skipped (unchanged), ${s.failed} failed`
  );
}
