-- Lists bounded by the page, not by a person's history (issue 13): the PostgreSQL side of the SQLite
-- migration 20261201100000_bounded_lists (read its comment for what the columns and the table are for).
-- The tables and indexes are `prisma migrate diff` of prisma/postgresql/schema.prisma before → after; the
-- backfills and the PL/pgSQL triggers are written by hand. PostgreSQL runs AFTER ROW triggers at the end of
-- their statement (SQLite runs them row by row), so the CoMention triggers are statement-level and read the
-- statement's transition tables: a cascade that deletes every mention of an article at once still sees
-- which pairs it unmade.
-- DropIndex
DROP INDEX "Quote_speakerId_idx";

-- DropIndex
DROP INDEX "Quote_speakerOrganizationId_idx";

-- DropIndex
DROP INDEX "ArticlePerson_personId_idx";

-- DropIndex
DROP INDEX "ArticleEvent_eventId_idx";

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "articlePublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArticlePerson" ADD COLUMN     "articlePublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArticleEvent" ADD COLUMN     "articlePublishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CoMention" (
    "personId" INTEGER NOT NULL,
    "otherId" INTEGER NOT NULL,
    "articleCount" INTEGER NOT NULL,

    CONSTRAINT "CoMention_pkey" PRIMARY KEY ("personId","otherId")
);

-- CreateIndex
CREATE INDEX "CoMention_personId_articleCount_otherId_idx" ON "CoMention"("personId", "articleCount" DESC, "otherId");

-- CreateIndex
CREATE INDEX "Quote_speakerId_articlePublishedAt_articleId_start_id_idx" ON "Quote"("speakerId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id");

-- CreateIndex
CREATE INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_st_idx" ON "Quote"("speakerOrganizationId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id");

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_articlePublishedAt_articleId_idx" ON "ArticlePerson"("personId", "articlePublishedAt" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "ArticleEvent_eventId_articlePublishedAt_articleId_idx" ON "ArticleEvent"("eventId", "articlePublishedAt" DESC, "articleId" DESC);

-- Backfill
UPDATE "Quote" q SET "articlePublishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = q."articleId";
UPDATE "ArticlePerson" m SET "articlePublishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = m."articleId";
UPDATE "ArticleEvent" m SET "articlePublishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = m."articleId";

INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
SELECT m."personId", o."personId", COUNT(*)
FROM "ArticlePerson" m JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
GROUP BY m."personId", o."personId";

-- articlePublishedAt: whatever a writer gives, a row takes its article's date on insert and when it moves
-- to another article; an article's new date follows to its rows.
CREATE FUNCTION "article_published_at_copy"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW."articlePublishedAt" := (SELECT "publishedAt" FROM "Article" WHERE "id" = NEW."articleId");
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Quote_articlePublishedAt" BEFORE INSERT OR UPDATE OF "articleId", "articlePublishedAt" ON "Quote"
    FOR EACH ROW EXECUTE FUNCTION "article_published_at_copy"();
CREATE TRIGGER "ArticlePerson_articlePublishedAt" BEFORE INSERT OR UPDATE OF "articleId", "articlePublishedAt" ON "ArticlePerson"
    FOR EACH ROW EXECUTE FUNCTION "article_published_at_copy"();
CREATE TRIGGER "ArticleEvent_articlePublishedAt" BEFORE INSERT OR UPDATE OF "articleId", "articlePublishedAt" ON "ArticleEvent"
    FOR EACH ROW EXECUTE FUNCTION "article_published_at_copy"();

CREATE FUNCTION "article_published_at_follow"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Quote" SET "articlePublishedAt" = NEW."publishedAt" WHERE "articleId" = NEW."id";
    UPDATE "ArticlePerson" SET "articlePublishedAt" = NEW."publishedAt" WHERE "articleId" = NEW."id";
    UPDATE "ArticleEvent" SET "articlePublishedAt" = NEW."publishedAt" WHERE "articleId" = NEW."id";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Article_publishedAt_copies" AFTER UPDATE OF "id", "publishedAt" ON "Article"
    FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt" OR OLD."id" IS DISTINCT FROM NEW."id")
    EXECUTE FUNCTION "article_published_at_follow"();

-- CoMention on insert: each new mention pairs with every other mention of its article (new ones included,
-- each ordered pair once), both ways round.
CREATE FUNCTION "co_mention_insert"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT "a", "b", COUNT(*) FROM (
        SELECT n."personId" AS "a", o."personId" AS "b"
        FROM "new_rows" n JOIN "ArticlePerson" o ON o."articleId" = n."articleId" AND o."personId" <> n."personId"
        UNION ALL
        SELECT o."personId", n."personId"
        FROM "new_rows" n JOIN "ArticlePerson" o ON o."articleId" = n."articleId" AND o."personId" <> n."personId"
        WHERE NOT EXISTS (SELECT 1 FROM "new_rows" x WHERE x."articleId" = o."articleId" AND x."personId" = o."personId")
    ) AS "gained"
    GROUP BY "a", "b"
    ON CONFLICT ("personId", "otherId") DO UPDATE SET "articleCount" = "CoMention"."articleCount" + EXCLUDED."articleCount";
    RETURN NULL;
END;
$$;

-- CoMention on delete: a removed mention unmakes its pairs with the mentions that remain and with the other
-- removed mentions of its article; pairs at 0 go.
CREATE FUNCTION "co_mention_delete"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    WITH "lost" AS (
        SELECT "a", "b", COUNT(*) AS "n" FROM (
            SELECT d."personId" AS "a", r."personId" AS "b"
            FROM "old_rows" d JOIN "ArticlePerson" r ON r."articleId" = d."articleId" AND r."personId" <> d."personId"
            UNION ALL
            SELECT r."personId", d."personId"
            FROM "old_rows" d JOIN "ArticlePerson" r ON r."articleId" = d."articleId" AND r."personId" <> d."personId"
            UNION ALL
            SELECT d1."personId", d2."personId"
            FROM "old_rows" d1 JOIN "old_rows" d2 ON d2."articleId" = d1."articleId" AND d2."personId" <> d1."personId"
        ) AS "pairs"
        GROUP BY "a", "b"
    )
    UPDATE "CoMention" c SET "articleCount" = c."articleCount" - "lost"."n"
    FROM "lost" WHERE c."personId" = "lost"."a" AND c."otherId" = "lost"."b";
    DELETE FROM "CoMention" WHERE "articleCount" <= 0
      AND ("personId" IN (SELECT "personId" FROM "old_rows") OR "otherId" IN (SELECT "personId" FROM "old_rows"));
    RETURN NULL;
END;
$$;

-- CoMention on a mention moved to another person or article (merges, splits): rare, so the pairs of every
-- person the statement touched are counted again from the mentions.
CREATE FUNCTION "co_mention_update"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    -- Only a changed person or article matters (an article's new date also updates these rows).
    IF NOT EXISTS (SELECT "articleId", "personId" FROM "old_rows" EXCEPT SELECT "articleId", "personId" FROM "new_rows")
       AND NOT EXISTS (SELECT "articleId", "personId" FROM "new_rows" EXCEPT SELECT "articleId", "personId" FROM "old_rows") THEN
        RETURN NULL;
    END IF;
    WITH "touched" AS (SELECT "personId" FROM "old_rows" UNION SELECT "personId" FROM "new_rows")
    DELETE FROM "CoMention"
    WHERE "personId" IN (SELECT "personId" FROM "touched") OR "otherId" IN (SELECT "personId" FROM "touched");
    WITH "touched" AS (SELECT "personId" FROM "old_rows" UNION SELECT "personId" FROM "new_rows")
    INSERT INTO "CoMention" ("personId", "otherId", "articleCount")
    SELECT m."personId", o."personId", COUNT(*)
    FROM "ArticlePerson" m JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
    WHERE m."personId" IN (SELECT "personId" FROM "touched") OR o."personId" IN (SELECT "personId" FROM "touched")
    GROUP BY m."personId", o."personId";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "CoMention_insert" AFTER INSERT ON "ArticlePerson"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "co_mention_insert"();
CREATE TRIGGER "CoMention_delete" AFTER DELETE ON "ArticlePerson"
    REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "co_mention_delete"();
CREATE TRIGGER "CoMention_update" AFTER UPDATE ON "ArticlePerson"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "co_mention_update"();
