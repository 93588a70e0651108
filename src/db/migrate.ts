import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readPostgresMigrations, type MigrationRow } from "./migrate-postgres";
import { checkDatabaseFile, StartupError } from "./preflight";
import { isPostgresUrl, sqliteFilePath } from "./url";

/** The repository root: the nearest folder above this file that holds package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where each engine's migrations live, relative to the repository root. */
const MIGRATIONS_DIR = { sqlite: ["prisma", "migrations"], postgresql: ["prisma", "postgresql", "migrations"] } as const;

/**
 * The migrations of one engine (prisma/migrations for SQLite, prisma/postgresql/migrations for PostgreSQL):
 * folder name and sha256 of its migration.sql (Prisma's checksum).
 */
export function migrationFolders(root: string = projectRoot(), provider: keyof typeof MIGRATIONS_DIR = "sqlite"): { name: string; checksum: string }[] {
  const dir = path.join(root, ...MIGRATIONS_DIR[provider]);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => ({
      name,
      checksum: createHash("sha256").update(fs.readFileSync(path.join(dir, name, "migration.sql"))).digest("hex"),
    }));
}

/**
 * The migration folders the SQLite file `file` has not applied: every one when the file or its
 * `_prisma_migrations` table is missing; any folder without a finished, not rolled back row of the same
 * checksum; and all of them when a migration is recorded as started but unfinished (a failed one), so
 * that `prisma migrate deploy` runs and reports it. Reads only; never creates the file.
 */
export function pendingMigrations(file: string, root: string = projectRoot()): string[] {
  const folders = migrationFolders(root);
  if (!fs.existsSync(file)) return folders.map((f) => f.name);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return folders.map((f) => f.name);
    const rows = db
      .prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations")
      .all() as MigrationRow[];
    return pendingOf(folders, rows);
  } finally {
    db.close();
  }
}

/**
 * The folders `rows` (of `_prisma_migrations`; null when there is no such table) do not record as applied:
 * any folder without a finished, not rolled back row of the same checksum, and all of them when a migration
 * is recorded as started but unfinished (a failed one), so that `prisma migrate deploy` runs and reports it.
 */
function pendingOf(folders: { name: string; checksum: string }[], rows: MigrationRow[] | null): string[] {
  if (!rows) return folders.map((f) => f.name);
  if (rows.some((r) => r.finished_at === null && r.rolled_back_at === null)) return folders.map((f) => f.name);
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => `${r.migration_name}/${r.checksum}`),
  );
  return folders.filter((f) => !applied.has(`${f.name}/${f.checksum}`)).map((f) => f.name);
}

/** The migration folders of prisma/postgresql/migrations the PostgreSQL database `url` has not applied. */
export function pendingPostgresMigrations(url: string, root: string = projectRoot()): string[] {
  return pendingOf(migrationFolders(root, "postgresql"), readPostgresMigrations(url));
}

/** Longest a migration may take before start-up gives up. */
const MIGRATE_TIMEOUT_MS = 120_000;

/** How often a migration that met another process's lock is tried again. */
const MIGRATE_ATTEMPTS = 5;

/**
 * Applies the migrations in prisma/migrations to the database `databaseUrl` names, creating the
 * SQLite file (and its folder) when missing. Checks the file first (checkDatabaseFile: StartupError with
 * cause and fix); when every migration is already applied it does not start Prisma at all (whose schema
 * engine cannot take its lock while another process, e.g. the running service, has a WAL database open).
 * Otherwise runs `prisma migrate deploy`, again after a pause when another process held the lock; throws
 * with its output when it fails. Returns whether `prisma migrate deploy` ran.
 */
export function migrateDatabase(databaseUrl: string): boolean {
  if (isPostgresUrl(databaseUrl)) return migratePostgres(databaseUrl);
  const file = sqliteFilePath(databaseUrl);
  checkDatabaseFile(file);
  const root = projectRoot();
  let ran = false;
  for (let attempt = 1; pendingMigrations(file, root).length > 0; attempt++) {
    ran = true;
    const cli = require.resolve("prisma/build/index.js", { paths: [root] });
    const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
      timeout: MIGRATE_TIMEOUT_MS,
    });
    if (result.status === 0) break;
    const output = `${result.stdout}${result.stderr}`;
    if (!/SocketTimeout|database is locked|SQLITE_BUSY/.test(output) || attempt >= MIGRATE_ATTEMPTS) {
      throw new Error(`prisma migrate deploy failed for ${file}:\n${output}`);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200 * attempt + Math.random() * 300);
  }
  useWriteAheadLog(file);
  return ran;
}

/**
 * Puts the database in WAL mode (stored in the file, so every later connection uses it): readers never wait
 * for a writer, so the service keeps answering while a seed runs, and concurrent seeds queue on one write
 * lock instead of failing.
 */
export function useWriteAheadLog(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 5_000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * PostgreSQL: applies prisma/postgresql/migrations with `prisma migrate deploy` (prisma.config.ts picks the
 * variant schema and adapter-pg from the URL) when a migration is pending, and again after a pause when
 * another process held Prisma's advisory lock (two replicas starting at once). Throws StartupError when the
 * server cannot be reached, and the CLI's output when the migration fails. Returns whether it ran.
 */
function migratePostgres(databaseUrl: string): boolean {
  const root = projectRoot();
  let pending: string[];
  try {
    pending = pendingPostgresMigrations(databaseUrl, root);
  } catch (error) {
    throw new StartupError(`${(error as Error).message}; check DATABASE_URL and that PostgreSQL is running`);
  }
  if (pending.length === 0) return false;
  const cli = require.resolve("prisma/build/index.js", { paths: [root] });
  for (let attempt = 1; ; attempt++) {
    // The preload lets the CLI exit when it is done rather than 10 s later (see the script).
    const preload = path.join(root, "scripts", "unref-long-timers.cjs");
    const result = spawnSync(process.execPath, ["-r", preload, cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
      timeout: MIGRATE_TIMEOUT_MS,
    });
    if (result.status === 0) return true;
    const output = `${result.stdout}${result.stderr}`;
    if (!/advisory lock|P1002|deadlock|could not serialize/i.test(output) || attempt >= MIGRATE_ATTEMPTS) {
      throw new Error(`prisma migrate deploy failed for the PostgreSQL database:\n${output}`);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt + Math.random() * 500);
    if (pendingPostgresMigrations(databaseUrl, root).length === 0) return true;
  }
}
