/**
 * True for a store error that another writer caused and that goes away when the document is tried again:
 * the database locked by another process (SQLITE_BUSY, which Prisma reports as "Operation has timed out"),
 * a WAL snapshot that another writer moved past (SQLITE_BUSY_SNAPSHOT), a transaction that timed out
 * waiting, or a unique key another seed stored at the same moment (P2002).
 */
export function isRetryableStoreError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  // P2003: on PostgreSQL, a store running beside another may link a person that the other's re-extraction has
  // just dropped (its foreign key fails): the retry matches the people again.
  return isBusyError(error) || e.code === "P2002" || e.code === "P2003" || /Unique constraint failed/.test(String(e.message ?? ""));
}

/** True when the error says the database was locked by another writer (or a wait for it timed out). */
export function isBusyError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; meta?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (e.code === "P1008" || e.code === "P2034" || e.code === "P2028") return true;
  const text = `${String(e.message ?? "")} ${safeJson(e.meta)}`;
  // PostgreSQL: a deadlock (40P01) or a serialization failure (40001) between two writers is worth a retry.
  return /SQLITE_BUSY|database is locked|Operation has timed out|Transaction already closed|timed out|40P01|40001|deadlock detected/i.test(text);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}
