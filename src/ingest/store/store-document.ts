import type { PrismaClient } from "../../db/client";
import { takeStoreLocks } from "../../db/dialect";
import { surnameKey } from "../resolve/person-match";
import type { Prisma } from "../../generated/prisma/client";
import type { Extraction, SourceDocument } from "../types";
import { insertArticle, insertArticleRows, rawInserts } from "./bulk-insert";
import { applyEditorialDecisions } from "./editorial";
import { upsertEvent } from "./events";
import { upsertOrganization } from "./organizations";
import { upsertPerson } from "./people";
import type { StoreCache } from "./store-cache";

/** What storing one document did. */
export interface StoreResult {
  status: "added" | "updated";
  articleId: number;
  /** The people and events the article is now linked to. */
  personIds: number[];
  eventIds: number[];
  quotes: number;
}

export interface StoreOptions {
  /** Runs inside the document's transaction once it is stored (the write API records its audit entry here). */
  onStored?(tx: Prisma.TransactionClient, result: StoreResult, previous: { id: number } | null): Promise<void>;
  /** The seed's run cache of people, organisations and events (see StoreCache; only inside its batches). */
  cache?: StoreCache;
}

/**
 * Stores a document and what was extracted from it in one transaction: on any error nothing of the
 * document is kept. A document whose externalId is already stored (with other content) replaces that
 * article's quotes, mentions and events, and drops the people and events no other article refers to.
 * People and events are shared across articles.
 */
export async function storeDocument(
  prisma: PrismaClient,
  doc: SourceDocument,
  extraction: Extraction,
  hash: string,
  options: StoreOptions = {},
): Promise<StoreResult> {
  return prisma.$transaction(async (tx) => {
    // Take the write lock first (SQLite's BEGIN IMMEDIATE; on PostgreSQL shared, plus the surnames of the
    // document's people: see takeStoreLocks).
    await takeStoreLocks(tx, extraction.persons.flatMap((p) => [p.name, ...p.aliases].map(surnameKey)));
    return storeDocumentIn(tx, doc, extraction, hash, options);
  }, STORE_TRANSACTION);
}

/**
 * storeDocument's work inside a transaction the caller opened and holds the write lock in (takeWriteLock, or
 * takeStoreLocks for one document):
 * the seed stores several documents per transaction, each under its own savepoint (store-batch.ts).
 */
export async function storeDocumentIn(
  tx: Prisma.TransactionClient,
  doc: SourceDocument,
  extraction: Extraction,
  hash: string,
  options: StoreOptions = {},
): Promise<StoreResult> {
  const cache = options.cache;
  const fields = {
    source: doc.source,
    publishedAt: new Date(`${doc.date}T00:00:00.000Z`),
    title: extraction.title,
    body: doc.body,
    url: doc.url ?? null,
    contentHash: hash,
  };
  // One plain SELECT says whether it is new (most are); only a stored one is read with its links.
  const [stored] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Article" WHERE "externalId" = ${doc.externalId}`;
  const previous = stored
    ? await tx.article.findUnique({
        where: { externalId: doc.externalId },
        select: { id: true, mentions: { select: { personId: true } }, events: { select: { eventId: true } } },
      })
    : null;
  const raw = rawInserts(tx);
  let articleId: number;
  if (previous) {
    articleId = previous.id;
    await tx.quote.deleteMany({ where: { articleId } });
    await tx.articlePerson.deleteMany({ where: { articleId } });
    await tx.articleEvent.deleteMany({ where: { articleId } });
    await tx.article.update({ where: { id: articleId }, data: fields });
  } else {
    articleId = raw
      ? await insertArticle(tx, { externalId: doc.externalId, ...fields })
      : (await tx.article.create({ data: { externalId: doc.externalId, ...fields } })).id;
  }

  const personIds = new Map<string, number>();
  for (const person of extraction.persons) personIds.set(person.name, await upsertPerson(tx, person, cache));
  const eventIds = new Set<number>();
  for (const event of extraction.events) eventIds.add(await upsertEvent(tx, event, cache));

  const people = [...new Set(personIds.values())];
  // articlePublishedAt: the article's date, as the bounded-lists triggers would set it (they then write nothing).
  const articlePublishedAt = fields.publishedAt;
  if (raw) {
    await insertArticleRows(tx, "ArticlePerson", articleId, people.map((personId) => ({ personId })));
    await insertArticleRows(tx, "ArticleEvent", articleId, [...eventIds].map((eventId) => ({ eventId })));
  } else {
    await tx.articlePerson.createMany({ data: people.map((personId) => ({ articleId, personId, articlePublishedAt })) });
    await tx.articleEvent.createMany({ data: [...eventIds].map((eventId) => ({ articleId, eventId, articlePublishedAt })) });
  }
  if (previous) {
    // People and events only the old version of this article knew are gone with it.
    await tx.person.deleteMany({
      where: {
        id: { in: previous.mentions.map((m) => m.personId) },
        mentions: { none: {} },
        quotes: { none: {} },
        corrections: { none: {} }, // an editorial decision names them (issue 11)
      },
    });
    await tx.event.deleteMany({ where: { id: { in: previous.events.map((e) => e.eventId) }, articles: { none: {} } } });
  }
  const organizationIds = new Map<string, number>();
  for (const name of new Set(extraction.quotes.map((q) => q.speakerOrganization).filter((n) => n !== null))) {
    organizationIds.set(name, await upsertOrganization(tx, name, cache));
  }
  const quotes = extraction.quotes.map((quote) => ({
    speakerId: quote.speaker === null ? null : (personIds.get(quote.speaker) ?? null),
    speakerOrganizationId:
      quote.speakerOrganization === null ? null : (organizationIds.get(quote.speakerOrganization) ?? null),
    speakerDescription: quote.speakerDescription,
    text: quote.text,
    kind: quote.kind,
    cue: quote.cue,
    speakerSurface: quote.speakerSurface,
    start: quote.start,
    end: quote.end,
  }));
  if (raw) await insertArticleRows(tx, "Quote", articleId, quotes);
  else await tx.quote.createMany({ data: quotes.map((quote) => ({ articleId, ...quote, articlePublishedAt })) });
  // Editorial decisions (issue 11) outlive re-extraction: re-apply them to the quotes just stored.
  // A new article has no decisions, and with no redirects stored there is nothing to re-merge.
  if (previous || !cache?.editorialFree) {
    await applyEditorialDecisions(tx, articleId);
    // People may have been merged or deleted above: what the run cached may be gone.
    cache?.clear();
  }
  const result: StoreResult = {
    status: previous ? "updated" : "added",
    articleId,
    personIds: people,
    eventIds: [...eventIds],
    quotes: extraction.quotes.length,
  };
  await options.onStored?.(tx, result, previous);
  return result;
}

/**
 * Another process may hold the write lock for a while (a concurrent seed): wait for it rather than give up
 * after Prisma's defaults (2 s to start, 5 s to finish); the caller retries what still fails.
 */
export const STORE_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };
