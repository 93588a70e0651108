import path from "node:path";

/** The embedded SQLite database a fresh clone uses when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/content.db";

/** The two database engines the service runs on. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** Whether `url` names a PostgreSQL database (postgres:// or postgresql://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url.trim());
}

/** The engine a DATABASE_URL names: postgres:// or postgresql:// → PostgreSQL, anything else → SQLite. */
export function providerOf(url: string): DatabaseProvider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/**
 * Turns a SQLite `DATABASE_URL` (`file:PATH`, PATH relative to the working directory or absolute)
 * into an absolute file path. Throws a message naming DATABASE_URL for anything else.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const match = /^file:(.+)$/.exec(url.trim());
  if (!match) {
    throw new Error(`DATABASE_URL must be a SQLite URL of the form file:PATH here (got "${url.slice(0, 60)}")`);
  }
  const filePath = match[1].replace(/\?.*$/, "");
  return path.resolve(cwd, filePath);
}
