import { Worker } from "node:worker_threads";
import { extract } from "../ingest/extract";
import type { Extraction, SourceDocument } from "../ingest/types";

/** Extraction took longer than its budget; it was stopped and nothing of the document is stored. */
export class ExtractionOverBudget extends Error {
  constructor(readonly budgetMs: number, readonly tookMs: number | null) {
    super(
      tookMs === null
        ? `extraction took longer than the budget of ${budgetMs} ms and was stopped`
        : `extraction took ${tookMs} ms, over the budget of ${budgetMs} ms`,
    );
  }
}

/** Runs extraction for the write API within a time budget per document. */
export interface ExtractRunner {
  /** "worker" (off the event loop, stopped at the budget) or "inline" (measured, refused after the fact). */
  readonly mode: "worker" | "inline";
  /** The extraction of `doc`; rejects with ExtractionOverBudget past `budgetMs`. */
  run(doc: SourceDocument, budgetMs: number): Promise<Extraction>;
  close(): Promise<void>;
}

/** Extraction in this thread: the time is measured and a document over the budget refused afterwards. */
export function inlineExtractRunner(): ExtractRunner {
  return {
    mode: "inline",
    async run(doc, budgetMs) {
      const started = performance.now();
      const extraction = extract(doc);
      const took = Math.round(performance.now() - started);
      if (took > budgetMs) throw new ExtractionOverBudget(budgetMs, took);
      return extraction;
    },
    async close() {},
  };
}

// The worker loads the extractor module it is given; from TypeScript sources (tests) it compiles them
// with @swc/core on the fly, from dist/ it loads the compiled JavaScript.
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
parentPort.postMessage({ ready: true });
parentPort.on("message", (doc) => {
  try { parentPort.postMessage({ extraction: extract(doc) }); }
  catch (error) { parentPort.postMessage({ error: String((error && error.message) || error) }); }
});
`;

interface Running {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * Extraction in a worker thread: the event loop stays free for other requests while a document is
 * extracted, and a document over the budget is stopped there (the worker is terminated and a fresh one
 * started for the next document). Documents are extracted one at a time, in order.
 */
export function workerExtractRunner(): ExtractRunner {
  const file = require.resolve("../ingest/extract");
  let running: Running | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Running => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, root: process.cwd() } });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`extraction worker exited (${code}) before it was ready`)));
    });
    return { worker, ready };
  };

  const inline = inlineExtractRunner();
  const runOne = async (doc: SourceDocument, budgetMs: number): Promise<Extraction> => {
    running ??= start();
    const current = running;
    try {
      await current.ready;
    } catch (error) {
      // No worker here (the extractor cannot load in one): extract in this thread, measured.
      running = null;
      console.error(`extraction worker unavailable, extracting in the server thread: ${(error as Error).message}`);
      return inline.run(doc, budgetMs);
    }
    return new Promise<Extraction>((resolve, reject) => {
      const timer = setTimeout(() => {
        current.worker.removeAllListeners("message");
        running = null;
        void current.worker.terminate();
        reject(new ExtractionOverBudget(budgetMs, null));
      }, budgetMs);
      current.worker.once("message", (message: { extraction?: Extraction; error?: string }) => {
        clearTimeout(timer);
        if (message.extraction) resolve(message.extraction);
        else reject(new Error(message.error ?? "extraction failed"));
      });
      current.worker.postMessage(doc);
    });
  };

  return {
    mode: "worker",
    run(doc, budgetMs) {
      const result = queue.then(() => runOne(doc, budgetMs));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const current = running;
      running = null;
      if (current) await current.worker.terminate();
    },
  };
}
