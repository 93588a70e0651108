#!/usr/bin/env node
// Worker throughput on the PostgreSQL job queue: for each worker count, a fresh database, the same seeded
// synthetic corpus (bench/corpus.mjs) enqueued with `seed --enqueue`, then that many `worker --exit-when-idle`
// processes started at once; prints documents/s per worker count (wall time from the workers' start to the
// last one's exit, and the queue's own first-start-to-last-completion span) and checks every document was
// stored exactly once. Run after `npm run build`.
//
//   node scripts/bench-workers.mjs [--docs N (default 400)] [--workers 1,2] [--concurrency C (default 2)] [--pg-url URL]
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { generateCorpus } from "../bench/corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const docs = Number(option("--docs", "400"));
const workerCounts = option("--workers", "1,2").split(",").map(Number);
const concurrency = Number(option("--concurrency", "2"));
const admin = option("--pg-url", process.env.POSTGRES_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
if (!Number.isInteger(docs) || docs < 1 || workerCounts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("usage: node scripts/bench-workers.mjs [--docs N] [--workers 1,2] [--concurrency C] [--pg-url URL]");
  process.exit(2);
}
if (!fs.existsSync(path.join(ROOT, "dist", "src", "ingest", "cli", "worker.js"))) {
  console.error("bench-workers: run `npm run build` first");
  process.exit(2);
}

const corpus = fs.mkdtempSync(path.join(os.tmpdir(), "bench-workers-"));
const made = generateCorpus(corpus, { docs, seed: 7 });
console.log(`corpus: ${made.docs} documents, ${(made.bytes / 1e6).toFixed(1)} MB, seed 7; ${os.cpus().length} cores; ${concurrency} jobs at a time per worker`);

async function sql(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function run(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command.join(" ")} exited ${code}:\n${out}`))));
  });
}

const rows = [];
for (const workers of workerCounts) {
  const name = `bench_workers_${process.pid}_${workers}`;
  await sql(admin, `DROP DATABASE IF EXISTS "${name}"`);
  await sql(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), QUEUE_POLL_SECONDS: "0.5" };
  try {
    await run([path.join("dist", "prisma", "seed.js"), "--enqueue", corpus], env);
    const started = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run([path.join("dist", "src", "ingest", "cli", "worker.js"), "--exit-when-idle", "--concurrency", String(concurrency)], env)));
    const wall = (performance.now() - started) / 1000;
    const [{ stored }] = await sql(url.toString(), `SELECT count(*)::int AS stored FROM "Article"`);
    const [{ span, completed }] = await sql(
      url.toString(),
      `SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS span, count(*)::int AS completed
       FROM (SELECT started_on, completed_on FROM pgboss.job WHERE state = 'completed' UNION ALL SELECT started_on, completed_on FROM pgboss.archive WHERE state = 'completed') j`,
    );
    if (stored !== docs || completed !== docs) throw new Error(`${workers} workers: ${stored} articles stored and ${completed} jobs completed, expected ${docs}`);
    rows.push({ workers, wall, span, perSecond: docs / wall, queuePerSecond: docs / span });
  } finally {
    await sql(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
fs.rmSync(corpus, { recursive: true, force: true });

console.log("\n| workers | documents | wall (s) | documents/s (wall) | documents/s (queue: first start to last completion) |");
console.log("| ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.workers} | ${docs} | ${r.wall.toFixed(1)} | ${r.perSecond.toFixed(1)} | ${r.queuePerSecond.toFixed(1)} |`);
}
