import { type AuditFields, changedFields, recordAudit } from "../audit/audit";
import type { IngestLimits } from "../auth/config";
import type { PrismaClient } from "../db/client";
import { BadUserInputError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { isIsoDate } from "../ingest/parse/iso-date";
import { contentHash } from "../ingest/store/content-hash";
import { storeDocument } from "../ingest/store/store-document";
import type { SourceDocument } from "../ingest/types";
import { ExtractionOverBudget, type ExtractRunner } from "./extract-runner";
import { toGlobalId } from "./global-id";
import { articleFields } from "./ingest-write.service";
import type { ArticleRecord } from "./records";
import { NotFoundError, requireId } from "./write-errors";
import { withWriteLock } from "./write-lock";
import { takeSharedWriteLock } from "../db/dialect";

type Tx = Prisma.TransactionClient;

/** The fields updateArticle may change; absent ones are kept. */
export interface ArticlePatch {
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  body?: string | null;
}

/**
 * Updates an article's metadata. A new body, source or date makes a new document: it is extracted again
 * (through the seed's store path: same transaction, editorial decisions re-applied, people and events no
 * longer referred to removed); title and url alone change nothing else. Audited with the changed fields.
 */
export async function updateArticle(
  prisma: PrismaClient,
  globalId: string,
  patch: ArticlePatch,
  limits: IngestLimits,
  actor: string,
  extractor: ExtractRunner,
): Promise<ArticleRecord> {
  const id = requireId(globalId, "Article", "id");
  return withWriteLock(async () => {
    const article = await prisma.article.findUnique({ where: { id } });
    if (!article) throw new NotFoundError("id names no article", "id");
    const title = patch.title == null ? article.title : patch.title.trim();
    if (!title) throw new BadUserInputError("title must not be empty", "input.title");
    const url = patch.url === undefined ? article.url : patch.url?.trim() || null;
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw new BadUserInputError("url must be an http(s) URL", "input.url");
    const source = patch.source == null ? article.source : patch.source.trim();
    if (!source) throw new BadUserInputError("source must not be empty", "input.source");
    const date = patch.publishedAt == null ? article.publishedAt.toISOString().slice(0, 10) : patch.publishedAt;
    if (!isIsoDate(date)) throw new BadUserInputError("publishedAt must be a real YYYY-MM-DD date", "input.publishedAt");
    const body = patch.body == null ? article.body : patch.body;
    if (!body.trim()) throw new BadUserInputError("body must not be empty", "input.body");
    const size = Buffer.byteLength(body, "utf8");
    if (size > limits.maxDocumentBytes) {
      throw new BadUserInputError(`body is ${size} bytes, more than the limit of ${limits.maxDocumentBytes}`, "input.body");
    }
    const before = articleFields(article);
    const audit = async (tx: Tx) => {
      const after = articleFields(await tx.article.findUniqueOrThrow({ where: { id } }));
      const changes = changedFields(before, after);
      if (Object.keys(changes.after).length === 0) return;
      await recordAudit(tx, { actor, operation: "updateArticle", targetType: "Article", targetId: toGlobalId("Article", id), ...changes });
    };

    const doc: SourceDocument = { externalId: article.externalId, file: "input", source, date, title, body, bodyOffset: 0 };
    if (url) doc.url = url;
    const hash = contentHash(doc);
    if (hash === article.contentHash) {
      await prisma.$transaction(async (tx) => {
        await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
        await tx.article.update({ where: { id }, data: { title, url } });
        await audit(tx);
      });
    } else {
      const other = await prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (other) throw new BadUserInputError(`another article (${toGlobalId("Article", other.id)}) has this content already`, "input");
      let extraction;
      try {
        extraction = await extractor.run(doc, limits.extractBudgetMs);
      } catch (error) {
        if (error instanceof ExtractionOverBudget) throw new BadUserInputError(`${error.message}; nothing changed`, "input.body");
        throw error;
      }
      await storeDocument(prisma, doc, extraction, hash, { onStored: (tx) => audit(tx) });
    }
    return prisma.article.findUniqueOrThrow({ where: { id } });
  });
}

/** What deleting an article removed with it. */
export interface DeletedArticle {
  id: number;
  quotes: number;
  people: number[];
  organizations: number[];
  events: number[];
}

/**
 * Deletes an article with its quotes, mentions, event links and editorial decisions (the search index
 * follows through its triggers), then the people, organisations and events nothing refers to any more.
 */
export async function deleteArticle(prisma: PrismaClient, globalId: string, actor: string): Promise<DeletedArticle> {
  const id = requireId(globalId, "Article", "id");
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const article = await tx.article.findUnique({
        where: { id },
        include: {
          mentions: { select: { personId: true } },
          events: { select: { eventId: true } },
          quotes: { select: { speakerId: true, speakerOrganizationId: true } },
          corrections: { select: { speakerId: true, speakerOrganizationId: true } },
        },
      });
      if (!article) throw new NotFoundError("id names no article", "id");
      const personIds = new Set<number>(article.mentions.map((m) => m.personId));
      const organizationIds = new Set<number>();
      for (const q of [...article.quotes, ...article.corrections]) {
        if (q.speakerId !== null) personIds.add(q.speakerId);
        if (q.speakerOrganizationId !== null) organizationIds.add(q.speakerOrganizationId);
      }
      await tx.article.delete({ where: { id } });

      const orphans = await tx.person.findMany({
        where: { id: { in: [...personIds] }, mentions: { none: {} }, quotes: { none: {} }, corrections: { none: {} } },
        select: { id: true, roles: { select: { organizationId: true } } },
      });
      for (const p of orphans) for (const r of p.roles) if (r.organizationId !== null) organizationIds.add(r.organizationId);
      await tx.person.deleteMany({ where: { id: { in: orphans.map((p) => p.id) } } });
      const orgOrphans = await tx.organization.findMany({
        where: { id: { in: [...organizationIds] }, roles: { none: {} }, quotes: { none: {} }, corrections: { none: {} } },
        select: { id: true },
      });
      await tx.organization.deleteMany({ where: { id: { in: orgOrphans.map((o) => o.id) } } });
      const eventOrphans = await tx.event.findMany({
        where: { id: { in: article.events.map((e) => e.eventId) }, articles: { none: {} } },
        select: { id: true },
      });
      await tx.event.deleteMany({ where: { id: { in: eventOrphans.map((e) => e.id) } } });

      const removed: DeletedArticle = {
        id,
        quotes: article.quotes.length,
        people: orphans.map((p) => p.id),
        organizations: orgOrphans.map((o) => o.id),
        events: eventOrphans.map((e) => e.id),
      };
      const before: AuditFields = {
        ...articleFields(article),
        quotes: removed.quotes,
        removedPeople: removed.people.map((p) => toGlobalId("Person", p)),
        removedOrganizations: removed.organizations.map((o) => toGlobalId("Organization", o)),
        removedEvents: removed.events.map((e) => toGlobalId("Event", e)),
      };
      await recordAudit(tx, { actor, operation: "deleteArticle", targetType: "Article", targetId: toGlobalId("Article", id), before, after: null });
      return removed;
    }),
  );
}
