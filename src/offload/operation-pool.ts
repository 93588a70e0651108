import { Worker } from "node:worker_threads";
import type { OperationReply, OperationTask, OperationWorkerData } from "./operation-worker";

/** An operation worker stopped (crashed, or could not start) while it ran an operation: that request fails alone. */
export class OperationWorkerError extends Error {}

/**
 * Worker threads that execute the costliest queries whole (resolvers, SQL, the response's JSON), each with
 * its own server and database client, so that building a large result, its garbage collection and its
 * serialisation happen on another thread's heap and never hold the event loop.
 */
export interface OperationPool {
  readonly size: number;
  /** Starts the workers now rather than at the first operation (building a server takes seconds). */
  prestart(): void;
  /** The response of `task` (status and JSON text) as the worker's server answers it. */
  run(task: Omit<OperationTask, "id">): Promise<{ status: number; body: string }>;
  /** Stops every worker; operations still waiting or running fail. */
  close(): Promise<void>;
}

// Loads operation-worker from TypeScript sources (tests, compiled with @swc/core on the fly) or from dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
if (workerData.module.endsWith(".ts")) {
  require(require.resolve("reflect-metadata", { paths: [workerData.root] }));
  const fs = require("node:fs");
  const swc = require(require.resolve("@swc/core", { paths: [workerData.root] }));
  require.extensions[".ts"] = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename,
      jsc: { parser: { syntax: "typescript", decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: "es2022" },
      module: { type: "commonjs" },
    });
    module._compile(code, filename);
  };
} else {
  require("reflect-metadata");
}
require(workerData.module).serveOperations(parentPort, workerData.data);
`;

interface Pending {
  id: number;
  task: OperationTask;
  resolve(answer: { status: number; body: string }): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running: Map<number, Pending>;
}

/** A pool of at most `size` operation workers, started when the first operation needs one. */
export function createOperationPool(data: OperationWorkerData, size: number): OperationPool {
  const module = require.resolve("./operation-worker");
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  let nextId = 1;
  let turn = 0;
  let closed = false;

  const start = (): Slot => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, data, root: process.cwd() } });
    worker.unref();
    const slot: Slot = { worker, ready: false, running: new Map() };
    worker.on("message", (reply: OperationReply | { ready: true }) => {
      if (!("id" in reply)) {
        slot.ready = true;
        dispatch();
        return;
      }
      const pending = slot.running.get(reply.id);
      if (!pending) return;
      slot.running.delete(reply.id);
      if ("body" in reply) pending.resolve({ status: reply.status, body: reply.body });
      else pending.reject(new OperationWorkerError(reply.error));
    });
    const stopped = (reason: string) => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      worker.removeAllListeners();
      worker.on("error", () => undefined);
      const error = new OperationWorkerError(`an operation worker stopped: ${reason}`);
      for (const pending of slot.running.values()) pending.reject(error);
      slot.running.clear();
      // One that could not start fails what waits for it too (no restart loop); the next operation tries again.
      if (!slot.ready) for (const pending of waiting.splice(0)) pending.reject(error);
      else dispatch();
    };
    worker.on("error", (error) => stopped(error.message));
    worker.on("exit", (code) => stopped(`exit code ${code}`));
    slots.push(slot);
    return slot;
  };

  // Operations go to ready workers in turn (a worker runs several at once: its statements and fields interleave).
  const dispatch = () => {
    if (closed) return;
    if (slots.length < size && waiting.length > 0 && !slots.some((slot) => !slot.ready)) start();
    const ready = slots.filter((slot) => slot.ready);
    while (ready.length > 0 && waiting.length > 0) {
      const slot = ready[turn++ % ready.length];
      const pending = waiting.shift()!;
      slot.running.set(pending.id, pending);
      slot.worker.postMessage(pending.task);
    }
  };

  return {
    size,
    prestart() {
      while (!closed && slots.length < size) start();
    },
    run(task) {
      if (closed) return Promise.reject(new OperationWorkerError("the operation pool is closed"));
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.push({ id, task: { ...task, id }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0)) pending.reject(new OperationWorkerError("the server is stopping"));
      const running = slots.splice(0);
      for (const slot of running) {
        slot.worker.removeAllListeners();
        for (const pending of slot.running.values()) pending.reject(new OperationWorkerError("the server is stopping"));
      }
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
