import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { checkDatabaseFile } from "./preflight";
import { sqliteFilePath } from "./url";

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
 * with its output when it fails.
 */
export function migrateDatabase(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  checkDatabaseFile(file);
  const root = projectRoot();
  for (let attempt = 1; pendingMigrations(file, root); attempt++) {
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
}

/**
 * True unless every migration folder of prisma/migrations is recorded as applied (finished, not rolled
 * back) in the database's `_prisma_migrations` table; true for a new or empty file.
 */
export function pendingMigrations(file: string, root: string = projectRoot()): boolean {
  const dir = path.join(root, "prisma", "migrations");
  const wanted = fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
    const rows = db
      .prepare(`SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`)
      .all() as { name: string }[];
    const applied = new Set(rows.map((row) => row.name));
    return wanted.some((name) => !applied.has(name));
  } catch {
    return true;
  } finally {
    db?.close();
  }
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
