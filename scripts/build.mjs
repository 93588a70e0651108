#!/usr/bin/env node
// Builds dist/ with tsc (incremental, tsconfig.build.json) only when a source changed since the last
// successful build, so `npm start`, `npm run seed`, `npm run extract`, … start at once when nothing did.
//
//   node scripts/build.mjs              build if stale (silent when up to date)
//   node scripts/build.mjs --force      always run tsc (`npm run build`)
//   node scripts/build.mjs --at-install build if stale; a failing build only warns (postinstall must not
//                                       break `npm install` on a work-in-progress tree: start builds again)
//
// "Stale" means: dist/.build-stamp is missing, or a file or folder under the build's inputs (src/,
// scripts/, prisma/seed.ts, the tsconfigs, package.json, package-lock.json) has a newer mtime than the
// stamp, which takes the time the last successful build started. Folder mtimes catch added, renamed and
// deleted files. Everything it prints goes to stderr: `npm run --silent extract` keeps a clean stdout.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = path.join("dist", ".build-stamp");
const inputs = ["src", "scripts", "prisma/seed.ts", "tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json"];
/** Outputs that must exist, whatever the stamp says. */
const outputs = ["dist/src/main.js", "dist/prisma/seed.js"];

/** The newest mtime (ms) of `entry` and, for a folder, of everything below it; 0 when it does not exist. */
function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** Why `root`/dist must be rebuilt, or null when it is up to date. */
export function staleReason(root = repositoryRoot) {
  const stamp = path.join(root, STAMP);
  let built;
  try {
    built = fs.statSync(stamp).mtimeMs;
  } catch {
    return "no previous build";
  }
  const missing = outputs.find((file) => !fs.existsSync(path.join(root, file)));
  if (missing) return `${missing} is missing`;
  for (const input of inputs) {
    if (newestMtime(path.join(root, input)) > built) return `${input} changed`;
  }
  return null;
}

function build(root, reason) {
  const started = Date.now();
  process.stderr.write(`build: ${reason}; compiling with tsc …\n`);
  let tsc;
  try {
    tsc = createRequire(path.join(root, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    process.stderr.write("build: typescript is not installed (npm install without --omit=dev)\n");
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0) {
    process.stderr.write(`build: tsc failed (exit ${result.status ?? result.signal})\n`);
    return 1;
  }
  const stamp = path.join(root, STAMP);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `built ${new Date(started).toISOString()}\n`);
  // The stamp takes the start time: a source saved while tsc ran still counts as changed next time.
  fs.utimesSync(stamp, started / 1000, started / 1000);
  process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

function main(args) {
  const unknown = args.find((arg) => arg !== "--force" && arg !== "--at-install");
  if (unknown) {
    process.stderr.write(`build: unknown option ${unknown} (--force, --at-install)\n`);
    return 2;
  }
  const reason = args.includes("--force") ? "build requested" : staleReason(repositoryRoot);
  if (reason === null) return 0;
  const status = build(repositoryRoot, reason);
  if (status !== 0 && args.includes("--at-install")) {
    process.stderr.write("build: continuing the install; `npm start` will try the build again\n");
    return 0;
  }
  return status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
