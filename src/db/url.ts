import path from "node:path";

/** The embedded SQLite database a fresh clone uses when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/content.db";

/**
 * Turns a SQLite `DATABASE_URL` (`file:PATH`, PATH relative to the working directory or absolute)
 * into an absolute file path. Throws a message naming DATABASE_URL for anything else.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const match = /^file:(.+)$/.exec(url.trim());
  if (!match) {
    throw new Error(
      `DATABASE_URL must be a SQLite URL of the form file:PATH (got "${url}"); PostgreSQL is not supported yet`,
    );
  }
  const filePath = match[1].replace(/\?.*$/, "");
  return path.resolve(cwd, filePath);
}
