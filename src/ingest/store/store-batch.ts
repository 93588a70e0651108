import type { PrismaClient } from "../../db/client";
import { isPostgres, takeWriteLock } from "../../db/dialect";
import type { Prisma } from "../../generated/prisma/client";
import type { Extraction, SourceDocument } from "../types";
import type { StoreCache } from "./store-cache";
import { STORE_TRANSACTION, storeDocumentIn, type StoreResult } from "./store-document";

/** A document ready to store: its content hash and what was extracted from it. */
export interface BatchItem {
  doc: SourceDocument;
  hash: string;
  extraction: Extraction;
}

/**
 * What became of one document of a batch: stored, skipped (already stored with this content hash), or
 * `alone`: nothing of it is kept and the caller stores it on its own (with retries) through storeDocument,
 * which reports its error if it fails again; `error` is why it failed inside the batch, or null when the
 * SQLite batch store left it to storeDocument's general path (sqlite-batch.ts).
 */
export type BatchOutcome =
  | { kind: "stored"; result: StoreResult }
  | { kind: "skipped" }
  | { kind: "alone"; error: unknown };

/**
 * Stores several documents in one transaction (one write lock, one commit), each under its own savepoint:
 * a document that fails is rolled back to its savepoint and reported `alone`, the others are kept. Every
 * document is checked against the stored content hashes inside the transaction (idempotent as
 * storeDocument is; `reextract` stores again an unchanged document of the same externalId). When the
 * transaction itself fails (the write lock not obtained, the commit refused) it rejects and nothing of the
 * batch is stored.
 */
export async function storeBatch(
  prisma: PrismaClient,
  items: readonly BatchItem[],
  reextract: boolean,
  cache: StoreCache,
): Promise<BatchOutcome[]> {
  try {
    return await prisma.$transaction(async (tx) => {
      await takeWriteLock(tx);
      await revalidate(tx, cache);
      const outcomes: BatchOutcome[] = [];
      for (const item of items) {
        await tx.$executeRawUnsafe(`SAVEPOINT seed_document`);
        try {
          outcomes.push(await storeOne(tx, item, reextract, cache));
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT seed_document`);
        } catch (error) {
          await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT seed_document`);
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT seed_document`);
          // What the rolled-back document put in the cache is not stored.
          cache.clear();
          outcomes.push({ kind: "alone", error });
        }
      }
      return outcomes;
    }, STORE_TRANSACTION);
  } catch (error) {
    cache.clear();
    throw error;
  }
}

/**
 * Empties `cache` unless it still describes the database: on SQLite, when no other connection committed
 * since the last batch (PRAGMA data_version is unchanged; this connection's own commits leave it as it is);
 * on PostgreSQL (other workers write between batches) always. Then notes whether any editorial decision or
 * person redirect is stored.
 */
async function revalidate(tx: Prisma.TransactionClient, cache: StoreCache): Promise<void> {
  if (isPostgres(tx as unknown as PrismaClient)) cache.clear();
  else {
    const [{ data_version: version }] = await tx.$queryRawUnsafe<{ data_version: bigint | number }[]>(`PRAGMA data_version`);
    if (cache.dataVersion !== Number(version)) cache.clear();
    cache.dataVersion = Number(version);
  }
  if (!cache.editorialFree) {
    const [correction, redirect] = await Promise.all([
      tx.correction.findFirst({ select: { id: true } }),
      tx.personRedirect.findFirst({ select: { id: true } }),
    ]);
    cache.editorialFree = !correction && !redirect;
  }
}

async function storeOne(tx: Prisma.TransactionClient, item: BatchItem, reextract: boolean, cache: StoreCache): Promise<BatchOutcome> {
  const [stored] = await storedWithHash(tx, item.hash);
  if (stored && !(reextract && stored.externalId === item.doc.externalId)) return { kind: "skipped" };
  return { kind: "stored", result: await storeDocumentIn(tx, item.doc, item.extraction, item.hash, { cache }) };
}

/** The stored article with content hash `hash` (none or one): one plain SELECT, a fraction of findUnique's cost. */
export function storedWithHash(db: Pick<PrismaClient, "$queryRaw">, hash: string): Promise<{ externalId: string }[]> {
  return db.$queryRaw<{ externalId: string }[]>`SELECT "externalId" FROM "Article" WHERE "contentHash" = ${hash}`;
}
