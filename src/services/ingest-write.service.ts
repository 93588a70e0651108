import { createHash } from "node:crypto";
import { type AuditFields, changedFields, recordAudit } from "../audit/audit";
import type { IngestLimits } from "../auth/config";
import type { PrismaClient } from "../db/client";
import { BadUserInputError } from "../errors";
import type { ArticleRecord } from "./records";
import { DocumentFormatError } from "../ingest/parse/errors";
import { isIsoDate } from "../ingest/parse/iso-date";
import { parseSeedDocument } from "../ingest/parse/seed-format";
import { contentHash } from "../ingest/store/content-hash";
import { storeDocument } from "../ingest/store/store-document";
import type { SourceDocument } from "../ingest/types";
import { ExtractionOverBudget, type ExtractRunner } from "./extract-runner";
import { toGlobalId } from "./global-id";
import { withWriteLock } from "./write-lock";

/** One document of an ingestDocuments call: seed-format `text`, or the fields. */
export interface IngestDocument {
  text?: string | null;
  externalId?: string | null;
  date?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
  body?: string | null;
}

export type IngestStatus = "ADDED" | "UPDATED" | "UNCHANGED" | "FAILED";

/** What happened to the document at `index`: the stored article, or why nothing was stored. */
export interface IngestOutcome {
  index: number;
  status: IngestStatus;
  article: ArticleRecord | null;
  /** "input[2]: invalid date …" when FAILED. */
  error: string | null;
}

/** Thrown while preparing one document: the message names the input. */
class InputProblem extends Error {}

const bytes = (s: string | null | undefined) => (s ? Buffer.byteLength(s, "utf8") : 0);

/** The SourceDocument an input describes (validated as the seed validates files), named `input[i]` in errors. */
export function toSourceDocument(input: IngestDocument, index: number, limits: IngestLimits): SourceDocument {
  const name = `input[${index}]`;
  const size = bytes(input.text) + bytes(input.body);
  if (size > limits.maxDocumentBytes) {
    throw new InputProblem(`${name}: the document is ${size} bytes, more than the limit of ${limits.maxDocumentBytes}`);
  }
  const hasFields = [input.date, input.source, input.body].some((v) => v != null);
  let doc: SourceDocument;
  if (input.text != null) {
    if (hasFields) throw new InputProblem(`${name}: give either text (seed format) or date, source and body, not both`);
    try {
      doc = parseSeedDocument(input.text, name);
    } catch (error) {
      if (error instanceof DocumentFormatError) throw new InputProblem(error.message);
      throw error;
    }
  } else {
    const date = input.date?.trim() ?? "";
    const source = input.source?.trim() ?? "";
    if (!isIsoDate(date)) throw new InputProblem(`${name}.date: expected a real YYYY-MM-DD date (got "${date.slice(0, 20)}")`);
    if (!source) throw new InputProblem(`${name}.source: must not be empty`);
    if (!input.body?.trim()) throw new InputProblem(`${name}.body: must not be empty`);
    doc = { externalId: "", file: name, source, date, body: input.body, bodyOffset: 0 };
  }
  if (input.title?.trim()) doc.title = input.title.trim();
  const url = input.url?.trim();
  if (url) {
    if (!/^https?:\/\/\S+$/.test(url)) throw new InputProblem(`${name}.url: must be an http(s) URL`);
    doc.url = url;
  }
  // As JSON Lines: the URL identifies the document; without one, its content does.
  const stem = createHash("sha256").update(`${doc.source}|${doc.date}|${doc.body}`).digest("hex").slice(0, 16);
  doc.externalId = input.externalId?.trim() || doc.url || `api-${stem}`;
  if (doc.externalId.length > 500) throw new InputProblem(`${name}.externalId: at most 500 characters`);
  return doc;
}

/** Refuses a batch over the configured bounds (BAD_USER_INPUT naming `input`, HTTP 400) before any work. */
export function checkBatch(inputs: readonly IngestDocument[], limits: IngestLimits): void {
  const fail = (message: string) => {
    const error = new BadUserInputError(message, "input");
    (error.extensions as Record<string, unknown>).http = { status: 400 };
    throw error;
  };
  if (inputs.length === 0) fail("input must list at least one document");
  if (inputs.length > limits.maxDocuments) fail(`input lists ${inputs.length} documents; at most ${limits.maxDocuments} per call`);
  const total = inputs.reduce((n, d) => n + bytes(d.text) + bytes(d.body), 0);
  if (total > limits.maxBatchBytes) fail(`input holds ${total} bytes of text; at most ${limits.maxBatchBytes} per call`);
}

/** The audited fields of an article. */
export function articleFields(article: ArticleRecord): AuditFields {
  return {
    externalId: article.externalId,
    source: article.source,
    publishedAt: article.publishedAt.toISOString().slice(0, 10),
    title: article.title,
    url: article.url,
    contentHash: article.contentHash,
  };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Ingests documents the way the seed does: each in its own transaction (a failure stores nothing of that
 * document and does not stop the others), an unchanged document (same content hash) is not stored again,
 * a document whose externalId is stored with other content replaces it, people are shared across documents.
 * A document over the size limit, or whose extraction takes longer than the time budget (`extractor` stops
 * it), is refused.
 * Each stored document gets an audit entry by `actor` in its transaction.
 */
export async function ingestDocuments(
  prisma: PrismaClient,
  inputs: readonly IngestDocument[],
  limits: IngestLimits,
  actor: string,
  extractor: ExtractRunner,
): Promise<IngestOutcome[]> {
  checkBatch(inputs, limits);
  const outcomes: IngestOutcome[] = [];
  for (const [index, input] of inputs.entries()) {
    // Let other requests run between documents: a batch never holds the event loop for more than one.
    if (index > 0) await nextTick();
    try {
      const doc = toSourceDocument(input, index, limits);
      const hash = contentHash(doc);
      const stored = await prisma.article.findUnique({ where: { contentHash: hash } });
      if (stored) {
        outcomes.push({ index, status: "UNCHANGED", article: stored, error: null });
        continue;
      }
      let extraction;
      try {
        extraction = await extractor.run(doc, limits.extractBudgetMs);
      } catch (error) {
        if (error instanceof ExtractionOverBudget) throw new InputProblem(`input[${index}]: ${error.message}; nothing was stored`);
        throw error;
      }
      const outcome = await withWriteLock(async () => {
        const again = await prisma.article.findUnique({ where: { contentHash: hash } });
        if (again) return { index, status: "UNCHANGED" as const, article: again, error: null };
        const replaced = await prisma.article.findUnique({ where: { externalId: doc.externalId } });
        const result = await storeDocument(prisma, doc, extraction, hash, {
          async onStored(tx, stored) {
            const article = await tx.article.findUniqueOrThrow({ where: { id: stored.articleId } });
            const after = articleFields(article);
            const changes = replaced ? changedFields(articleFields(replaced), after) : { before: null, after };
            await recordAudit(tx, {
              actor,
              operation: "ingestDocuments",
              targetType: "Article",
              targetId: toGlobalId("Article", stored.articleId),
              before: changes.before,
              after: changes.after,
            });
          },
        });
        const article = await prisma.article.findUniqueOrThrow({ where: { id: result.articleId } });
        return { index, status: result.status === "added" ? ("ADDED" as const) : ("UPDATED" as const), article, error: null };
      });
      outcomes.push(outcome);
    } catch (error) {
      if (!(error instanceof InputProblem)) console.error(`ingestDocuments input[${index}]:`, error);
      const message = error instanceof InputProblem ? error.message : `input[${index}]: could not be stored (internal error); nothing was stored`;
      outcomes.push({ index, status: "FAILED", article: null, error: message });
    }
  }
  return outcomes;
}
