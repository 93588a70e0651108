-- Full-text search over article titles and bodies and quote texts (SQLite FTS5).
--
-- "SearchEntry" is an FTS5 virtual table that schema.prisma does not model: it is read only through
-- raw SQL in src/services/search.service.ts and written only by the triggers below, so every path that
-- writes Article or Quote rows (the ingest store, cascades, hand edits) keeps it in sync.
--
-- One row per article (title + body) and per quote (text in "body", empty title). The FTS rowid
-- encodes the source row so that the triggers update and delete by rowid (an index lookup, not a scan):
--   article id N -> rowid 2N,  quote id N -> rowid 2N + 1.
-- "kind" ('ARTICLE' or 'QUOTE') and "refId" (the Article or Quote id) say the same thing readably;
-- they are UNINDEXED: stored, never matched.
CREATE VIRTUAL TABLE "SearchEntry" USING fts5(
    "title",
    "body",
    "kind" UNINDEXED,
    "refId" UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchEntry_article_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
    VALUES (new."id" * 2, new."title", new."body", 'ARTICLE', new."id");
END;

CREATE TRIGGER "SearchEntry_article_update" AFTER UPDATE OF "id", "title", "body" ON "Article"
WHEN old."id" IS NOT new."id" OR old."title" IS NOT new."title" OR old."body" IS NOT new."body" BEGIN
    DELETE FROM "SearchEntry" WHERE "rowid" = old."id" * 2;
    INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
    VALUES (new."id" * 2, new."title", new."body", 'ARTICLE', new."id");
END;

CREATE TRIGGER "SearchEntry_article_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "SearchEntry" WHERE "rowid" = old."id" * 2;
END;

CREATE TRIGGER "SearchEntry_quote_insert" AFTER INSERT ON "Quote" BEGIN
    INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
    VALUES (new."id" * 2 + 1, '', new."text", 'QUOTE', new."id");
END;

CREATE TRIGGER "SearchEntry_quote_update" AFTER UPDATE OF "id", "text" ON "Quote"
WHEN old."id" IS NOT new."id" OR old."text" IS NOT new."text" BEGIN
    DELETE FROM "SearchEntry" WHERE "rowid" = old."id" * 2 + 1;
    INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
    VALUES (new."id" * 2 + 1, '', new."text", 'QUOTE', new."id");
END;

-- Also fires for the quotes an article delete cascades to (ON DELETE CASCADE runs child DELETE triggers).
CREATE TRIGGER "SearchEntry_quote_delete" AFTER DELETE ON "Quote" BEGIN
    DELETE FROM "SearchEntry" WHERE "rowid" = old."id" * 2 + 1;
END;

-- Backfill the rows stored before this migration.
INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
SELECT "id" * 2, "title", "body", 'ARTICLE', "id" FROM "Article";

INSERT INTO "SearchEntry" ("rowid", "title", "body", "kind", "refId")
SELECT "id" * 2 + 1, '', "text", 'QUOTE', "id" FROM "Quote";
