import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../src/db/migrate";
import { median } from "./bench-extract";

const USAGE =
  "usage: npm run bench:start -- [--runs N] [--database FILE] [--max SECONDS]\n" +
  "  --database FILE  an existing database to start on (default: a temporary one, created and seeded first)\n" +
  "  --max SECONDS    exit 1 when the median start-up takes longer";

/** A free TCP port on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `command` (in its own process group) with DATABASE_URL=file:`database` on a free port, polls
 * /health every 25 ms, and resolves to the seconds from spawn to the first 200; then stops the group.
 * Rejects when the process exits first or nothing answers within `timeoutS`.
 */
export async function timeToHealth(command: string[], database: string, timeoutS = 120): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd: projectRoot(),
    env: { ...process.env, DATABASE_URL: `file:${database}`, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let exited = false;
  const done = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  try {
    for (;;) {
      if (exited) throw new Error(`${command.join(" ")} exited before /health answered:\n${output}`);
      if ((performance.now() - started) / 1000 > timeoutS) throw new Error(`no /health answer within ${timeoutS} s`);
      try {
        const response = await fetch(`http://localhost:${port}/health`);
        if (response.status === 200) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    if (!exited) process.kill(-child.pid!, "SIGTERM");
    await done;
  }
}

/**
 * `npm run bench:start -- [--runs N] [--database FILE] [--max SECONDS]`: how long `npm start` takes to
 * answer /health on an existing database (build up to date, migrations applied, articles stored): the
 * median of N runs (default 5). Without --database it first starts once on a fresh temporary database
 * (migrate + seed documents/) and reports that time too.
 */
async function main(args: string[]): Promise<number> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    if (at + 1 >= args.length) throw new Error(`${name} needs a value\n${USAGE}`);
    return args[at + 1];
  };
  const known = new Set(["--runs", "--database", "--max"]);
  const unknown = args.find((arg, i) => arg.startsWith("-") && !known.has(arg) && !known.has(args[i - 1]));
  if (unknown) throw new Error(`unknown option ${unknown}\n${USAGE}`);
  const runs = Number(option("--runs") ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a positive whole number");
  const max = option("--max") === undefined ? undefined : Number(option("--max"));
  if (max !== undefined && !(max > 0)) throw new Error("--max needs a positive number of seconds");

  const npmStart = [process.platform === "win32" ? "npm.cmd" : "npm", "start"];
  let database = option("--database");
  let tmp: string | undefined;
  if (database === undefined) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-start-"));
    database = path.join(tmp, "content.db");
    const fresh = await timeToHealth(npmStart, database);
    console.log(`npm start on a fresh database (migrate + seed documents/): /health after ${fresh.toFixed(2)} s`);
  } else {
    database = path.resolve(database);
    if (!fs.existsSync(database)) throw new Error(`--database ${database} does not exist`);
  }
  try {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) times.push(await timeToHealth(npmStart, database));
    const mid = median(times);
    console.log(
      `npm start on an existing database: /health after ${mid.toFixed(2)} s (median of ${runs}; ` +
        `runs ${times.map((t) => t.toFixed(2)).join(", ")} s)`,
    );
    if (max !== undefined && mid > max) {
      console.error(`start-up took ${mid.toFixed(2)} s, more than --max ${max} s`);
      return 1;
    }
    return 0;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
