import { type ResourceLimits, Worker } from "node:worker_threads";
import type { Prisma } from "../generated/prisma/client";
import { type Deadline, deadlineOf, timeoutError } from "../limits/deadline";
import type { PrismaClient } from "./client";
import type { ReadReply, ReadTask } from "./read-worker";

/** Read workers a server starts when READ_WORKERS does not say otherwise. */
export const DEFAULT_READ_WORKERS = 2;

/** A read worker stopped (crashed, or could not start) while it ran a statement: that request fails alone. */
export class ReadWorkerError extends Error {}

/**
 * SQLite statements run on a small pool of worker threads, each with its own read-only connection to the
 * database file (WAL: readers see what is committed), so that a long one (search's ranking, a text-filtered
 * list) does not hold the event loop while other requests wait.
 */
export interface ReadPool {
  /** Most workers at once. */
  readonly size: number;
  /**
   * The rows of `sql`, typed as the server thread's `$queryRaw` gives them. With `deadline`, rejects with
   * REQUEST_TIMEOUT once it passes, and the worker still running the statement is replaced.
   */
  query<T>(sql: Prisma.Sql, deadline?: Deadline): Promise<T[]>;
  /** Stops every worker (one still inside a statement exits when that returns); statements still waiting fail. */
  close(): Promise<void>;
}

export interface ReadPoolOptions {
  /** Most workers (default DEFAULT_READ_WORKERS). */
  size?: number;
  /** How long a worker's statement waits for a lock before SQLITE_BUSY, in ms. */
  busyTimeoutMs: number;
  /** Memory bounds of each worker thread (default: Node's); a worker past them stops and fails its statement. */
  resourceLimits?: ResourceLimits;
  /** Called with every statement sent to a worker (as ClientOptions.onQuery is for the client's own). */
  onQuery?: (sql: string) => void;
}

// The worker loads read-worker from TypeScript sources (tests, compiled with @swc/core on the fly) or from
// dist/ (compiled JavaScript), as the extraction worker does.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
if (workerData.module.endsWith(".ts")) {
  const fs = require("node:fs");
  const swc = require(require.resolve("@swc/core", { paths: [workerData.root] }));
  require.extensions[".ts"] = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename, jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" },
    });
    module._compile(code, filename);
  };
}
require(workerData.module).serveReads(parentPort, workerData.file, workerData.busyTimeoutMs);
`;

interface Task {
  id: number;
  sql: string;
  values: unknown[];
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | null;
  slot: Slot | null;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** A pool of at most `options.size` read workers on the SQLite file `file`, started as statements need them. */
export function createReadPool(file: string, options: ReadPoolOptions): ReadPool {
  const size = Math.max(1, options.size ?? DEFAULT_READ_WORKERS);
  const module = require.resolve("./read-worker");
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (task: Task) => {
    if (task.timer) clearTimeout(task.timer);
    if (task.slot) task.slot.task = null;
    task.slot = null;
  };

  // A worker that stopped, or whose statement ran past its deadline, leaves the pool; the next statement
  // starts a fresh one. terminate() takes effect once the statement it runs returns to JavaScript.
  const retiring = new Set<Promise<number>>();
  const drop = (slot: Slot) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    const exited = slot.worker.terminate();
    retiring.add(exited);
    void exited.finally(() => retiring.delete(exited));
  };

  const start = (): Slot => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module, file, busyTimeoutMs: options.busyTimeoutMs, root: process.cwd() },
      resourceLimits: options.resourceLimits,
    });
    worker.unref();
    const slot: Slot = { worker, task: null };
    worker.on("message", (reply: ReadReply | { ready: true }) => {
      if (!("id" in reply)) return;
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      settle(task);
      if ("rows" in reply) task.resolve(reply.rows.map(localRow));
      else task.reject(new Error(reply.error));
      dispatch();
    });
    const stopped = (reason: string) => {
      const task = slot.task;
      drop(slot);
      if (task) {
        settle(task);
        task.reject(new ReadWorkerError(`a read worker stopped while running a statement: ${reason}`));
      }
      dispatch();
    };
    worker.on("error", (error) => stopped(error.message));
    worker.on("exit", (code) => stopped(`exit code ${code}`));
    slots.push(slot);
    return slot;
  };

  const dispatch = () => {
    while (!closed && waiting.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (slots.length < size ? start() : null);
      if (!slot) return;
      const task = waiting.shift()!;
      task.slot = slot;
      slot.task = task;
      options.onQuery?.(task.sql);
      slot.worker.postMessage({ id: task.id, sql: task.sql, values: task.values } satisfies ReadTask);
    }
  };

  return {
    size,
    query<T>(sql: Prisma.Sql, deadline?: Deadline): Promise<T[]> {
      if (closed) return Promise.reject(new ReadWorkerError("the read pool is closed"));
      if (deadline?.expired()) return Promise.reject(timeoutError(deadline.timeoutMs));
      return new Promise<T[]>((resolve, reject) => {
        const task: Task = { id: nextId++, sql: sql.sql, values: sql.values, resolve: resolve as (rows: unknown[]) => void, reject, timer: null, slot: null };
        if (deadline) {
          task.timer = setTimeout(() => {
            task.timer = null;
            const slot = task.slot;
            if (slot) drop(slot);
            else waiting.splice(waiting.indexOf(task), 1);
            settle(task);
            reject(timeoutError(deadline.timeoutMs));
            dispatch();
          }, Math.max(0, deadline.expiresAt - performance.now()));
        }
        waiting.push(task);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) {
        settle(task);
        task.reject(new ReadWorkerError("the server is stopping"));
      }
      const running = [...slots];
      for (const slot of running) {
        const task = slot.task;
        if (task) {
          settle(task);
          task.reject(new ReadWorkerError("the server is stopping"));
        }
        slot.worker.removeAllListeners();
      }
      slots.length = 0;
      // Workers cut at a deadline exit once their statement returns: wait for them too, leaving no thread behind.
      await Promise.all([...running.map((slot) => slot.worker.terminate()), ...retiring]);
    },
  };
}

/**
 * A row as this module's realm builds them: messages are decoded in the thread's main realm, which under a
 * vm sandbox (jest) is not the one whose Date `instanceof` checks (GraphQL's DateTime, cursors) compare with.
 */
function localRow(row: unknown): unknown {
  if (row === null || typeof row !== "object") return row;
  const local: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    local[key] = value !== null && typeof value === "object" && !(value instanceof Date) && Object.prototype.toString.call(value) === "[object Date]"
      ? new Date((value as Date).getTime())
      : value;
  }
  return local;
}

/** The key under which a request's client (prismaWithDeadline's `attached`) carries its server's read pool. */
export const READ_POOL = Symbol("readPool");

/**
 * `prisma.$queryRaw(sql)` for a statement that may run long (search's ranking, a text-filtered list): on
 * the read pool of the request's server when it has one, within the request's deadline; on the client
 * itself otherwise (PostgreSQL, scripts, a server started with READ_WORKERS=0).
 */
export function heavyQueryRaw<T>(prisma: PrismaClient, sql: Prisma.Sql): Promise<T[]> {
  const pool = (prisma as unknown as Record<symbol, ReadPool | undefined>)[READ_POOL];
  if (!pool) return prisma.$queryRaw<T[]>(sql);
  return pool.query<T>(sql, deadlineOf(prisma) ?? undefined);
}
