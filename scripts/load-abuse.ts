import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";

/**
 * Load plus abuse, on loopback only, stopping by itself: starts the built server (`dist/src/main.js`) on
 * a free port over DATABASE_URL (or uses `--url http://127.0.0.1:PORT/graphql` of a running one), then for
 * `--seconds` (default 20, at most 30) runs at the same time
 *   - `--clients` (default 4) clients looping on a nested list query (articles with people and quotes),
 *   - `--by-id` (default 2) clients looping on a by-id query (the latency the issue's p99 < 50 ms is about),
 *   - `--abusers` (default 3) clients looping on abusive requests: the costliest queries the limits allow
 *     (full text with short prefixes, search, co-mentions, nested pages) and ones they refuse (fragment
 *     diamond, 240,000 duplicate arguments, thousands of aliases, an oversized body); `--abuse KIND,…`
 *     keeps only the named kinds (see ABUSE_KINDS), `--worst` only the allowed ones,
 * and prints req/s, p50/p99/max latency and errors for each class (after one unmeasured request of each
 * kind, so that caches and the server's workers are warm). Exit code 0 unless the server failed.
 *
 * The issue's own condition (one client sending the worst query it is allowed, one by-id client):
 * `--clients 0 --by-id 1 --abusers 1 --abuse text-prefix`; by-id alone: `--clients 0 --by-id 1 --abusers 0`.
 *
 * `npm run --silent build && DATABASE_URL=file:… node dist/scripts/load-abuse.js [--seconds N] [--clients N] [--by-id N] [--abusers N] [--abuse KIND,…|--worst]`
 */

interface Options {
  url?: string;
  seconds: number;
  clients: number;
  byId: number;
  abusers: number;
  /** Kinds of abusive request the abusers cycle through (all when the option is absent). */
  kinds: readonly AbuseKind[];
}

/** The abusive requests, by the name `--abuse` takes: `allowed` ones the limits let run, the others they refuse. */
const ABUSE_KINDS = {
  "text-prefix": { allowed: true, name: "allowed: 20 short-prefix text filters" },
  "search-prefix": { allowed: true, name: "allowed: search with a 2-letter prefix" },
  "people-nested": { allowed: true, name: "allowed: 75 people, co-mentions, nested pages" },
  "articles-nested": { allowed: true, name: "allowed: 180 articles with bodies, people and quotes" },
  totals: { allowed: true, name: "allowed: 20 quote counts" },
  diamond: { allowed: false, name: "refused: fragment diamond of 24" },
  "duplicate-arguments": { allowed: false, name: "refused: 240,000 duplicate arguments" },
  aliases: { allowed: false, name: "refused: 1,000 full-text aliases" },
  oversized: { allowed: false, name: "refused: oversized body" },
} as const;
type AbuseKind = keyof typeof ABUSE_KINDS;

/** A whole number in [0, max] for option `name`, or `fallback` when absent. */
function count(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${name} must be a whole number from 0 to ${max}`);
  return n;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const url = value("--url");
  if (url) {
    const host = new URL(url).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`--url must be a loopback address (got ${host})`);
  }
  const all = Object.keys(ABUSE_KINDS) as AbuseKind[];
  let kinds = all;
  const named = value("--abuse");
  if (named !== undefined) {
    kinds = named.split(",").map((kind) => {
      if (!(kind in ABUSE_KINDS)) throw new Error(`--abuse takes kinds among ${all.join(", ")}`);
      return kind as AbuseKind;
    });
  } else if (argv.includes("--worst")) {
    kinds = all.filter((kind) => ABUSE_KINDS[kind].allowed);
  }
  return {
    url,
    seconds: Math.max(1, count(value("--seconds"), "--seconds", 20, 30)),
    clients: count(value("--clients"), "--clients", 4, 32),
    byId: count(value("--by-id"), "--by-id", 2, 32),
    abusers: count(value("--abusers"), "--abusers", 3, 32),
    kinds,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs `body` and resolves with status and body text; never rejects (a failed request is status 0). */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      res.on("error", () => resolve({ status: 0, text }));
    });
    req.on("error", () => resolve({ status: 0, text: "" }));
    req.end(body);
  });
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

function diamond(levels: number): string {
  let doc = "query D { ...F1 }\n";
  for (let i = 1; i < levels; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${levels} on Query { articles { totalCount } }`;
}

/** Abusive requests: what the limits allow at their most expensive, and what they must refuse. */
function abusiveRequests(kinds: readonly AbuseKind[]): { name: string; allowed: boolean; body: string }[] {
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  const bodies: Record<AbuseKind, () => string> = {
    "text-prefix": () => json(aliases(20, `articles(first: 20, filter: { text: "sta*" }) { totalCount edges { node { title } } }`)),
    "search-prefix": () => json(`{ search(query: "st*", first: 100) { totalCount edges { score snippet { html } node { __typename } } } }`),
    "people-nested": () => json(`{ people(first: 75) { edges { node { name coMentioned(first: 10) { articleCount person { name } } quotes(first: 20) { totalCount edges { node { text } } } } } } }`),
    // two pages from both ends of the list (different articles: the loaders cannot share their rows), cost 19,082
    "articles-nested": () => {
      const page = `edges { node { title body people { name } quotes { text speaker { name } } } }`;
      return json(`{ newest: articles(first: 100) { ${page} } oldest: articles(first: 80, orderBy: { field: PUBLISHED_AT, direction: ASC }) { ${page} } }`);
    },
    // each count reads every quote of the kind, at a cost of 7 each
    totals: () => json(aliases(20, `quotes(first: 1, filter: { kind: DIRECT }) { totalCount }`)),
    diamond: () => json(diamond(24)),
    "duplicate-arguments": () => json(`{ articles(${"first: 1 ".repeat(120_000)}) { totalCount } }`),
    aliases: () => json(aliases(1_000, `articles(first: 1, filter: { text: "s*" }) { totalCount }`)),
    oversized: () => json(`{ articles { totalCount } }`).replace("}", `}${" ".repeat(1_100_000)}`),
  };
  return kinds.map((kind) => ({ ...ABUSE_KINDS[kind], body: bodies[kind]() }));
}

class Stats {
  readonly latencies: number[] = [];
  errors = 0;
  /** Errors by HTTP status and first `extensions.code`, e.g. "503 REQUEST_TIMEOUT". */
  readonly kinds = new Map<string, number>();
  record(ms: number, ok: boolean, status: number, text: string): void {
    this.latencies.push(ms);
    if (ok) return;
    this.errors++;
    const kind = `${status} ${/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? ""}`.trim();
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }
  line(name: string, seconds: number): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
    return `| ${name} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${at(0.5).toFixed(1)} | ${at(0.99).toFixed(1)} | ${(sorted.at(-1) ?? NaN).toFixed(1)} | ${this.errors}${this.errors ? ` (${[...this.kinds].map(([k, n]) => `${n}× ${k}`).join(", ")})` : ""} |`;
  }
}

async function startServer(): Promise<{ url: string; stop(): Promise<number | null> }> {
  const root = path.join(__dirname, "..", "..");
  const child = spawn(process.execPath, [path.join(root, "dist", "src", "main.js")], {
    cwd: root,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const match = /ready at (http:\/\/\S+\/graphql)/.exec(out);
      if (match) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const server = options.url ? { url: options.url, stop: async () => 0 } : await startServer();
  const { url } = server;
  const first = await post(url, json(`{ articles(first: 1) { edges { node { id } } } }`));
  const id = (JSON.parse(first.text || "{}").data?.articles.edges[0]?.node.id as string | undefined) ?? "1";
  const byId = json(`query ($id: ID!) { article(id: $id) { title publishedAt people { name } } }`, { id });
  const nested = json(`{ articles(first: 20) { edges { node { title people { name } quotes { text speaker { name } } } } } }`);
  const abuse = abusiveRequests(options.kinds);

  // Warm-up, not measured: each request once (caches, the workers the server starts, JIT).
  if (options.abusers > 0) for (const a of abuse) await post(url, a.body);
  await post(url, byId);
  await post(url, nested);
  const deadline = performance.now() + options.seconds * 1000;
  const nestedStats = new Stats();
  const byIdStats = new Stats();
  const abuseStats = new Map(abuse.map((a) => [a.name, new Stats()]));
  const loop = async (body: () => { body: string; stats: Stats; expect: (status: number, text: string) => boolean }) => {
    while (performance.now() < deadline) {
      const next = body();
      const started = performance.now();
      const { status, text } = await post(url, next.body);
      next.stats.record(performance.now() - started, next.expect(status, text), status, text);
    }
  };
  const answers = (status: number, text: string) => status === 200 && !text.includes('"errors"');
  let turn = 0;
  const workers = [
    ...Array.from({ length: options.clients }, () => loop(() => ({ body: nested, stats: nestedStats, expect: answers }))),
    ...Array.from({ length: options.byId }, () => loop(() => ({ body: byId, stats: byIdStats, expect: answers }))),
    ...Array.from({ length: options.abusers }, () =>
      loop(() => {
        const a = abuse[turn++ % abuse.length];
        // allowed requests must answer (200 without errors), refused ones must be 4xx
        const expect = a.allowed ? answers : (status: number) => status >= 400 && status < 500;
        return { body: a.body, stats: abuseStats.get(a.name)!, expect };
      }),
    ),
  ];
  await Promise.all(workers);
  const seconds = options.seconds;
  console.log(`load-abuse: ${seconds} s on ${url}, ${options.clients} list clients, ${options.byId} by-id clients, ${options.abusers} abusers (${options.kinds.join(", ")})`);
  console.log("| requests | count | req/s | p50 ms | p99 ms | max ms | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(nestedStats.line("nested list (20 articles, people, quotes)", seconds));
  console.log(byIdStats.line("by id", seconds));
  if (options.abusers > 0) for (const [name, stats] of abuseStats) console.log(stats.line(name, seconds));
  const code = await server.stop();
  agent.destroy();
  return code === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`load-abuse failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
