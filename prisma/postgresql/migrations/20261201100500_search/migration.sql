-- Full-text search over article titles and bodies and quote texts (PostgreSQL), hand-written: Prisma
-- cannot describe text search configurations, tsvector columns or triggers. The SQLite twin is
-- prisma/migrations/20261126220500_search (FTS5); src/services/search/postgres.ts reads this one.
--
-- "SearchEntry" has one row per article (title + body) and per quote (text in "body", empty title), with
-- the same ids as the SQLite table's rowids (article N -> 2N, quote N -> 2N + 1). "document" is the
-- tsvector: title words weight A, body words weight B; triggers on Article and Quote keep it in sync.
--
-- Words go through the text search configuration "content_search": unaccent (when the extension is
-- available on the server) then Snowball's Porter stemmer without a stop-word list: the stemmer of FTS5's
-- `porter unicode61 remove_diacritics 2`, which keeps every word ("weekly" -> "weekli", not "week").

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') THEN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    ELSE
        RAISE WARNING 'the unaccent extension is not available: search on this database does not fold accents';
    END IF;
END
$$;

CREATE TEXT SEARCH DICTIONARY content_stem (TEMPLATE = snowball, Language = porter);

CREATE TEXT SEARCH CONFIGURATION content_search (COPY = pg_catalog.simple);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN
        ALTER TEXT SEARCH CONFIGURATION content_search
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
            WITH unaccent, content_stem;
    ELSE
        ALTER TEXT SEARCH CONFIGURATION content_search
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
            WITH content_stem;
    END IF;
END
$$;

CREATE TABLE "SearchEntry" (
    "id" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SearchEntry_document_idx" ON "SearchEntry" USING GIN ("document");

CREATE FUNCTION "SearchEntry_document"(title TEXT, body TEXT) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('content_search', title), 'A') || setweight(to_tsvector('content_search', body), 'B')
$$;

CREATE FUNCTION "SearchEntry_article_sync"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "SearchEntry" WHERE "id" = OLD."id"::BIGINT * 2;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "SearchEntry" ("id", "kind", "refId", "title", "body", "document")
        VALUES (NEW."id"::BIGINT * 2, 'ARTICLE', NEW."id", NEW."title", NEW."body", "SearchEntry_document"(NEW."title", NEW."body"));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "SearchEntry_quote_sync"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "SearchEntry" WHERE "id" = OLD."id"::BIGINT * 2 + 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "SearchEntry" ("id", "kind", "refId", "title", "body", "document")
        VALUES (NEW."id"::BIGINT * 2 + 1, 'QUOTE', NEW."id", '', NEW."text", "SearchEntry_document"('', NEW."text"));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "SearchEntry_article_insert" AFTER INSERT ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "SearchEntry_article_sync"();
CREATE TRIGGER "SearchEntry_article_update" AFTER UPDATE OF "id", "title", "body" ON "Article"
    FOR EACH ROW WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."title" IS DISTINCT FROM NEW."title" OR OLD."body" IS DISTINCT FROM NEW."body")
    EXECUTE FUNCTION "SearchEntry_article_sync"();
CREATE TRIGGER "SearchEntry_article_delete" AFTER DELETE ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "SearchEntry_article_sync"();

-- Also fires for the quotes an article delete cascades to.
CREATE TRIGGER "SearchEntry_quote_insert" AFTER INSERT ON "Quote"
    FOR EACH ROW EXECUTE FUNCTION "SearchEntry_quote_sync"();
CREATE TRIGGER "SearchEntry_quote_update" AFTER UPDATE OF "id", "text" ON "Quote"
    FOR EACH ROW WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."text" IS DISTINCT FROM NEW."text")
    EXECUTE FUNCTION "SearchEntry_quote_sync"();
CREATE TRIGGER "SearchEntry_quote_delete" AFTER DELETE ON "Quote"
    FOR EACH ROW EXECUTE FUNCTION "SearchEntry_quote_sync"();

-- Backfill the rows stored before this migration.
INSERT INTO "SearchEntry" ("id", "kind", "refId", "title", "body", "document")
SELECT "id"::BIGINT * 2, 'ARTICLE', "id", "title", "body", "SearchEntry_document"("title", "body") FROM "Article";

INSERT INTO "SearchEntry" ("id", "kind", "refId", "title", "body", "document")
SELECT "id"::BIGINT * 2 + 1, 'QUOTE', "id", '', "text", "SearchEntry_document"('', "text") FROM "Quote";
