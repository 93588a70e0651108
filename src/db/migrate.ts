import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
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

/**
 * Applies the migrations in prisma/migrations to the database `databaseUrl` names, creating the
 * SQLite file (and its folder) when missing. Runs `prisma migrate deploy`; throws with its output
 * when it fails.
 */
export function migrateDatabase(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const root = projectRoot();
  const cli = require.resolve("prisma/build/index.js", { paths: [root] });
  const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed for ${file}:\n${result.stdout}${result.stderr}`);
  }
}
