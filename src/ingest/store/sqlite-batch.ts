import Database from "better-sqlite3";
import type { BatchItem, BatchOutcome } from "./store-batch";
import type { StoreCache } from "./store-cache";
import type { StoreResult } from "./store-document";
import { upsertEventSqlite, upsertOrganizationSqlite, upsertPersonSqlite } from "./sqlite-entities";
import { prepareStoreStatements, sqliteDateTime, type StoreStatements } from "./sqlite-statements";

/** Thrown inside a document's savepoint when it needs storeDocument's general path (see SqliteBatchStore). */
class NeedsGeneralPath extends Error {}

/**
 * The seed's store on SQLite: its own better-sqlite3 connection to the database file, with every statement
 * prepared once, storing a batch of documents in one write transaction (BEGIN IMMEDIATE) and each document
 * under its own savepoint, synchronously (no Prisma query compilation or adapter round trips per statement).
 * It stores new articles as storeDocument would; a document that needs more (its externalId is already
 * stored, so its old version is replaced; or one of its people is named by an editor's redirect, so people
 * are merged again) ends the batch before it, and the caller stores it through storeDocument.
 * Connection settings for a bulk load: synchronous=NORMAL (under WAL a commit is atomic and the database
 * stays whole; only the last commits before a power cut may be lost, and the seed can run again),
 * a 32 MB page cache, temporary tables in memory, and a checkpoint every 32,768 pages (128 MB of WAL) rather
 * than 1,000: a batch dirties index pages all over the file (quotes by speaker, co-mentions, the search
 * index), and a page written by several batches is then copied into the database file once per checkpoint
 * rather than once per batch (2,000 documents into a database of 20,000: 560 MB written with a checkpoint
 * every 4,000 pages, 103 MB with this). The WAL file is cut back to 16 MB after a checkpoint.
 */
export class SqliteBatchStore {
  private readonly db: Database.Database;
  private readonly s: StoreStatements;

  /** Opens `file` (an existing, migrated database) with `busyTimeoutMs` to wait for another writer's lock. */
  constructor(file: string, busyTimeoutMs: number) {
    this.db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("cache_size = -32768");
    this.db.pragma("temp_store = MEMORY");
    this.db.pragma("wal_autocheckpoint = 32768");
    this.db.pragma("journal_size_limit = 16777216");
    this.s = prepareStoreStatements(this.db);
  }

  /** The stored article with content hash `hash` (none or one). */
  storedWithHash(hash: string): { externalId: string }[] {
    const row = this.s.articleByHash.get(hash);
    return row ? [row] : [];
  }

  /**
   * Stores `items` in order in one transaction, each under its own savepoint, as store-batch.ts storeBatch
   * does: a document that fails is rolled back alone and reported `alone`. Stops at the first document that
   * needs storeDocument's general path and reports it `alone` too (with no error): the outcomes may be fewer
   * than the items, and the caller stores that one, then the rest. Throws when the transaction fails as a
   * whole (the write lock not obtained in time, the commit refused): nothing of the batch is stored then.
   */
  storeBatch(items: readonly BatchItem[], reextract: boolean, cache: StoreCache): BatchOutcome[] {
    const one = this.db.transaction((item: BatchItem) => this.storeOne(item, reextract, cache));
    const all = this.db.transaction(() => {
      this.revalidate(cache);
      const outcomes: BatchOutcome[] = [];
      for (const item of items) {
        try {
          outcomes.push(one(item));
        } catch (error) {
          // Rolled back to its savepoint: what it put in the cache is not stored.
          cache.clear();
          outcomes.push({ kind: "alone", error: error instanceof NeedsGeneralPath ? null : error });
          if (error instanceof NeedsGeneralPath) break;
        }
      }
      return outcomes;
    });
    try {
      return all.immediate();
    } catch (error) {
      cache.clear();
      throw error;
    }
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }

  /**
   * Empties `cache` when another connection committed since the last batch (PRAGMA data_version changed;
   * this connection's own commits leave it as it is), then notes whether editorial decisions are stored.
   */
  private revalidate(cache: StoreCache): void {
    const version = Number(this.db.pragma("data_version", { simple: true }));
    if (cache.dataVersion !== version) cache.clear();
    cache.dataVersion = version;
    if (!cache.editorialFree) cache.editorialFree = !this.s.anyEditorial.get()!.hit;
  }

  private storeOne(item: BatchItem, reextract: boolean, cache: StoreCache): BatchOutcome {
    const stored = this.s.articleByHash.get(item.hash);
    if (stored && !(reextract && stored.externalId === item.doc.externalId)) return { kind: "skipped" };
    return { kind: "stored", result: this.storeNew(item, cache) };
  }

  /** storeDocumentIn for a new article (throws NeedsGeneralPath for anything else). */
  private storeNew({ doc, hash, extraction }: BatchItem, cache: StoreCache): StoreResult {
    const s = this.s;
    if (s.articleByExternalId.get(doc.externalId)) throw new NeedsGeneralPath();
    const now = sqliteDateTime(new Date());
    const publishedAt = sqliteDateTime(new Date(`${doc.date}T00:00:00.000Z`));
    const { id: articleId } = s.insertArticle.get(doc.externalId, doc.source, publishedAt, extraction.title, doc.body, doc.url ?? null, hash, now, now)!;

    const personIds = new Map<string, number>();
    const names = new Map<number, string>();
    for (const person of extraction.persons) {
      const { id, name } = upsertPersonSqlite(s, person, cache, now);
      personIds.set(person.name, id);
      names.set(id, name);
    }
    const eventIds = new Set<number>();
    for (const event of extraction.events) eventIds.add(upsertEventSqlite(s, event, cache, now));
    const people = [...new Set(personIds.values())];
    // articlePublishedAt: the article's date, as the bounded-lists triggers would set it (they then write nothing).
    for (const personId of people) s.insertArticlePerson.run(articleId, personId, publishedAt);
    for (const eventId of eventIds) s.insertArticleEvent.run(articleId, eventId, publishedAt);
    const organizationIds = new Map<string, number>();
    for (const quote of extraction.quotes) {
      const org = quote.speakerOrganization;
      if (org !== null && !organizationIds.has(org)) organizationIds.set(org, upsertOrganizationSqlite(s, org, cache, now));
    }
    for (const quote of extraction.quotes) {
      s.insertQuote.run(
        articleId,
        quote.speaker === null ? null : (personIds.get(quote.speaker) ?? null),
        quote.speakerOrganization === null ? null : (organizationIds.get(quote.speakerOrganization) ?? null),
        quote.speakerDescription,
        quote.text,
        quote.kind,
        quote.cue,
        quote.speakerSurface,
        quote.start,
        quote.end,
        publishedAt,
      );
    }
    // A new article has no editorial decisions of its own; a person an editor merged away, named again here,
    // is merged into the survivor again by the general path (editorial.ts).
    if (!cache.editorialFree && people.length > 0 && s.redirectFrom.get(JSON.stringify(people.map((id) => names.get(id)))))
      throw new NeedsGeneralPath();
    return { status: "added", articleId, personIds: people, eventIds: [...eventIds], quotes: extraction.quotes.length };
  }
}
