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

/**
 * Applies the migrations in prisma/migrations to the database `databaseUrl` names, creating the
 * SQLite file (and its folder) when missing. Checks the file first (checkDatabaseFile: StartupError with
 * cause and fix), then runs `prisma migrate deploy`; throws with its output when it fails.
 */
export function migrateDatabase(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  checkDatabaseFile(file);
  const root = projectRoot();
  const cli = require.resolve("prisma/build/index.js", { paths: [root] });
  const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    timeout: MIGRATE_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed for ${file}:\n${result.stdout}${result.stderr}`);
  }
  useWriteAheadLog(file);
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
