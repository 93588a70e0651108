import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * The benchmark (`npm run bench`) on a tiny corpus, so it cannot rot: 20 generated documents seeded with
 * the seed command, every query for a second against our server, and — when bench/node_modules and a
 * PostgreSQL on 127.0.0.1:5432 are there — queries (a) and (b) against PostGraphile and (b) against the
 * in-memory baseline. Without them the harness must say why it skipped them.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUR_ROWS = [
  "(a) article(id) { title }",
  "(b) articles(first: 20) + people, quotes + speaker",
  '(c) search("government", first: 20) + snippets',
  "(d) _entities, 100 Person representations",
  "(e) people(first: 20) + quotes(first: 5)",
  "articles(filter.text: common word, first: 20)",
  "Person.quotes(first: 20), most-quoted people",
  "Person.articles(first: 20), most-quoted people",
  "Event.articles(first: 20), most-covered events",
  "Person.coMentioned(first: 10), most-quoted people",
  "(a) while 2 connections run search(first: 100)",
];

function postgresListening(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 5432 });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/** The cells of the table row for `label` and `server`, or undefined. */
function row(output: string, label: string, server: string): string[] | undefined {
  const line = output.split("\n").find((l) => l.startsWith(`| ${label} | ${server} |`));
  return line?.split("|").slice(1, -1).map((c) => c.trim());
}

describe("npm run bench on a tiny corpus", () => {
  let work: string;
  let output: string;
  let comparable: boolean;

  beforeAll(async () => {
    comparable = fs.existsSync(path.join(ROOT, "bench/node_modules/postgraphile")) && (await postgresListening());
    if (!comparable) {
      console.warn("bench smoke: PostGraphile and PostgreSQL parts skipped (bench/node_modules or PostgreSQL on 127.0.0.1:5432 is absent)");
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-smoke-"));
    const run = spawnSync(
      process.execPath,
      [
        "bench/run.mjs", "--docs", "20", "--seed", "7", "--corpus", path.join(work, "corpus"), "--work", path.join(work, "run"),
        "--duration", "1", "--reps", "1", "--connections", "2", "--compare-queries", "a,b", "--warmup", "0", "--no-install",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 240_000 },
    );
    output = run.stdout;
    if (run.status !== 0) throw new Error(`bench exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  }, 250_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("writes the corpus in the seed format, the same for the same seed", () => {
    const files = fs.readdirSync(path.join(work, "corpus")).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(20);
    const first = fs.readFileSync(path.join(work, "corpus", files[0]), "utf8");
    expect(first).toMatch(/^date \d{4}-\d{2}-\d{2} [A-Z][^\n]*? - \S/);
    const again = spawnSync(process.execPath, ["bench/corpus.mjs", path.join(work, "again"), "--docs", "20", "--seed", "7"], { cwd: ROOT, encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(fs.readFileSync(path.join(work, "again", files[0]), "utf8")).toBe(first);
  });

  it("reports ingestion: documents/s, extraction vs storing, peak RSS, bytes written, database size", () => {
    expect(output).toMatch(/\| end to end \(process start to exit\) \| [\d.]+ s, [\d.]+ documents\/s \|/);
    expect(output).toMatch(/\| extraction alone \(one thread\) \| [\d.]+ s, [\d.]+ documents\/s \|/);
    expect(output).toMatch(/\| storing and the rest .* \| [\d.]+ s, \d+% of the time \|/);
    expect(output).toMatch(/\| peak RSS of the seed process \| [1-9][\d.]* MB \|/);
    expect(output).toMatch(/\| bytes written \(\/proc io write_bytes\) \| [\d.]+ MB/);
    expect(output).toMatch(/\| seed says \| seeded: 20 documents added, 0 updated; [1-9]\d* people, \d+ events, [1-9]\d* quotes; 0 skipped \(unchanged\), 0 failed; 20 inputs \|/);
  });

  it("prints a row with numbers for every one of our queries, with no failed request", () => {
    for (const label of OUR_ROWS) {
      const cells = row(output, label, "ours");
      expect(cells).toBeDefined();
      const [, , rps, p50, p99, cpu, rss, sql, kb, errors] = cells!;
      expect(Number(rps)).toBeGreaterThan(0);
      expect(Number(p99)).toBeGreaterThanOrEqual(Number(p50));
      // CPU per request is not measured for the contended row (the background searches share the process).
      if (label === OUR_ROWS.at(-1)) expect(cpu).toBe("–");
      else expect(Number.isFinite(Number(cpu))).toBe(true); // "–" (no /proc reading) fails here
      expect(Number(rss)).toBeGreaterThan(10);
      expect(Number(sql)).toBeGreaterThanOrEqual(0); // "–" (no counter reading) fails here
      expect(Number(kb)).toBeGreaterThan(0);
      expect(errors).toBe("0");
    }
  });

  it("compares with PostGraphile and the in-memory baseline, or says why it cannot", () => {
    if (!comparable) {
      expect(output).toMatch(/note: PostGraphile skipped: (bench\/node_modules is not installed|no PostgreSQL answers)/);
      return;
    }
    for (const label of OUR_ROWS.slice(0, 2)) {
      const cells = row(output, label, "postgraphile");
      expect(cells).toBeDefined();
      expect(Number(cells![2])).toBeGreaterThan(0);
      expect(Number(cells![7])).toBeGreaterThanOrEqual(1);
    }
    expect(Number(row(output, OUR_ROWS[1], "inmemory")![2])).toBeGreaterThan(0);
    expect(output).toMatch(/\| \(a\) article\(id\) \{ title \} \| \d+\.\d\d \| – \|/);
    expect(output).toMatch(/\| \(b\) articles\(first: 20\) \+ people, quotes \+ speaker \| \d+\.\d\d \| \d+\.\d\d \|/);
  });
});
