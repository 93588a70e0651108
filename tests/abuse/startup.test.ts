/**
 * Abuse suite, clean lifecycle (issue 9): every start-up failure is one line with its cause and fix and exit
 * code 1, fast, without a stack trace; SIGTERM lets a request in flight finish, then exits 0.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type Finished, runTs } from "../helpers/processes";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "startup-abuse-"));
  fs.mkdirSync(path.join(dir, "no-docs"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function expectOneLineFailure(run: Finished, pattern: RegExp): void {
  const lines = run.stderr.split("\n").filter((l) => l.trim());
  expect({ code: run.code, lines }).toEqual({ code: 1, lines: [expect.stringMatching(pattern)] });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.ms).toBeLessThan(20_000);
}

const start = (env: Record<string, string>) => runTs("src/main.ts", [], { PORT: "0", DOCUMENTS_DIR: path.join(dir, "no-docs"), ...env }, 60_000);

describe("start-up failures", () => {
  it("a database path that is a directory", async () => {
    const target = path.join(dir, "dir.db");
    fs.mkdirSync(target);
    expectOneLineFailure(await start({ DATABASE_URL: `file:${target}` }), /dir\.db is a directory, not a file; set DATABASE_URL/);
  }, 30_000);

  it("random bytes instead of a database", async () => {
    const target = path.join(dir, "random.db");
    fs.writeFileSync(target, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    expectOneLineFailure(await start({ DATABASE_URL: `file:${target}` }), /random\.db is not an SQLite database .*move it away/);
  }, 30_000);

  it("a corrupt database", async () => {
    const target = path.join(dir, "corrupt.db");
    fs.copyFileSync(process.env.TEST_TEMPLATE_DB!, target);
    const size = fs.statSync(target).size;
    const fd = fs.openSync(target, "r+");
    fs.writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    fs.closeSync(fd);
    expectOneLineFailure(await start({ DATABASE_URL: `file:${target}` }), /corrupt\.db is (corrupt|not an SQLite database)/);
  }, 30_000);

  it("a parent path that is a file", async () => {
    const parent = path.join(dir, "a-file");
    fs.writeFileSync(parent, "x");
    expectOneLineFailure(await start({ DATABASE_URL: `file:${parent}/x.db` }), /a parent of it is a file, not a folder/);
  }, 30_000);

  it("/proc/nope/x.db fails fast", async () => {
    expectOneLineFailure(await start({ DATABASE_URL: "file:/proc/nope/x.db" }), /\/proc\/nope\/x\.db: cannot create or write its folder/);
  }, 30_000);

  (process.getuid?.() === 0 ? it.skip : it)("a read-only empty file (not testable as root, who may write anyway)", async () => {
    const target = path.join(dir, "readonly.db");
    fs.writeFileSync(target, "");
    fs.chmodSync(target, 0o444);
    expectOneLineFailure(await start({ DATABASE_URL: `file:${target}` }), /readonly\.db is not writable/);
  }, 30_000);

  it("DATABASE_URL=postgres://… of a server that is not running says so in one line, without the password", async () => {
    const run = await start({ DATABASE_URL: "postgres://user:secret@127.0.0.1:1/news" });
    expectOneLineFailure(run, /^cannot read the migrations of the PostgreSQL database: ECONNREFUSED .*; check DATABASE_URL and that PostgreSQL is running$/);
    expect(`${run.stdout}${run.stderr}`).not.toContain("secret");
  }, 30_000);

  it("DATABASE_URL=mysql://… names the two kinds of URL it takes", async () => {
    expectOneLineFailure(
      await start({ DATABASE_URL: "mysql://user@localhost/news" }),
      /^configuration error: DATABASE_URL must be an SQLite file URL file:PATH, .* or a PostgreSQL URL postgresql:\/\/USER@HOST:PORT\/DATABASE/,
    );
  }, 30_000);

  it("a bad limit names the variable", async () => {
    expectOneLineFailure(await start({ MAX_QUERY_TOKENS: "lots" }), /^configuration error: MAX_QUERY_TOKENS must be an integer/);
  }, 30_000);

  it("a busy port", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = await start({ DATABASE_URL: `file:${path.join(dir, "port.db")}`, PORT: String(port) });
      expectOneLineFailure(run, new RegExp(`^port ${port} is already in use; stop the other process or set PORT`));
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe("SIGTERM", () => {
  it("lets the request in flight finish, then exits 0", async () => {
    const run = runTs("src/main.ts", [], { PORT: "0", DATABASE_URL: `file:${path.join(dir, "drain.db")}`, DOCUMENTS_DIR: path.join(dir, "no-docs") }, 60_000);
    // the URL is printed once it listens
    let url: string | undefined;
    for (let i = 0; i < 400 && !url; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      url = /ready at (http:\/\/\S+\/graphql)/.exec(run.stdoutSoFar())?.[1];
    }
    expect(url).toBeDefined();
    const { port } = new URL(url!);
    const body = JSON.stringify({ query: "{ articles { totalCount } }" });
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (d) => (answer += d));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(run.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The rest of the request arrives after the signal. The socket stays open both ways, as HTTP clients keep it:
    // Node's HTTP server drops a request whose client half-closes before the answer is written.
    socket.write(body.slice(10));
    await closed;
    const finished = await run;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain(`"totalCount":0`);
    expect(finished.code).toBe(0);
    expect(finished.stdout).toMatch(/SIGTERM: draining requests in flight/);
  }, 90_000);
});
