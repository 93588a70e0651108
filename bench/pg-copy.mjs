// Copies our SQLite tables into a fresh PostgreSQL database for PostGraphile: the same table and column
// names, primary keys, foreign keys (with their ON DELETE actions) and indexes, read from SQLite's own
// catalogue (so later migrations are copied too). Skips Prisma's bookkeeping and the FTS5 search index;
// adds the few SQL functions the PostGraphile queries call (bench/queries.mjs).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const TYPES = { INTEGER: "integer", BIGINT: "bigint", TEXT: "text", DATETIME: "timestamptz", BOOLEAN: "boolean", REAL: "double precision", DECIMAL: "numeric", BLOB: "bytea", JSONB: "jsonb" };
const q = (name) => `"${name.replace(/"/g, '""')}"`;

const DERIVED_TABLES = ["CoMention"];

/** The tables to copy, with columns, key, foreign keys and indexes, from the SQLite file. */
function describe(db) {
  const virtual = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).all().map((r) => r.name);
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\' ORDER BY name`)
    .all()
    .map((r) => r.name)
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
    // Counts our triggers keep (migration 20261201100000_bounded_lists): the copy has no triggers, and
    // PostGraphile's co_mentioned below computes the same from ArticlePerson (its type would clash too).
    .filter((name) => !DERIVED_TABLES.includes(name));
  return tables.map((name) => {
    const columns = db.prepare(`PRAGMA table_info(${q(name)})`).all();
    const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${q(name)})`).all();
    const indexes = db
      .prepare(`PRAGMA index_list(${q(name)})`)
      .all()
      .filter((i) => i.origin === "c")
      .map((i) => ({ name: i.name, unique: !!i.unique, columns: db.prepare(`PRAGMA index_info(${q(i.name)})`).all().map((c) => c.name) }))
      // An index on an expression (PersonAlias_surname_idx: the last word of a key) names no column for it, and
      // its SQLite expression is not PostgreSQL's; the queries PostGraphile answers do not use it.
      .filter((i) => i.columns.every((c) => c !== null));
    return { name, columns, foreignKeys, indexes };
  });
}

function pgType(sqliteType) {
  const base = sqliteType.toUpperCase().replace(/\(.*$/, "").trim().split(/\s+/)[0];
  return TYPES[base] ?? "text";
}

/**
 * Creates database `database` on the server of `adminUrl` and copies `sqliteFile` into it; returns the
 * new database's URL and row counts. Needs `pg` (bench/node_modules) and the service's better-sqlite3.
 */
export async function copyToPostgres(sqliteFile, adminUrl, database) {
  const { default: pg } = await import("pg");
  const Database = require("better-sqlite3");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${q(database)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const db = new Database(sqliteFile, { readonly: true });
  const counts = {};
  try {
    const tables = describe(db);
    for (const t of tables) {
      const pk = t.columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => q(c.name));
      const cols = t.columns.map((c) => `${q(c.name)} ${pgType(c.type)}${c.notnull ? " NOT NULL" : ""}`);
      if (pk.length) cols.push(`PRIMARY KEY (${pk.join(", ")})`);
      await client.query(`CREATE TABLE ${q(t.name)} (${cols.join(", ")})`);
      // Rows in batches of one multi-row INSERT (at most 60,000 parameters each).
      const names = t.columns.map((c) => c.name);
      const types = t.columns.map((c) => pgType(c.type));
      const perBatch = Math.max(1, Math.floor(60000 / names.length));
      let batch = [];
      let n = 0;
      const flush = async () => {
        if (!batch.length) return;
        const params = [];
        const rows = batch.map((row) => `(${names.map((name, i) => {
          let v = row[name];
          if (types[i] === "boolean" && v !== null) v = !!v;
          if (types[i] === "timestamptz" && typeof v === "number") v = new Date(v).toISOString();
          params.push(v);
          return `$${params.length}`;
        }).join(", ")})`);
        await client.query(`INSERT INTO ${q(t.name)} (${names.map(q).join(", ")}) VALUES ${rows.join(", ")}`, params);
        n += batch.length;
        batch = [];
      };
      for (const row of db.prepare(`SELECT * FROM ${q(t.name)}`).iterate()) {
        batch.push(row);
        if (batch.length >= perBatch) await flush();
      }
      await flush();
      counts[t.name] = n;
    }
    for (const t of tables) {
      const byId = new Map();
      for (const fk of t.foreignKeys) {
        const entry = byId.get(fk.id) ?? { table: fk.table, from: [], to: [], onDelete: fk.on_delete };
        entry.from.push(q(fk.from));
        entry.to.push(q(fk.to));
        byId.set(fk.id, entry);
      }
      for (const fk of byId.values()) {
        const action = /^(CASCADE|SET NULL|SET DEFAULT|RESTRICT)$/.test(fk.onDelete) ? ` ON DELETE ${fk.onDelete}` : "";
        await client.query(`ALTER TABLE ${q(t.name)} ADD FOREIGN KEY (${fk.from.join(", ")}) REFERENCES ${q(fk.table)} (${fk.to.join(", ")})${action}`);
      }
      for (const index of t.indexes) {
        await client.query(`CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${q(index.name)} ON ${q(t.name)} (${index.columns.map(q).join(", ")})`);
      }
    }
    await client.query(FUNCTIONS);
    await client.query("ANALYZE");
  } finally {
    db.close();
    await client.end();
  }
  return { url: url.toString(), counts };
}

/** Drops a database the copy created (with any connection still open to it). */
export async function dropDatabase(adminUrl, database) {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${q(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** True when a PostgreSQL server answers at `adminUrl` (within two seconds). */
export async function postgresAvailable(adminUrl) {
  let pg;
  try {
    ({ default: pg } = await import("pg"));
  } catch {
    return false;
  }
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// The functions behind PostGraphile's search, peopleByIds, articlesMatching and coMentioned fields. Each
// is one SQL statement; search is unranked ILIKE over articles (title, body) and quotes (text).
export const FUNCTIONS = `
CREATE TYPE search_hit AS (kind text, id integer, title text, snippet text);
CREATE FUNCTION search(q text) RETURNS SETOF search_hit AS $$
  SELECT 'Article', a.id, a.title,
         substr(a.body, greatest(1, strpos(lower(a.body), lower(q)) - 80), 200)
    FROM "Article" a WHERE a.title ILIKE '%' || q || '%' OR a.body ILIKE '%' || q || '%'
  UNION ALL
  SELECT 'Quote', x.id, NULL, substr(x.text, greatest(1, strpos(lower(x.text), lower(q)) - 80), 200)
    FROM "Quote" x WHERE x.text ILIKE '%' || q || '%'
$$ LANGUAGE sql STABLE;
CREATE FUNCTION people_by_ids(ids integer[]) RETURNS SETOF "Person" AS $$
  SELECT p.* FROM "Person" p WHERE p.id = ANY(ids)
$$ LANGUAGE sql STABLE;
CREATE FUNCTION articles_matching(word text) RETURNS SETOF "Article" AS $$
  SELECT a.* FROM "Article" a WHERE a.title ILIKE '%' || word || '%' OR a.body ILIKE '%' || word || '%'
   ORDER BY a."publishedAt" DESC, a.id DESC
$$ LANGUAGE sql STABLE;
CREATE TYPE co_mention AS (person_id integer, name text, article_count integer);
CREATE FUNCTION co_mentioned(person_id integer) RETURNS SETOF co_mention AS $$
  SELECT o."personId", p.name, count(*)::integer
    FROM "ArticlePerson" m JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
    JOIN "Person" p ON p.id = o."personId"
   WHERE m."personId" = co_mentioned.person_id
   GROUP BY o."personId", p.name ORDER BY count(*) DESC, o."personId"
$$ LANGUAGE sql STABLE;
`;
