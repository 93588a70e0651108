import fs from "node:fs";
import Database from "better-sqlite3";
import type { PrismaClient } from "./db/client";

/** What /ready answers: ready, or not with the reason. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** The tables a real read touches: if one of them cannot be read, the service cannot answer. */
const MAIN_TABLES = ["Article", "Person", "Quote", "Event"] as const;

/** How long /ready waits for a lock held by another process, in ms. */
export const READY_BUSY_TIMEOUT_MS = 250;

/** The identity of a file on disk: a replaced file (same path, new file) has another inode or device. */
interface FileIdentity {
  dev: number;
  ino: number;
}

function identityOf(file: string): FileIdentity | null {
  try {
    const stat = fs.statSync(file);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/** The reason for a driver adapter error of @prisma/adapter-pg (`{ kind, originalCode, originalMessage }`). */
function describeServerError(cause: { kind?: string; originalCode?: string; originalMessage?: string }): string | null {
  switch (cause.kind) {
    case "DatabaseNotReachable":
    case "SocketTimeout":
    case "ConnectionClosed":
      return "database server cannot be reached";
    case "DatabaseDoesNotExist":
      return "database does not exist";
    case "AuthenticationFailed":
      return "database refused the credentials";
    case "TableDoesNotExist":
      return `database is not migrated (${cause.originalMessage ?? "a table is missing"})`;
    default:
      return cause.originalMessage ? `database read failed (${cause.originalMessage})` : null;
  }
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "kind" in error) {
    const reason = describeServerError(error as { kind?: string });
    if (reason) return reason;
  }
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? String(error);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "database is locked by another process";
  if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") return `database file is corrupt (${message})`;
  if (code.startsWith("SQLITE_CANTOPEN")) return "database file cannot be opened";
  if (/no such table/.test(message) || code === "42P01") return `database is not migrated (${message})`;
  // PostgreSQL (pg's error codes): the server is down, refuses us, or is shutting down.
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "57P01", "57P03", "53300"].includes(code) || /Connection terminated|connect ECONNREFUSED/.test(message)) {
    return "database server cannot be reached";
  }
  if (code === "3D000") return "database does not exist";
  return `database read failed (${message})`;
}

/**
 * Readiness of the database file `file` the service opened at start: the file is still there and is the
 * same file (same device and inode as when `readinessCheck` was created; a deleted or replaced file leaves
 * the running service reading an orphan), and a fresh read-only connection can read every main table
 * within READY_BUSY_TIMEOUT_MS (not locked by another process, not corrupt).
 */
export function readinessCheck(file: string): () => Promise<Readiness> {
  const opened = identityOf(file);
  return async () => {
    const now = identityOf(file);
    if (!now) return { ready: false, reason: "database file is missing (deleted or moved)" };
    if (opened && (now.dev !== opened.dev || now.ino !== opened.ino)) {
      return { ready: false, reason: "database file was replaced since start-up; restart the service" };
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true, timeout: READY_BUSY_TIMEOUT_MS });
      for (const table of MAIN_TABLES) db.prepare(`SELECT count(*) FROM "${table}"`).get();
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: describe(error) };
    } finally {
      db?.close();
    }
  };
}

/** Longest /ready waits for a database server (PostgreSQL) to answer, in ms. */
export const READY_SERVER_TIMEOUT_MS = 2_000;

/**
 * Readiness through the service's own Prisma client (PostgreSQL, or SQLite when the file is not known): a
 * read of every main table, answered within READY_SERVER_TIMEOUT_MS.
 */
export function prismaReadinessCheck(prisma: PrismaClient): () => Promise<Readiness> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const reads = (async () => {
        for (const table of MAIN_TABLES) await prisma.$queryRawUnsafe(`SELECT 1 FROM "${table}" LIMIT 1`);
      })();
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error("no answer in time"), { code: "ETIMEDOUT" })), READY_SERVER_TIMEOUT_MS);
      });
      reads.catch(() => undefined);
      await Promise.race([reads, late]);
      return { ready: true };
    } catch (error) {
      const cause = (error as { cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } }).meta?.driverAdapterError?.cause;
      return { ready: false, reason: describe(cause ?? error).replace(/\s+/g, " ").slice(0, 300) };
    } finally {
      clearTimeout(timer);
    }
  };
}
