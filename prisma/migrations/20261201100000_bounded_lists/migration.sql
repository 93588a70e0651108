-- Lists bounded by the page, not by a person's history (issue 13).
--
-- 1. "articlePublishedAt" on Quote, ArticlePerson and ArticleEvent: a copy of the article's publishedAt,
--    so that Person.quotes, Organization.quotes, Person.articles and Event.articles read the first page of
--    one parent straight off an index (parent, articlePublishedAt DESC, articleId DESC, …) instead of
--    numbering the parent's whole history with ROW_NUMBER(). The triggers below keep it equal to
--    Article.publishedAt on every path that writes these rows; the code never writes it.
-- 2. "CoMention": for each pair of people, the number of articles mentioning both, stored both ways round
--    and kept by triggers on ArticlePerson, so that Person.coMentioned reads its top rows off an index
--    instead of self-joining every mention of the person.
-- Generated with `prisma migrate diff` (schema before → after), then the backfills and triggers added by hand.

-- DropIndex (each is the prefix of a new index below)
DROP INDEX "Quote_speakerId_idx";
DROP INDEX "Quote_speakerOrganizationId_idx";
DROP INDEX "ArticlePerson_personId_idx";
DROP INDEX "ArticleEvent_eventId_idx";

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "articlePublishedAt" DATETIME;
ALTER TABLE "ArticlePerson" ADD COLUMN "articlePublishedAt" DATETIME;
ALTER TABLE "ArticleEvent" ADD COLUMN "articlePublishedAt" DATETIME;

-- Backfill
UPDATE "Quote" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = "Quote"."articleId");
UPDATE "ArticlePerson" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = "ArticlePerson"."articleId");
UPDATE "ArticleEvent" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = "ArticleEvent"."articleId");

-- CreateTable
CREATE TABLE "CoMention" (
    "personId" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,
    "articleCount" INTEGER NOT NULL,

    PRIMARY KEY ("personId", "otherId")
);

INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
SELECT m."personId", o."personId", COUNT(*)
FROM "ArticlePerson" m JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
GROUP BY m."personId", o."personId";

-- CreateIndex
CREATE INDEX "CoMention_personId_articleCount_otherId_idx" ON "CoMention"("personId", "articleCount" DESC, "otherId");
CREATE INDEX "Quote_speakerId_articlePublishedAt_articleId_start_id_idx" ON "Quote"("speakerId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id");
CREATE INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_start_id_idx" ON "Quote"("speakerOrganizationId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id");
CREATE INDEX "ArticlePerson_personId_articlePublishedAt_articleId_idx" ON "ArticlePerson"("personId", "articlePublishedAt" DESC, "articleId" DESC);
CREATE INDEX "ArticleEvent_eventId_articlePublishedAt_articleId_idx" ON "ArticleEvent"("eventId", "articlePublishedAt" DESC, "articleId" DESC);

-- articlePublishedAt: set on insert and when a row moves to another article; follows the article's date.
-- A writer that inserts the right value (the ingest store does) costs a lookup, not a second write.
CREATE TRIGGER "Quote_articlePublishedAt_insert" AFTER INSERT ON "Quote"
WHEN new."articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId") BEGIN
    UPDATE "Quote" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId") WHERE "id" = new."id";
END;

CREATE TRIGGER "Quote_articlePublishedAt_move" AFTER UPDATE OF "articleId", "articlePublishedAt" ON "Quote" BEGIN
    UPDATE "Quote" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "id" = new."id" AND "articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId");
END;

CREATE TRIGGER "ArticlePerson_articlePublishedAt_insert" AFTER INSERT ON "ArticlePerson"
WHEN new."articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId") BEGIN
    UPDATE "ArticlePerson" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "personId" = new."personId";
END;

CREATE TRIGGER "ArticlePerson_articlePublishedAt_move" AFTER UPDATE OF "articleId", "articlePublishedAt" ON "ArticlePerson" BEGIN
    UPDATE "ArticlePerson" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "personId" = new."personId"
      AND "articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId");
END;

CREATE TRIGGER "ArticleEvent_articlePublishedAt_insert" AFTER INSERT ON "ArticleEvent"
WHEN new."articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId") BEGIN
    UPDATE "ArticleEvent" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "eventId" = new."eventId";
END;

CREATE TRIGGER "ArticleEvent_articlePublishedAt_move" AFTER UPDATE OF "articleId", "articlePublishedAt" ON "ArticleEvent" BEGIN
    UPDATE "ArticleEvent" SET "articlePublishedAt" = (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "eventId" = new."eventId"
      AND "articlePublishedAt" IS NOT (SELECT "publishedAt" FROM "Article" WHERE "id" = new."articleId");
END;

CREATE TRIGGER "Article_publishedAt_copies" AFTER UPDATE OF "id", "publishedAt" ON "Article"
WHEN old."publishedAt" IS NOT new."publishedAt" OR old."id" IS NOT new."id" BEGIN
    UPDATE "Quote" SET "articlePublishedAt" = new."publishedAt" WHERE "articleId" = new."id";
    UPDATE "ArticlePerson" SET "articlePublishedAt" = new."publishedAt" WHERE "articleId" = new."id";
    UPDATE "ArticleEvent" SET "articlePublishedAt" = new."publishedAt" WHERE "articleId" = new."id";
END;

-- CoMention: +1 for each pair a new mention makes, −1 for each pair a removed one unmakes (rows at 0 go).
CREATE TRIGGER "CoMention_insert" AFTER INSERT ON "ArticlePerson" BEGIN
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT new."personId", o."personId", 1 FROM "ArticlePerson" o
    WHERE o."articleId" = new."articleId" AND o."personId" <> new."personId"
    ON CONFLICT ("personId", "otherId") DO UPDATE SET "articleCount" = "articleCount" + 1;
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT o."personId", new."personId", 1 FROM "ArticlePerson" o
    WHERE o."articleId" = new."articleId" AND o."personId" <> new."personId"
    ON CONFLICT ("personId", "otherId") DO UPDATE SET "articleCount" = "articleCount" + 1;
END;

CREATE TRIGGER "CoMention_delete" AFTER DELETE ON "ArticlePerson" BEGIN
    UPDATE "CoMention" SET "articleCount" = "articleCount" - 1
    WHERE "personId" = old."personId" AND "otherId" IN (SELECT "personId" FROM "ArticlePerson" WHERE "articleId" = old."articleId");
    UPDATE "CoMention" SET "articleCount" = "articleCount" - 1
    WHERE "otherId" = old."personId" AND "personId" IN (SELECT "personId" FROM "ArticlePerson" WHERE "articleId" = old."articleId");
    DELETE FROM "CoMention" WHERE "personId" = old."personId" AND "articleCount" <= 0;
    DELETE FROM "CoMention" WHERE "otherId" = old."personId" AND "articleCount" <= 0
      AND "personId" IN (SELECT "personId" FROM "ArticlePerson" WHERE "articleId" = old."articleId");
END;

-- A mention moved to another person or article: the old pairs lose one, the new pairs gain one. The other
-- people of the old article are its current rows except the moved one (the old row is gone already).
CREATE TRIGGER "CoMention_update" AFTER UPDATE OF "articleId", "personId" ON "ArticlePerson"
WHEN old."articleId" IS NOT new."articleId" OR old."personId" IS NOT new."personId" BEGIN
    UPDATE "CoMention" SET "articleCount" = "articleCount" - 1
    WHERE "personId" = old."personId" AND "otherId" IN (
        SELECT "personId" FROM "ArticlePerson" WHERE "articleId" = old."articleId" AND "personId" <> old."personId"
          AND NOT ("articleId" = new."articleId" AND "personId" = new."personId"));
    UPDATE "CoMention" SET "articleCount" = "articleCount" - 1
    WHERE "otherId" = old."personId" AND "personId" IN (
        SELECT "personId" FROM "ArticlePerson" WHERE "articleId" = old."articleId" AND "personId" <> old."personId"
          AND NOT ("articleId" = new."articleId" AND "personId" = new."personId"));
    DELETE FROM "CoMention" WHERE ("personId" = old."personId" OR "otherId" = old."personId") AND "articleCount" <= 0;
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT new."personId", o."personId", 1 FROM "ArticlePerson" o
    WHERE o."articleId" = new."articleId" AND o."personId" <> new."personId"
    ON CONFLICT ("personId", "otherId") DO UPDATE SET "articleCount" = "articleCount" + 1;
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT o."personId", new."personId", 1 FROM "ArticlePerson" o
    WHERE o."articleId" = new."articleId" AND o."personId" <> new."personId"
    ON CONFLICT ("personId", "otherId") DO UPDATE SET "articleCount" = "articleCount" + 1;
END;
