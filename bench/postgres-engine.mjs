// `npm run bench -- --engine postgres`: our server on PostgreSQL. A fresh database on the --pg-url server,
// migrated and seeded by our own seed command (timed like the SQLite ingestion), then both our server and
// PostGraphile v4 on that same database (no copy).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FUNCTIONS } from "./pg-copy.mjs";

const q = (name) => `"${name.replace(/"/g, '""')}"`;

async function client(url) {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Creates database `name` on the server of `adminUrl`; returns its URL. */
export async function createDatabase(adminUrl, name) {
  const admin = await client(adminUrl);
  try {
    await admin.query(`CREATE DATABASE ${q(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Our seed command on `corpus` into the PostgreSQL database `url`: first on an empty folder (migrations,
 * not counted), then timed on the corpus. The same report fields as the SQLite ingestion where they apply.
 */
export async function ingestPostgres(root, workDir, corpus, url, docs) {
  const empty = path.join(workDir, "empty-corpus");
  fs.mkdirSync(empty, { recursive: true });
  const env = { ...process.env, DATABASE_URL: url };
  const m0 = performance.now();
  const migrate = spawnSync(process.execPath, ["dist/prisma/seed.js", empty], { cwd: root, env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`seed of an empty folder (migrations) failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const migrateSeconds = (performance.now() - m0) / 1000;
  const t0 = performance.now();
  const child = spawn(process.execPath, ["dist/prisma/seed.js", corpus], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr = (stderr + c).slice(-4000)));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0 && !(code === 1 && /^seeded: /m.test(stdout))) throw new Error(`seed exited with ${code}:\n${stdout}\n${stderr}`);
  const c = await client(url);
  try {
    await c.query("ANALYZE");
    const { rows } = await c.query(`SELECT pg_database_size(current_database())::bigint AS size`);
    return { docs, migrateSeconds, seconds, docsPerSecond: docs / seconds, dbSize: Number(rows[0].size), summary: stdout.trim().split("\n").pop() };
  } finally {
    await c.end();
  }
}

/** Prints the PostgreSQL ingestion report. */
export function printIngestPostgres(r, fmt, mb) {
  console.log(`\n## Ingestion on PostgreSQL (our seed command, ${r.docs} documents into a fresh database)\n`);
  console.log("| measure | value |\n| --- | --- |");
  console.log(`| the same command on an empty folder first (start-up, migrating the database; not counted below) | ${fmt(r.migrateSeconds)} s |`);
  console.log(`| wall time | ${fmt(r.seconds)} s |`);
  console.log(`| documents/s | ${fmt(r.docsPerSecond)} |`);
  console.log(`| database size | ${mb(r.dbSize)} MB |`);
  console.log(`| seed summary | ${r.summary} |`);
}

/** Row counts and the most-quoted people / most-covered events, as the SQLite path reads them. */
export async function postgresStats(url, top) {
  const c = await client(url);
  try {
    const count = async (table) => Number((await c.query(`SELECT count(*) AS n FROM ${q(table)}`)).rows[0].n);
    const stats = { articles: await count("Article"), quotes: await count("Quote"), people: await count("Person"), events: await count("Event") };
    const topPeople = (await c.query(
      `SELECT p.name, count(*)::int AS n FROM "Quote" q JOIN "Person" p ON p.id = q."speakerId" GROUP BY p.id, p.name ORDER BY n DESC, p.id LIMIT $1`, [top],
    )).rows;
    const topEvents = (await c.query(
      `SELECT e.name, count(*)::int AS n FROM "ArticleEvent" ae JOIN "Event" e ON e.id = ae."eventId" GROUP BY e.id, e.name ORDER BY n DESC, e.id LIMIT $1`, [top],
    )).rows;
    return { stats, topPeople, topEvents };
  } finally {
    await c.end();
  }
}

/**
 * Adds the SQL functions PostGraphile's queries call (bench/queries.mjs) to our database, and hides our
 * derived "CoMention" table from PostGraphile (a smart comment, in the bench's own database): its type name
 * clashes with the functions' co_mention type, and PostGraphile's co_mentioned computes it from ArticlePerson.
 */
export async function addPostGraphileFunctions(url) {
  const c = await client(url);
  try {
    await c.query(FUNCTIONS);
    await c.query(`COMMENT ON TABLE "CoMention" IS E'@omit'`);
  } finally {
    await c.end();
  }
}
