// `npm run bench:ingest -- [--docs N] [--seed S] [--runs R] [--twice] [--root CHECKOUT]`: times the project's seed command
// (`node dist/prisma/seed.js`) on a generated corpus into a fresh SQLite database and prints documents/s,
// extraction alone vs the rest, peak RSS, bytes written and the database size. `--twice` also seeds a
// second corpus (seed S+1) into the database that already holds the first. Needs `npm run build` first
// and no packages of bench/ (only the corpus generator).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
let ROOT = path.resolve(BENCH, "..");
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
const log = (...a) => console.error(...a);

function parseArgs(argv) {
  const o = { docs: 2000, seed: 1, runs: 1, twice: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--twice") o.twice = true;
    else if (a === "--root") o.root = path.resolve(argv[++i] ?? ".");
    else if (a === "--docs" || a === "--seed" || a === "--runs") {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} must be a positive whole number`);
      o[a.slice(2)] = v;
    } else throw new Error(`unknown option ${a} (usage: npm run bench:ingest -- [--docs N] [--seed S] [--runs R] [--twice] [--root CHECKOUT])`);
  }
  return o;
}

/** VmHWM of /proc/<pid>/status in bytes, or 0 when the process is gone. */
function peakRss(pid) {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) * 1024;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system, all threads) the process has used so far, from /proc/<pid>/stat; NaN when gone. */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** write_bytes of /proc/self/io: this process's, including its reaped children. */
function writeBytes() {
  return Number(/^write_bytes:\s+(\d+)/m.exec(fs.readFileSync("/proc/self/io", "utf8"))[1]);
}

function fileSize(file) {
  return [file, `${file}-wal`, `${file}-journal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

function ensureCorpus(docs, seed) {
  const dir = path.join(BENCH, ".data", `corpus-${docs}-s${seed}`);
  const marker = path.join(dir, ".complete");
  const want = JSON.stringify({ docs, seed, format: 2 });
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === want) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  generateCorpus(dir, { docs, seed });
  fs.writeFileSync(marker, want);
  return dir;
}

function seedSync(folder, database) {
  const r = spawnSync(process.execPath, ["dist/prisma/seed.js", folder], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${database}` }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`seed of ${folder} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Seeds `corpus` into `database` (already migrated), measuring the seed process. */
async function timeSeed(corpus, database, docs) {
  const dbBefore = fileSize(database);
  const written0 = writeBytes();
  const t0 = performance.now();
  const child = spawn(process.execPath, ["dist/prisma/seed.js", corpus], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${database}` }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr = (stderr + c).slice(-4000)));
  let hwm = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    hwm = Math.max(hwm, peakRss(child.pid));
    const used = cpuSeconds(child.pid);
    if (Number.isFinite(used)) cpu = used;
  }, 50);
  const code = await new Promise((resolve) => child.once("exit", resolve));
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`seed exited with ${code}:\n${stdout}\n${stderr}`);
  return { docs, seconds, docsPerSecond: docs / seconds, cpu, peakRss: hwm, written: writeBytes() - written0, dbBefore, dbSize: fileSize(database), summary: stdout.trim().split("\n").pop() };
}

function extractionAlone(corpus) {
  const r = spawnSync(process.execPath, [path.join(BENCH, "extract-time.cjs"), corpus], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`extraction timing failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function print(title, r, extract) {
  console.log(`\n## ${title}\n`);
  console.log("| measure | value |\n| --- | --- |");
  console.log(`| end to end (process start to exit) | ${fmt(r.seconds, 2)} s, **${fmt(r.docsPerSecond)} documents/s** |`);
  console.log(`| CPU time of the seed process (all threads; steadier than wall time on a busy machine) | ${fmt(r.cpu, 2)} s, ${fmt((1000 * r.cpu) / r.docs, 2)} ms per document |`);
  if (extract) {
    const rest = Math.max(0, r.seconds - extract.extractMs / 1000 - extract.parseMs / 1000);
    console.log(`| extraction alone (one thread, same documents) | ${fmt(extract.extractMs / 1000, 2)} s, ${fmt((r.docs * 1000) / extract.extractMs)} documents/s |`);
    console.log(`| end to end − parse − extraction (storing, start-up, and what overlapping saved shows as < 0 → 0) | ${fmt(rest, 2)} s |`);
  }
  console.log(`| peak RSS of the seed process | ${mb(r.peakRss)} MB |`);
  console.log(`| bytes written (/proc io write_bytes) | ${mb(r.written)} MB (${fmt(r.written / Math.max(1, r.dbSize - r.dbBefore))}× what the database grew) |`);
  console.log(`| database size | ${mb(r.dbSize)} MB (${mb(r.dbBefore)} MB before) |`);
  console.log(`| seed says | ${r.summary} |`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.root) ROOT = o.root; // another checkout's build (e.g. the commit before, for a before/after)
  if (!fs.existsSync(path.join(ROOT, "dist/prisma/seed.js"))) throw new Error("dist/prisma/seed.js is missing: run `npm run build` first");
  const corpus = ensureCorpus(o.docs, o.seed);
  const work = fs.mkdtempSync(path.join(BENCH, ".data", "ingest-"));
  const empty = path.join(work, "empty");
  fs.mkdirSync(empty);
  const extract = extractionAlone(corpus);
  const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`# Ingestion benchmark: ${o.docs} documents (corpus seed ${o.seed}), ${new Date().toISOString()}, node ${process.version}, load average ${load}`);
  try {
    for (let run = 1; run <= o.runs; run++) {
      const database = path.join(work, `run${run}.db`);
      seedSync(empty, database); // create and migrate: not counted
      log(`run ${run}: seeding ${o.docs} documents into a fresh database…`);
      const r = await timeSeed(corpus, database, o.docs);
      print(`Run ${run}: fresh database`, r, extract);
      if (o.twice) {
        const second = ensureCorpus(o.docs, o.seed + 1);
        log(`run ${run}: seeding ${o.docs} more documents into the database holding ${o.docs}…`);
        print(`Run ${run}: into the database already holding ${o.docs}`, await timeSeed(second, database, o.docs), null);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
