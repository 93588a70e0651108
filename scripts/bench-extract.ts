import { performance } from "node:perf_hooks";
import { extract } from "../src/ingest/extract";
import { readDocuments } from "../src/ingest/parse/read";
import type { SourceDocument } from "../src/ingest/types";

/** What one benchmark run over a set of documents measured. */
export interface BenchResult {
  documents: number;
  runs: number;
  /** Median over the runs of the wall time of one pass over all documents, in milliseconds. */
  medianMs: number;
  docsPerSecond: number;
  msPerDocument: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Extracts every document `runs` times (after one warm-up pass that is not counted) and reports the median
 * time of a pass as documents per second and milliseconds per document. Parsing is done once, before timing:
 * only `extract` is measured.
 */
export function benchExtract(documents: readonly SourceDocument[], runs: number): BenchResult {
  if (!documents.length) throw new Error("no documents to extract");
  for (const doc of documents) extract(doc);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const doc of documents) extract(doc);
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  return {
    documents: documents.length,
    runs,
    medianMs,
    docsPerSecond: (documents.length * 1000) / medianMs,
    msPerDocument: medianMs / documents.length,
  };
}

/**
 * `npm run bench:extract [DIR|FILE…] [--runs N]`: reads the documents (default ./documents), extracts them
 * N times (default 5) and prints documents/second and ms/document, medians of the runs.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a positive whole number");
  const paths = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const documents: SourceDocument[] = [];
  for await (const result of readDocuments(paths.length ? paths : ["documents"])) {
    for (const e of result.errors) console.error(e.message);
    documents.push(...result.documents);
  }
  const r = benchExtract(documents, runs);
  console.log(
    `extracted ${r.documents} documents × ${r.runs} runs: ${r.docsPerSecond.toFixed(1)} documents/second, ` +
      `${r.msPerDocument.toFixed(2)} ms/document (median pass ${r.medianMs.toFixed(1)} ms)`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
