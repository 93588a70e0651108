// `npm run bench -- [options]`: generate a seeded corpus, time its ingestion with the project's own seed
// command, then load-test our server, PostGraphile v4 (on a PostgreSQL copy of the same data) and an
// in-memory Apollo baseline, alternating, and print one table. See README "Benchmark" and --help.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.mjs";
import { loadGenerator } from "./load.mjs";
import * as QUERIES from "./queries.mjs";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const require = createRequire(path.join(ROOT, "package.json"));

const USAGE = `usage: npm run bench -- [options]
  --docs N            corpus size (default 20000; 100000 supported)
  --seed S            corpus seed (default 1)
  --corpus DIR        corpus folder (default bench/.data/corpus-<docs>-s<seed>, reused when complete)
  --database FILE     benchmark an existing database (skips generation and ingestion)
  --work DIR          where the fresh database goes (default bench/.data/run-<time>)
  --connections C     concurrent connections per load run (default 10)
  --duration S        seconds per load run (default 20)
  --reps R            repetitions; servers alternate within each (default 3)
  --warmup S          seconds of unrecorded load per query and server before the first repetition (default 2; 0: none)
  --servers LIST      of ours,postgraphile,inmemory (default all three)
  --queries LIST      of ${Object.keys(QUERIES.QUERY_LABELS).join(",")} (default all)
  --compare-queries LIST  the queries PostGraphile and the in-memory baseline also run (default: all of --queries)
  --search WORD       search term of query (c) (default government)
  --filter-word WORD  word for articles(filter.text) (default said)
  --top N             rotate person/event queries over the N most-quoted people / most-covered events (default 5)
  --engine E          sqlite (default) or postgres: our server on a fresh PostgreSQL database, seeded by our seed
                      command, and PostGraphile on that same database (no copy); the in-memory baseline is skipped
  --pg-url URL        PostgreSQL server to copy into (default postgres://postgres@127.0.0.1:5432/postgres)
  --keep-pg           keep the bench_<time> PostgreSQL database afterwards (default: drop it)
  --no-install        do not install bench/node_modules when missing (PostGraphile parts are skipped)
  --no-extract-split  skip the extraction-only pass of the ingestion report
  --ingest-twice      also time seeding a second corpus (seed S+1, same size) into a copy of the seeded database
  --autocannon / --builtin-load   load generator (default autocannon when installed)`;

// ---------------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = {
    docs: 20000, seed: 1, corpus: null, database: null, work: null, connections: 10, duration: 20, reps: 3, warmup: 2,
    servers: ["ours", "postgraphile", "inmemory"], queries: Object.keys(QUERIES.QUERY_LABELS), compareQueries: null, search: "government",
    filterWord: "said", top: 5, pgUrl: "postgres://postgres@127.0.0.1:5432/postgres", keepPg: false, install: true,
    extractSplit: true, ingestTwice: false, autocannon: true, engine: "sqlite",
  };
  const numbers = { "--docs": "docs", "--seed": "seed", "--connections": "connections", "--duration": "duration", "--reps": "reps", "--top": "top", "--warmup": "warmup" };
  const strings = { "--engine": "engine", "--corpus": "corpus", "--database": "database", "--work": "work", "--search": "search", "--filter-word": "filterWord", "--pg-url": "pgUrl" };
  const flags = { "--keep-pg": ["keepPg", true], "--no-install": ["install", false], "--no-extract-split": ["extractSplit", false], "--ingest-twice": ["ingestTwice", true], "--autocannon": ["autocannon", true], "--builtin-load": ["autocannon", false] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a in flags) {
      o[flags[a][0]] = flags[a][1];
    } else if (a in numbers || a in strings || a === "--servers" || a === "--queries" || a === "--compare-queries") {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a in numbers) {
        const n = Number(v);
        const real = a === "--duration" || a === "--warmup";
        if (!(n > 0 || (a === "--warmup" && n === 0)) || (!real && !Number.isInteger(n))) {
          throw new UsageError(`${a} must be a positive ${real ? "number" : "whole number"} (got "${v}")`);
        }
        o[numbers[a]] = n;
      } else if (a in strings) o[strings[a]] = v;
      else {
        const list = v.split(",").map((s) => s.trim()).filter(Boolean);
        const allowed = a === "--servers" ? ["ours", "postgraphile", "inmemory"] : Object.keys(QUERIES.QUERY_LABELS);
        const bad = list.find((s) => !allowed.includes(s));
        if (bad || !list.length) throw new UsageError(`${a}: unknown "${bad ?? v}" (one of ${allowed.join(", ")})`);
        o[{ "--servers": "servers", "--queries": "queries", "--compare-queries": "compareQueries" }[a]] = list;
      }
    } else throw new UsageError(`unknown option ${a}`);
  }
  return o;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const mb = (bytes) => (bytes / 1048576).toFixed(1);
const median = (values) => {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : "–");
const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "_");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error(...a);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** /proc/<pid>/status fields in bytes (VmRSS, VmHWM), or null when the process is gone. */
function memory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) the process has used, in ms, from /proc/<pid>/stat; NaN when it is gone. Per
 * request it is steadier than req/s on a shared machine. PostGraphile's excludes PostgreSQL's own processes.
 */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** write_bytes of /proc/<pid>/io (this process's, including its reaped children), or NaN. */
function writeBytes(pid = "self") {
  try {
    return Number(/^write_bytes:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/io`, "utf8"))[1]);
  } catch {
    return NaN;
  }
}

function fileSize(file) {
  return [file, `${file}-wal`, `${file}-journal`, `${file}-shm`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

async function post(url, query, variables) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Error(`HTTP ${response.status}: ${body.errors.map((e) => e.message).join("; ").slice(0, 300)}`);
  if (!response.ok || !body.data) throw new Error(`HTTP ${response.status}: no data`);
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

// ---------------------------------------------------------------------------------------------------
// Servers as child processes

/** Starts a server process; resolves once `url` answers `{ __typename }`. */
async function startServer(name, command, args, env, url) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const waiting = [];
  let exited = false;
  child.once("exit", () => (exited = true));
  let buffer = "";
  const onData = (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const m = /^sql-statements (\d+)$/.exec(line);
      if (m && waiting.length) waiting.shift()(Number(m[1]));
      else output.push(line), output.length > 40 && output.shift();
    }
  };
  child.stdout.setEncoding("utf8").on("data", onData);
  child.stderr.setEncoding("utf8").on("data", (c) => output.push(...c.trimEnd().split("\n")) && output.splice(0, Math.max(0, output.length - 40)));
  const server = {
    name, url, child, output,
    /** The process's SQL statement counter, or NaN when it has none. */
    sqlCount: () =>
      new Promise((resolve) => {
        if (exited) return resolve(NaN);
        const timer = setTimeout(() => resolve(NaN), 2000);
        waiting.push((n) => (clearTimeout(timer), resolve(n)));
        child.kill("SIGUSR2");
      }),
    stop: async () => {
      if (exited) return;
      const done = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([done, sleep(5000)]);
      if (!exited) child.kill("SIGKILL");
    },
  };
  const started = performance.now();
  for (;;) {
    if (exited) throw new Error(`${name} exited before answering:\n${output.join("\n")}`);
    if (performance.now() - started > 120000) {
      await server.stop();
      throw new Error(`${name} did not answer within 120 s:\n${output.join("\n")}`);
    }
    try {
      await post(url, "{ __typename }");
      return server;
    } catch {
      await sleep(100);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Ingestion

/** Runs the project's seed command on `corpus` into a fresh `database`, measuring it. */
async function ingest(corpus, database, docs, extractSplit) {
  fs.mkdirSync(path.dirname(database), { recursive: true });
  // First the fixed cost: the same command on an empty folder creates the database and applies the
  // migrations, so the timed run below measures the documents (on a fresh, empty, migrated database).
  const empty = path.join(path.dirname(database), "empty-corpus");
  fs.mkdirSync(empty, { recursive: true });
  const m0 = performance.now();
  const migrate = spawnSync(process.execPath, ["dist/prisma/seed.js", empty], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${database}` }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`seed of an empty folder (migrations) failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const migrateSeconds = (performance.now() - m0) / 1000;
  const dbSizeBefore = fileSize(database);
  const before = writeBytes();
  const t0 = performance.now();
  const child = spawn(process.execPath, ["dist/prisma/seed.js", corpus], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${database}` }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr = (stderr + c).slice(-4000)));
  let hwm = 0;
  const poll = setInterval(() => {
    const m = memory(child.pid);
    if (m && m.hwm > hwm) hwm = m.hwm;
  }, 100);
  const code = await new Promise((resolve) => child.once("exit", resolve));
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  const written = writeBytes() - before;
  // Exit 1 with a summary: some documents failed (and are counted in it); anything else is fatal.
  if (code !== 0 && !(code === 1 && /^seeded: /m.test(stdout))) throw new Error(`seed exited with ${code}:\n${stdout}\n${stderr}`);
  const report = { docs, migrateSeconds, dbSizeBefore, seconds, docsPerSecond: docs / seconds, peakRss: hwm, written, dbSize: fileSize(database), summary: stdout.trim().split("\n").pop() };
  if (extractSplit) {
    log(`extraction alone over ${docs} documents (one pass, single thread)…`);
    const r = spawnSync(process.execPath, [path.join(BENCH, "extract-time.cjs"), corpus], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
    try {
      const { extractMs, parseMs } = JSON.parse(r.stdout.trim().split("\n").pop());
      report.extractSeconds = extractMs / 1000;
      report.parseSeconds = parseMs / 1000;
    } catch {
      report.extractError = (r.stderr || r.stdout || "no output").trim().split("\n").pop();
    }
  }
  return report;
}

/** The corpus folder for (docs, seed), generated unless a complete one is there. */
function ensureCorpus(dir, docs, seed) {
  const corpus = path.resolve(dir);
  const marker = path.join(corpus, ".complete");
  const want = JSON.stringify({ docs, seed, format: 2 });
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === want) {
    log(`corpus: reusing ${corpus}`);
    return corpus;
  }
  fs.rmSync(corpus, { recursive: true, force: true });
  const t0 = performance.now();
  const g = generateCorpus(corpus, { docs, seed });
  fs.writeFileSync(marker, want);
  log(`corpus: ${g.docs} documents, ${mb(g.bytes)} MB in ${corpus} (${fmt((performance.now() - t0) / 1000)} s)`);
  return corpus;
}

function printIngest(r, into) {
  console.log(`\n## Ingestion (${r.docs} documents, \`node dist/prisma/seed.js\` into ${into})\n`);
  console.log("| measure | value |\n| --- | --- |");
  console.log(`| the same command on an empty folder first (start-up, creating and migrating the database; not counted below) | ${fmt(r.migrateSeconds)} s |`);
  console.log(`| end to end (process start to exit) | ${fmt(r.seconds)} s, ${fmt(r.docsPerSecond)} documents/s |`);
  if (r.extractSeconds !== undefined) {
    const storing = Math.max(0, r.seconds - r.extractSeconds - r.parseSeconds);
    console.log(`| extraction alone (one thread) | ${fmt(r.extractSeconds)} s, ${fmt(r.docs / r.extractSeconds)} documents/s |`);
    console.log(`| storing and the rest (end to end − parse − extraction) | ${fmt(storing)} s, ${fmt((100 * storing) / r.seconds, 0)}% of the time |`);
  } else if (r.extractError) console.log(`| extraction alone | not measured: ${r.extractError} |`);
  console.log(`| peak RSS of the seed process | ${mb(r.peakRss)} MB |`);
  console.log(`| bytes written (/proc io write_bytes) | ${mb(r.written)} MB (${fmt(r.written / Math.max(1, r.dbSize - r.dbSizeBefore))}× what the database grew) |`);
  console.log(`| database size | ${mb(r.dbSize)} MB${r.dbSizeBefore ? ` (${mb(r.dbSizeBefore)} MB before)` : ""} |`);
  console.log(`| seed says | ${r.summary} |`);
}

// ---------------------------------------------------------------------------------------------------
// Main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const notes = [];
  const record = { options: o, started: new Date().toISOString() };
  // Build dist/ when a source changed (fast when nothing did).
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) throw new Error("build failed");

  // Bench dependencies (autocannon, postgraphile, pg), outside the service's own install.
  if (!fs.existsSync(path.join(BENCH, "node_modules")) && o.install) {
    log("installing bench dependencies (npm --prefix bench ci)…");
    const r = spawnSync("npm", ["--prefix", BENCH, "ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
    if (r.status !== 0) notes.push("bench dependencies could not be installed: PostGraphile skipped, built-in load generator");
  }
  const haveBenchDeps = fs.existsSync(path.join(BENCH, "node_modules", "postgraphile"));
  const loader = await loadGenerator(o.autocannon);

  // Corpus and ingestion.
  if (!["sqlite", "postgres"].includes(o.engine)) throw new UsageError(`--engine must be sqlite or postgres (got "${o.engine}")`);
  const onPostgres = o.engine === "postgres";
  if (onPostgres && (o.database || o.ingestTwice)) throw new UsageError("--engine postgres seeds a fresh database: --database and --ingest-twice are for SQLite");
  const pgEngine = onPostgres ? await import("./postgres-engine.mjs") : null;
  let pgDatabase = null; // { name, url } of the PostgreSQL database our server and PostGraphile share
  let database = o.database && path.resolve(o.database);
  if (database && !fs.existsSync(database)) throw new UsageError(`--database: no such file ${database}`);
  const runDir = path.resolve(o.work ?? path.join(BENCH, ".data", `run-${stamp()}`));
  if (onPostgres) {
    const corpus = ensureCorpus(o.corpus ?? path.join(BENCH, ".data", `corpus-${o.docs}-s${o.seed}`), o.docs, o.seed);
    const name = `bench_${stamp()}`.toLowerCase();
    pgDatabase = { name, url: await pgEngine.createDatabase(o.pgUrl, name) };
    log(`seeding ${o.docs} documents into PostgreSQL database ${name}…`);
    const report = await pgEngine.ingestPostgres(ROOT, runDir, corpus, pgDatabase.url, o.docs);
    pgEngine.printIngestPostgres(report, fmt, mb);
    record.ingest = report;
  } else if (!database) {
    const corpus = ensureCorpus(o.corpus ?? path.join(BENCH, ".data", `corpus-${o.docs}-s${o.seed}`), o.docs, o.seed);
    database = path.join(runDir, "content.db");
    log(`seeding ${o.docs} documents into ${database}…`);
    const report = await ingest(corpus, database, o.docs, o.extractSplit);
    printIngest(report, "a fresh database");
    record.ingest = report;
    if (o.ingestTwice) {
      // Into a copy, so the queries below still run on the corpus of --docs documents.
      const second = ensureCorpus(path.join(path.dirname(corpus), `${path.basename(corpus)}-next-s${o.seed + 1}`), o.docs, o.seed + 1);
      const copy = path.join(runDir, "content-twice.db");
      fs.copyFileSync(database, copy);
      log(`seeding ${o.docs} more documents into a copy holding ${o.docs}…`);
      const again = await ingest(second, copy, o.docs, false);
      printIngest(again, `a database already holding ${o.docs} articles`);
      record.ingestTwice = again;
      for (const suffix of ["", "-wal", "-journal", "-shm"]) fs.rmSync(`${copy}${suffix}`, { force: true });
    }
  }

  // What the data holds, and the names of the most-quoted people and most-covered events.
  let stats, topPeople, topEvents;
  if (onPostgres) ({ stats, topPeople, topEvents } = await pgEngine.postgresStats(pgDatabase.url, o.top));
  else {
    const Database = require("better-sqlite3");
    const sqlite = new Database(database, { readonly: true });
    const scalar = (sql) => Object.values(sqlite.prepare(sql).get())[0];
    stats = { articles: scalar(`SELECT count(*) FROM "Article"`), quotes: scalar(`SELECT count(*) FROM "Quote"`), people: scalar(`SELECT count(*) FROM "Person"`), events: scalar(`SELECT count(*) FROM "Event"`) };
    topPeople = sqlite.prepare(`SELECT p.name, count(*) AS n FROM "Quote" q JOIN "Person" p ON p.id = q."speakerId" GROUP BY q."speakerId" ORDER BY n DESC, p.id LIMIT ?`).all(o.top);
    topEvents = sqlite.prepare(`SELECT e.name, count(*) AS n FROM "ArticleEvent" ae JOIN "Event" e ON e.id = ae."eventId" GROUP BY ae."eventId" ORDER BY n DESC, e.id LIMIT ?`).all(o.top);
    sqlite.close();
  }
  console.log(
    `\ndata: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.people} people, ${stats.events} events; most quoted: ` +
      `${topPeople.map((p) => `${p.name} (${p.n})`).join(", ")}; most covered events: ${topEvents.map((e) => `${e.name} (${e.n})`).join(", ") || "none"}`,
  );

  // Servers.
  const servers = [];
  const cleanups = [];
  const stopAll = async () => {
    for (const s of servers) await s.stop();
    for (const c of cleanups.reverse()) await c().catch((e) => log(`cleanup: ${e.message}`));
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  if (pgDatabase && !o.keepPg) cleanups.push(async () => (await import("./pg-copy.mjs")).dropDatabase(o.pgUrl, pgDatabase.name));
  else if (pgDatabase) notes.push(`PostgreSQL database kept: ${pgDatabase.url}`);
  try {
    if (o.servers.includes("ours")) {
      const port = await freePort();
      servers.push(await startServer("ours", process.execPath, ["-r", path.join(BENCH, "sql-counter.cjs"), "dist/src/main.js"],
        { PORT: String(port), DATABASE_URL: onPostgres ? pgDatabase.url : `file:${database}`, DOCUMENTS_DIR: path.join(runDir, "no-documents") }, `http://127.0.0.1:${port}/graphql`));
    }
    if (o.servers.includes("postgraphile")) {
      const { postgresAvailable, copyToPostgres, dropDatabase } = await import("./pg-copy.mjs");
      if (!haveBenchDeps) notes.push("PostGraphile skipped: bench/node_modules is not installed (run `npm --prefix bench ci`)");
      else if (onPostgres) {
        // The very database our server reads: PostGraphile introspects its tables (and the SQL functions its queries call).
        await pgEngine.addPostGraphileFunctions(pgDatabase.url);
        const port = await freePort();
        servers.push(await startServer("postgraphile", process.execPath, [path.join(BENCH, "postgraphile-server.mjs"), "--port", String(port), "--database", pgDatabase.url], {}, `http://127.0.0.1:${port}/graphql`));
      } else if (!(await postgresAvailable(o.pgUrl))) notes.push(`PostGraphile skipped: no PostgreSQL answers at ${o.pgUrl}`);
      else {
        const name = `bench_${stamp()}`.toLowerCase();
        log(`copying the SQLite tables into PostgreSQL database ${name}…`);
        const t0 = performance.now();
        const { url } = await copyToPostgres(database, o.pgUrl, name);
        log(`copied in ${fmt((performance.now() - t0) / 1000)} s`);
        if (!o.keepPg) cleanups.push(() => dropDatabase(o.pgUrl, name));
        else notes.push(`PostgreSQL copy kept: ${url}`);
        const port = await freePort();
        servers.push(await startServer("postgraphile", process.execPath, [path.join(BENCH, "postgraphile-server.mjs"), "--port", String(port), "--database", url], {}, `http://127.0.0.1:${port}/graphql`));
      }
    }
    if (o.servers.includes("inmemory") && onPostgres) notes.push("in-memory baseline skipped: it loads an SQLite file (--engine sqlite)");
    else if (o.servers.includes("inmemory")) {
      const port = await freePort();
      servers.push(await startServer("inmemory", process.execPath, [path.join(BENCH, "inmemory-server.mjs"), "--port", String(port), "--sqlite", database], {}, `http://127.0.0.1:${port}/`));
    }

    // Discover ids by querying each server (never assuming their form), then build the request bodies.
    const plans = new Map(); // server name → query name → { bodies, bytes } | { error }
    for (const s of servers) {
      const spec = QUERIES[s.name];
      const ids = { searchWord: o.search, filterWord: o.filterWord, topPeople: [], topEvents: [] };
      const discover = async (key, variables) => {
        try {
          return spec.pick[key]((await post(s.url, spec.discover[key], variables)).data, variables?.name);
        } catch (error) {
          throw new Error(`${s.name}: discovery query "${key}" failed (adapt it in bench/queries.mjs): ${error.message}`);
        }
      };
      if (spec.discover.article) {
        ids.article = await discover("article");
        ids.people = await discover("people");
        for (const p of topPeople) ids.topPeople.push(await discover("personByName", { name: p.name }));
        for (const e of topEvents) ids.topEvents.push(await discover("eventByName", { name: e.name }));
        ids.topPeople = ids.topPeople.filter((id) => id != null);
        ids.topEvents = ids.topEvents.filter((id) => id != null);
      }
      const plan = new Map();
      for (const q of [...o.queries, ...(o.queries.includes("contended") ? [QUERIES.CONTENDED.background] : [])]) {
        if (q === "contended") continue;
        const query = spec.queries[q];
        if (!query || (s.name !== "ours" && o.compareQueries && !o.compareQueries.includes(q) && q !== QUERIES.CONTENDED.background)) continue;
        let variables = query.variables(ids);
        variables = Array.isArray(variables) ? variables : [variables];
        if (!variables.length) {
          plan.set(q, { error: "no ids found for it" });
          continue;
        }
        try {
          let bytes = 0;
          for (const v of variables) bytes += (await post(s.url, query.query, v)).bytes;
          plan.set(q, { bodies: variables.map((v) => JSON.stringify({ query: query.query, variables: v })), bytes: bytes / variables.length, variables });
        } catch (error) {
          plan.set(q, { error: error.message });
        }
      }
      const { query: fg, background: bg } = QUERIES.CONTENDED;
      if (o.queries.includes("contended") && (s.name === "ours" || !o.compareQueries || o.compareQueries.includes("contended"))) {
        if (plan.get(fg) && plan.get(bg)) {
          const error = plan.get(fg).error ?? plan.get(bg).error;
          plan.set("contended", error ? { error } : { ...plan.get(fg), background: plan.get(bg) });
        } else if (!plan.has(fg) && spec.queries[fg]) plan.set("contended", { error: `needs query ${fg} in --queries` });
      }
      plans.set(s.name, plan);
    }

    // Load runs: for each repetition, each query, each server in turn.
    log(`load: ${loader.name}, ${o.connections} connections, ${o.duration} s per run, ${o.reps} repetitions`);
    const results = new Map(); // `${server}/${query}` → [{ rps, p50, p99, rss, errors }]
    if (o.warmup > 0) {
      log(`warm-up: ${o.warmup} s per query and server`);
      for (const q of o.queries) for (const s of servers) {
        const plan = plans.get(s.name).get(q);
        if (plan && !plan.error) await loader.run(s.url, plan.bodies, o.connections, o.warmup);
      }
    }
    for (let rep = 1; rep <= o.reps; rep++) {
      for (const q of o.queries) {
        for (const s of servers) {
          const plan = plans.get(s.name).get(q);
          if (!plan || plan.error) continue;
          const background = plan.background
            ? loader.run(s.url, plan.background.bodies, QUERIES.CONTENDED.backgroundConnections, o.duration + 0.5)
            : null;
          const cpu0 = cpuMs(s.child.pid);
          const r = await loader.run(s.url, plan.bodies, o.connections, o.duration);
          await background;
          r.cpuPerRequest = plan.background ? NaN : (cpuMs(s.child.pid) - cpu0) / Math.max(1, r.requests);
          r.rss = memory(s.child.pid)?.rss ?? NaN;
          const key = `${s.name}/${q}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key).push(r);
          log(`rep ${rep} ${q.padEnd(14)} ${s.name.padEnd(12)} ${fmt(r.rps).padStart(8)} req/s  p50 ${fmt(r.p50)} ms  p99 ${fmt(r.p99)} ms  CPU ${fmt(r.cpuPerRequest, 2)} ms/req${r.errors ? `  ${r.errors} errors` : ""}`);
        }
      }
    }

    // SQL statements per request: a few sequential requests between two readings of the counter.
    const sqlPerRequest = new Map();
    for (const s of servers) {
      if (s.name === "inmemory") continue;
      for (const [q, plan] of plans.get(s.name)) {
        if (plan.error || plan.background) continue;
        const n = Math.max(3, plan.variables.length);
        const before = await s.sqlCount();
        for (let i = 0; i < n; i++) await post(s.url, QUERIES[s.name].queries[q].query, plan.variables[i % plan.variables.length]);
        const after = await s.sqlCount();
        sqlPerRequest.set(`${s.name}/${q}`, (after - before) / n);
      }
    }

    printTable(o, servers, plans, results, sqlPerRequest, loader, stats);
    record.stats = stats;
    record.loader = loader.name;
    record.runs = Object.fromEntries(results);
    record.sqlPerRequest = Object.fromEntries(sqlPerRequest);
    record.failures = Object.fromEntries([...plans].flatMap(([s, plan]) => [...plan].filter(([, p]) => p.error).map(([q, p]) => [`${s}/${q}`, p.error])));
    fs.mkdirSync(runDir, { recursive: true });
    fs.writeFileSync(path.join(runDir, "results.json"), JSON.stringify(record, null, 2));
    console.log(`\nraw results: ${path.relative(process.cwd(), path.join(runDir, "results.json"))}`);
    for (const n of notes) console.log(`note: ${n}`);
  } finally {
    await stopAll();
  }
}

function printTable(o, servers, plans, results, sqlPerRequest, loader, stats) {
  console.log(
    `\n## Queries (${stats.articles} articles; ${loader.name}, ${o.connections} connections, ${o.duration} s per run, ` +
      `${o.reps} repetitions alternating servers; medians over repetitions)\n`,
  );
  console.log("| query | server | req/s | p50 ms | p99 ms | CPU ms/request | RSS MB | SQL/request | response KB | errors |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const q of o.queries) {
    for (const s of servers) {
      const plan = plans.get(s.name).get(q);
      if (!plan) continue;
      const label = QUERIES.QUERY_LABELS[q];
      if (plan.error) {
        console.log(`| ${label} | ${s.name} | failed: ${plan.error.replace(/\|/g, "/")} | | | | | | | |`);
        continue;
      }
      const runs = results.get(`${s.name}/${q}`) ?? [];
      const sql = s.name === "inmemory" ? 0 : sqlPerRequest.get(`${s.name}/${q === "contended" ? QUERIES.CONTENDED.query : q}`);
      const errors = runs.reduce((n, r) => n + r.errors, 0);
      console.log(
        `| ${label} | ${s.name} | ${fmt(median(runs.map((r) => r.rps)))} | ${fmt(median(runs.map((r) => r.p50)))} | ${fmt(median(runs.map((r) => r.p99)))} | ` +
          `${fmt(median(runs.map((r) => r.cpuPerRequest)), 2)} | ` +
          `${mb(median(runs.map((r) => r.rss)))} | ${fmt(sql)} | ${fmt(plan.bytes / 1024)} | ${errors} |`,
      );
    }
  }
  const ratio = (a, b, q) => {
    const x = results.get(`${a}/${q}`);
    const y = results.get(`${b}/${q}`);
    if (!x || !y) return NaN;
    return median(x.map((r, i) => (y[i] ? r.rps / y[i].rps : NaN)));
  };
  const names = servers.map((s) => s.name);
  if (names.includes("ours") && names.length > 1) {
    console.log("\n| query | ours / PostGraphile (req/s) | ours / in-memory (req/s) |\n| --- | --- | --- |");
    for (const q of o.queries) {
      const pg = ratio("ours", "postgraphile", q);
      const mem = ratio("ours", "inmemory", q);
      if (Number.isFinite(pg) || Number.isFinite(mem)) console.log(`| ${QUERIES.QUERY_LABELS[q]} | ${fmt(pg, 2)} | ${fmt(mem, 2)} |`);
    }
    console.log("\n(ratios: median of the per-repetition ratios)");
  }
  if (o.queries.includes("contended") && o.queries.includes(QUERIES.CONTENDED.query)) {
    console.log(`\n| server | ${QUERIES.QUERY_LABELS.a} p99 ms: alone | while 2 connections search | contended / alone |\n| --- | --- | --- | --- |`);
    for (const s of servers) {
      const alone = results.get(`${s.name}/${QUERIES.CONTENDED.query}`);
      const busy = results.get(`${s.name}/contended`);
      if (!alone || !busy) continue;
      const p99 = (runs) => median(runs.map((r) => r.p99));
      console.log(`| ${s.name} | ${fmt(p99(alone))} | ${fmt(p99(busy))} | ${fmt(median(busy.map((r, i) => (alone[i] ? r.p99 / alone[i].p99 : NaN))), 2)} |`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
