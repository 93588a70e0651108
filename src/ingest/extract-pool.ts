import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Extraction, SourceDocument } from "./types";

/** Extraction of many documents on worker threads, overlapped with whatever the calling thread does. */
export interface ExtractPool {
  /** How many worker threads extract. */
  readonly size: number;
  /** The extraction of `doc`; rejects with the extractor's error, or when the worker died. */
  extract(doc: SourceDocument): Promise<Extraction>;
  close(): Promise<void>;
}

// Loads the extractor module it is given: from TypeScript sources (tests) compiled with @swc/core on the
// fly, from dist/ the compiled JavaScript. Messages are { id, doc } → { id, extraction } or { id, error }.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
if (workerData.file.endsWith(".ts")) {
  const fs = require("node:fs");
  const swc = require(require.resolve("@swc/core", { paths: [workerData.root] }));
  require.extensions[".ts"] = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, "utf8"), {
      filename, jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" },
    });
    module._compile(code, filename);
  };
}
const { extract } = require(workerData.file);
parentPort.on("message", ({ id, doc }) => {
  let reply;
  try { reply = { id, extraction: extract(doc) }; }
  catch (error) { reply = { id, error: String((error && error.message) || error) }; }
  parentPort.postMessage(reply);
});
`;

interface Pending {
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

/** The default number of extraction threads: one per core (the main thread mostly waits on SQL). */
export function defaultExtractThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Starts `size` extraction workers; each document goes to the worker with the fewest documents queued.
 * A worker that dies rejects what it held (the caller extracts those documents itself) and is not used
 * again. Workers do not keep the process alive.
 */
export function createExtractPool(size = defaultExtractThreads()): ExtractPool {
  const file = require.resolve("./extract");
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, root: process.cwd() } });
    worker.unref();
    const slot = { worker, pending: new Map<number, Pending>(), dead: null as Error | null };
    worker.on("message", (message: { id: number; extraction?: Extraction; error?: string }) => {
      const waiting = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      if (!waiting) return;
      if (message.extraction) waiting.resolve(message.extraction);
      else waiting.reject(new Error(message.error ?? "extraction failed"));
    });
    const die = (error: Error) => {
      slot.dead ??= error;
      for (const waiting of slot.pending.values()) waiting.reject(slot.dead);
      slot.pending.clear();
    };
    worker.on("error", die);
    worker.on("exit", (code) => die(new Error(`extraction worker exited (${code})`)));
    return slot;
  });

  return {
    size,
    extract(doc) {
      const live = workers.filter((w) => !w.dead);
      if (live.length === 0) return Promise.reject(workers[0]?.dead ?? new Error("no extraction worker"));
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, doc });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
