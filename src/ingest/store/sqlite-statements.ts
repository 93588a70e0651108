import type Database from "better-sqlite3";
import { aliasSurnameSql } from "../../db/alias-surname";

type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

/**
 * The statements the SQLite batch store runs, prepared once per connection (better-sqlite3 keeps them
 * compiled: a run costs the SQL, not the parsing and planning). Values are always bound, never spliced in.
 */
export interface StoreStatements {
  articleByHash: Statement<[string], { externalId: string }>;
  articleByExternalId: Statement<[string], { id: number }>;
  insertArticle: Statement<unknown[], { id: number }>;
  personByName: Statement<[string], { id: number; name: string; honorifics: string }>;
  /** People holding any of the alias keys of a JSON array. */
  peopleByAliasKeys: Statement<[string], { id: number; name: string; honorifics: string }>;
  /** People with an alias whose last word (or only word) is `surname`, off the index of aliasSurnameSql. */
  surnameHolders: Statement<[string], { id: number; name: string; honorifics: string }>;
  upsertPerson: Statement<[string, string, string], { id: number; name: string; honorifics: string }>;
  updatePerson: Statement<[string, string, number]>;
  aliasKeys: Statement<[number], { key: string }>;
  insertAlias: Statement<[number, string, string]>;
  roles: Statement<[number], { title: string; organizationId: number | null }>;
  insertRole: Statement<[number, string, number | null]>;
  organizationByName: Statement<[string], { id: number }>;
  insertOrganization: Statement<[string, string], { id: number }>;
  eventByName: Statement<[string], { id: number; name: string; acronym: string | null; ordinal: number | null; date: string | null; location: string | null }>;
  insertEvent: Statement<unknown[], { id: number }>;
  /** Sets the details of an event that it has none of (each column only when stored NULL). */
  fillEvent: Statement<unknown[]>;
  insertArticlePerson: Statement<[number, number, string]>;
  insertArticleEvent: Statement<[number, number, string]>;
  insertQuote: Statement<unknown[]>;
  /** Whether any PersonRedirect comes from one of the names of a JSON array. */
  redirectFrom: Statement<[string], { hit: number }>;
  /** Whether the database holds any editorial decision or person redirect. */
  anyEditorial: Statement<[], { hit: number }>;
}

const PERSON = `"id", "name", "honorifics"`;

/** The last word of alias `a`'s key, as its index has it (no parameters in it). */
const ALIAS_SURNAME = aliasSurnameSql("sqlite", "a");

/** Prepares StoreStatements on `db`. */
export function prepareStoreStatements(db: Database.Database): StoreStatements {
  const p = <T,>(sql: string): T => db.prepare(sql) as unknown as T;
  return {
    articleByHash: p(`SELECT "externalId" FROM "Article" WHERE "contentHash" = ?`),
    articleByExternalId: p(`SELECT "id" FROM "Article" WHERE "externalId" = ?`),
    insertArticle: p(
      `INSERT INTO "Article" ("externalId", "source", "publishedAt", "title", "body", "url", "contentHash", "createdAt", "updatedAt") ` +
        `VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
    ),
    personByName: p(`SELECT ${PERSON} FROM "Person" WHERE "name" = ? LIMIT 1`),
    peopleByAliasKeys: p(
      `SELECT p."id", p."name", p."honorifics" FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId" ` +
        `WHERE a."key" IN (SELECT "value" FROM json_each(?))`,
    ),
    surnameHolders: p(
      `SELECT p."id", p."name", p."honorifics" FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId" ` +
        `WHERE ${ALIAS_SURNAME.sql} = ?`,
    ),
    upsertPerson: p(
      `INSERT INTO "Person" ("name", "honorifics", "createdAt") VALUES (?, ?, ?) ` +
        `ON CONFLICT ("name") DO UPDATE SET "name" = excluded."name" RETURNING ${PERSON}`,
    ),
    updatePerson: p(`UPDATE "Person" SET "name" = ?, "honorifics" = ? WHERE "id" = ?`),
    aliasKeys: p(`SELECT "key" FROM "PersonAlias" WHERE "personId" = ?`),
    insertAlias: p(`INSERT INTO "PersonAlias" ("personId", "key", "alias") VALUES (?, ?, ?)`),
    roles: p(`SELECT "title", "organizationId" FROM "Role" WHERE "personId" = ?`),
    insertRole: p(`INSERT INTO "Role" ("personId", "title", "organizationId") VALUES (?, ?, ?)`),
    organizationByName: p(`SELECT "id" FROM "Organization" WHERE "name" = ?`),
    insertOrganization: p(`INSERT INTO "Organization" ("name", "createdAt") VALUES (?, ?) RETURNING "id"`),
    eventByName: p(`SELECT "id", "name", "acronym", "ordinal", "date", "location" FROM "Event" WHERE "name" = ?`),
    insertEvent: p(
      `INSERT INTO "Event" ("name", "acronym", "ordinal", "date", "location", "createdAt") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id"`,
    ),
    fillEvent: p(
      `UPDATE "Event" SET "acronym" = COALESCE("acronym", ?), "ordinal" = COALESCE("ordinal", ?), "date" = COALESCE("date", ?), ` +
        `"location" = COALESCE("location", ?) WHERE "id" = ?`,
    ),
    insertArticlePerson: p(`INSERT INTO "ArticlePerson" ("articleId", "personId", "articlePublishedAt") VALUES (?, ?, ?)`),
    insertArticleEvent: p(`INSERT INTO "ArticleEvent" ("articleId", "eventId", "articlePublishedAt") VALUES (?, ?, ?)`),
    insertQuote: p(
      `INSERT INTO "Quote" ("articleId", "speakerId", "speakerOrganizationId", "speakerDescription", "text", "kind", "cue", ` +
        `"speakerSurface", "start", "end", "articlePublishedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    redirectFrom: p(`SELECT 1 AS "hit" FROM "PersonRedirect" WHERE "fromName" IN (SELECT "value" FROM json_each(?)) LIMIT 1`),
    anyEditorial: p(`SELECT (EXISTS (SELECT 1 FROM "Correction") OR EXISTS (SELECT 1 FROM "PersonRedirect")) AS "hit"`),
  };
}

/** A DateTime as Prisma stores it in SQLite (TEXT, e.g. 2024-03-02T00:00:00.000+00:00), so that Prisma reads it back. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace(/Z$/, "+00:00");
}
