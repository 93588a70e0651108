import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** A start-up problem with its cause and the fix, in one line. */
export class StartupError extends Error {
  override name = "StartupError";
}

/** How long the start-up check waits for another process's lock, in ms. */
const PREFLIGHT_BUSY_TIMEOUT_MS = 2_000;

/**
 * The largest database file whose every page the start-up check reads (`PRAGMA quick_check`): its time grows
 * with the file (2.4 s for the 442 MB of the 20,000-article bench database on a loaded machine; a 2 GB archive
 * would hold `npm start` for ten seconds and more). A larger file gets the bounded check (rootPagesReadable).
 */
export const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Checks, before any migration runs, that `file` can be the service's SQLite database: its folder exists or
 * can be created, it is not a directory, and when it exists it is an SQLite database that is intact and
 * writable. Intact: every page read (`PRAGMA quick_check`) up to `fullCheckMaxBytes`; above that, the schema
 * and the first pages of every table (a file overwritten or truncated fails; a page damaged deep inside shows
 * when it is read: the query fails and /ready answers 503). Throws StartupError naming the path, the cause
 * and the fix. An empty file is fine (SQLite treats it as an empty database).
 */
export function checkDatabaseFile(file: string, { fullCheckMaxBytes = FULL_CHECK_MAX_BYTES }: { fullCheckMaxBytes?: number } = {}): void {
  const dir = path.dirname(file);
  const fix = "set DATABASE_URL=file:PATH to a writable location";
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw new StartupError(`database path ${file}: a parent of it is a file, not a folder; ${fix}`);
    if (code !== "ENOENT") throw new StartupError(`database path ${file} cannot be read (${code}); ${fix}`);
  }
  if (stat?.isDirectory()) throw new StartupError(`database path ${file} is a directory, not a file; ${fix} (e.g. file:${path.join(file, "content.db")})`);
  if (!stat) {
    try {
      makeFolders(dir);
      fs.accessSync(dir, fs.constants.W_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "error";
      const why = code === "ENOTDIR" || code === "EEXIST" ? "a parent of it is a file, not a folder" : `cannot create or write its folder ${dir} (${code})`;
      throw new StartupError(`database path ${file}: ${why}; ${fix}`);
    }
    if (!isRealFolder(dir)) throw new StartupError(`database path ${file}: ${dir} is not a folder SQLite can create files in; ${fix}`);
    return;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: PREFLIGHT_BUSY_TIMEOUT_MS });
    if (stat.size <= fullCheckMaxBytes) {
      const check = db.pragma("quick_check(1)", { simple: true });
      if (check !== "ok") throw Object.assign(new Error(String(check)), { code: "SQLITE_CORRUPT" });
    } else {
      rootPagesReadable(db);
    }
    db.exec("BEGIN IMMEDIATE; ROLLBACK");
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? "");
    const message = (e as Error).message;
    if (code === "SQLITE_NOTADB") throw new StartupError(`database file ${file} is not an SQLite database (${message}); move it away or ${fix}`);
    if (code.startsWith("SQLITE_CORRUPT")) throw new StartupError(`database file ${file} is corrupt (${message}); restore a backup, or delete it to start empty`);
    if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
      throw new StartupError(`database file ${file} is not writable (${code}); make it writable (chmod u+w) or ${fix}`);
    }
    if (code.startsWith("SQLITE_BUSY")) throw new StartupError(`database file ${file} is locked by another process; stop it or ${fix}`);
    throw new StartupError(`database file ${file} cannot be opened (${code || "error"}: ${message}); ${fix}`);
  } finally {
    db?.close();
  }
}

/**
 * Reads the schema and one row of every ordinary table (FTS5's shadow tables included; the virtual tables
 * themselves are read through them): a few pages each, whatever the file's size. Throws SQLite's error.
 */
function rootPagesReadable(db: Database.Database): void {
  const tables = db.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "sql" NOT LIKE 'CREATE VIRTUAL TABLE%'`).all() as { name: string }[];
  for (const { name } of tables) db.prepare(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 1`).get();
}

/**
 * `mkdir -p` one level at a time. (fs.mkdirSync with `recursive` never returns for a path under /proc on
 * Linux: it keeps retrying the ENOENT the kernel answers.)
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    try {
      const stat = fs.statSync(current);
      if (!stat.isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: "ENOTDIR" });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      missing.push(current);
      const parent = path.dirname(current);
      if (parent === current) throw e;
      current = parent;
    }
  }
  for (const folder of missing.reverse()) fs.mkdirSync(folder);
}

/** False for folders of pseudo file systems (/proc, /sys) where SQLite cannot keep a database. */
function isRealFolder(dir: string): boolean {
  const probe = path.join(dir, `.content-db-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}
