// Preloaded into our server in bench mode only (`node -r ./bench/sql-counter.cjs dist/src/main.js`): counts
// every SQL statement better-sqlite3 runs (Statement run/get/all/iterate, Database exec) — Prisma's queries,
// raw SQL and transactions alike — without touching src/. On SIGUSR2 it prints `sql-statements <count>`
// on stdout, which the harness reads before and after a batch of requests.
"use strict";
const path = require("node:path");
const Database = require(require.resolve("better-sqlite3", { paths: [path.resolve(__dirname, "..")] }));

let count = 0;
let patched = false;
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function countedPrepare(...args) {
  const statement = prepare.apply(this, args);
  if (!patched) {
    patched = true;
    const proto = Object.getPrototypeOf(statement);
    for (const name of ["run", "get", "all", "iterate"]) {
      const original = proto[name];
      proto[name] = function counted(...a) {
        count++;
        return original.apply(this, a);
      };
    }
  }
  return statement;
};
const exec = Database.prototype.exec;
Database.prototype.exec = function countedExec(...args) {
  count++;
  return exec.apply(this, args);
};
process.on("SIGUSR2", () => process.stdout.write(`sql-statements ${count}\n`));

// --engine postgres: the same count for the statements Prisma's pg adapter sends (pg Client#query).
try {
  const pg = require(require.resolve("pg", { paths: [path.resolve(__dirname, "..")] }));
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    count++;
    return query.apply(this, args);
  };
} catch {
  // pg is not installed: SQLite only.
}
