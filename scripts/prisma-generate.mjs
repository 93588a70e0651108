#!/usr/bin/env node
// Generates both Prisma clients: src/generated/prisma (SQLite, prisma/schema.prisma) and
// src/generated/prisma-pg (PostgreSQL, prisma/postgresql/schema.prisma, written by prisma-variant.mjs).
// prisma.config.ts picks the schema from DATABASE_URL, so each run sets one of each kind; nothing connects.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js", { paths: [root] });
const variants = [
  ["SQLite", "file:./data/content.db"],
  ["PostgreSQL", "postgresql://localhost:5432/generate-only"],
];
const variant = spawnSync(process.execPath, [path.join(root, "scripts", "prisma-variant.mjs")], { cwd: root, stdio: "inherit" });
if (variant.status !== 0) process.exit(variant.status ?? 1);
for (const [name, url] of variants) {
  const result = spawnSync(process.execPath, [cli, "generate"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) {
    console.error(`prisma generate failed for the ${name} client`);
    process.exit(result.status ?? 1);
  }
}
